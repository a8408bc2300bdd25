// The conflicts: records changed on both sides, to review or already resolved, each opening its two versions field by field.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useBundles } from './bundles-store.js';
import { useBundleWords } from './use-bundle-words.js';

export function ConflictsPage({ resolved }: { resolved: boolean }) {
  const { t, i18n } = useTranslation('bundles');
  const errorText = useErrorText();
  const { recordTypeName, fieldName } = useBundleWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useBundles((state) => (resolved ? state.conflicts.resolved : state.conflicts.open));
  const conflictsError = useBundles((state) => state.conflictsError);
  const { open, loadConflicts } = useBundles.getState();
  useFocusOnMount(heading);

  useEffect(() => {
    void loadConflicts(resolved);
  }, [loadConflicts, resolved]);

  const columns = [t('conflicts.record'), t('conflicts.type'), t('conflicts.differing'), t('conflicts.detected'), ...(resolved ? [t('conflicts.resolution')] : [])];
  return (
    <div className="bundles bundle-conflicts">
      <BackLink label={t('conflicts.back')} onBack={() => open({ name: 'home' })} />
      <h1 ref={heading} tabIndex={-1}>
        {t('conflicts.title')}
      </h1>
      <p className="lead">{t('conflicts.intro')}</p>
      <nav className="bundle-tabs" aria-label={t('conflicts.tabs')}>
        <button type="button" className="nav-item" aria-current={!resolved ? 'page' : undefined} onClick={() => open({ name: 'conflicts', resolved: false })}>
          {t('conflicts.open')}
        </button>
        <button type="button" className="nav-item" aria-current={resolved ? 'page' : undefined} onClick={() => open({ name: 'conflicts', resolved: true })}>
          {t('conflicts.resolved')}
        </button>
      </nav>
      <LiveMessage id="bundle-conflicts-error" kind="alert" text={conflictsError ? errorText(conflictsError) : null} />
      <section className="card" aria-labelledby="bundle-conflict-list-title">
        <h2 id="bundle-conflict-list-title">{resolved ? t('conflicts.resolved') : t('conflicts.open')}</h2>
        {items !== null && items.length === 0 ? <p className="hint">{resolved ? t('conflicts.emptyResolved') : t('conflicts.empty')}</p> : null}
        {items !== null && items.length > 0 ? (
          <RecordTable className="activity bundle-conflict-table" caption={t('conflicts.caption')} columns={columns}>
            {items.map((conflict) => (
              <tr key={conflict.id}>
                <RowLink onOpen={() => open({ name: 'conflict', id: conflict.id, resolved })}>{conflict.label}</RowLink>
                <td>{recordTypeName(conflict.table)}</td>
                <td>{conflict.differing.map(fieldName).join(', ')}</td>
                <td>{formatDateTime(conflict.detectedAt, i18n.language)}</td>
                {resolved ? <td>{conflict.resolution ? t(`conflict.choice.${conflict.resolution}`) : null}</td> : null}
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </section>
    </div>
  );
}
