// The Bundles screen's front page: create a bundle for team members, open one received, the conflicts to review, delivery
// to each member (what they acknowledged and what waits), and the history.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useBundles } from './bundles-store.js';
import { DeliveryPanel } from './DeliveryPanel.js';
import { HistoryTable } from './HistoryTable.js';
import { ImportPanel } from './ImportPanel.js';

function ConflictsLink() {
  const { t, i18n } = useTranslation('bundles');
  const open = useBundles((state) => state.conflicts.open);
  const count = open?.length ?? 0;
  return (
    <p className={count > 0 ? 'message message-warning bundle-conflicts-link' : 'bundle-conflicts-link'}>
      <button type="button" className="link-button" onClick={() => useBundles.getState().open({ name: 'conflicts', resolved: count === 0 })}>
        {count > 0 ? t('conflicts.linkOpen', { count, formatted: formatNumber(count, i18n.language) }) : t('conflicts.linkNone')}
      </button>
    </p>
  );
}

export function BundlesPage() {
  const { t } = useTranslation('bundles');
  const heading = useRef<HTMLHeadingElement>(null);
  const { loadHistory, loadConflicts, open } = useBundles.getState();
  useFocusOnMount(heading);

  useEffect(() => {
    void loadHistory();
    void loadConflicts(false);
  }, [loadHistory, loadConflicts]);

  return (
    <div className="bundles">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <ConflictsLink />
      <div className="bundle-actions">
        <section className="card bundle-send" aria-labelledby="bundle-send-title">
          <h2 id="bundle-send-title">{t('actions.send')}</h2>
          <p className="hint">{t('actions.sendIntro')}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => open({ name: 'create' })}>
              {t('actions.create')}
            </button>
          </div>
        </section>
        <ImportPanel />
      </div>
      <DeliveryPanel />
      <HistoryTable />
    </div>
  );
}
