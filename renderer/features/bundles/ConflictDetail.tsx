// One conflict: the kept and the other version side by side, field by field, differing fields marked; keep one, take the other, or merge.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../common/bundles/bundle-views.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { BackLink } from '../../ui/BackLink.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useBundles } from './bundles-store.js';
import { useBundleWords } from './use-bundle-words.js';

type Choice = 'kept' | 'other' | 'merged';

function useVersionBy(): (version: ConflictView['kept']) => string {
  const { t, i18n } = useTranslation('bundles');
  return (version) => {
    const date = formatDateTime(version.at, i18n.language);
    if (version.writtenBy.isMe) return t('conflict.byYou', { date });
    return version.writtenBy.displayName ? t('conflict.byName', { name: version.writtenBy.displayName, date }) : t('conflict.byUnknown', { date });
  };
}

function VersionsTable({ conflict, picked, onPick }: { conflict: ConflictView; picked: ReadonlySet<string> | null; onPick: (field: string, take: boolean) => void }) {
  const { t } = useTranslation('bundles');
  const { fieldName, valueText } = useBundleWords();
  const versionBy = useVersionBy();
  const { kept, other } = conflict;
  const fields = [...new Set([...Object.keys(kept.fields), ...Object.keys(other.fields)])];
  const differing = new Set(conflict.differing);
  const empty = t('conflict.emptyValue');
  const cell = (version: ConflictView['kept'], field: string) => (version.deleted ? '' : valueText(field, version.fields[field], empty));
  return (
    <div className="table-scroll">
      <table className="activity bundle-versions">
        <caption className="visually-hidden">{t('conflict.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">
              {t('conflict.kept')}{' '}
              <span className="version-by">{versionBy(kept)}</span>
            </th>
            <th scope="col">
              {t('conflict.other')}{' '}
              <span className="version-by">{versionBy(other)}</span>
            </th>
            {picked !== null ? <th scope="col">{t('conflict.take')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {kept.deleted || other.deleted ? (
            <tr>
              <th scope="row">—</th>
              <td>{kept.deleted ? t('conflict.deleted') : null}</td>
              <td>{other.deleted ? t('conflict.deleted') : null}</td>
            </tr>
          ) : null}
          {fields.map((field) => {
            const differs = differing.has(field);
            const name = fieldName(field);
            return (
              <tr key={field} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  {name}
                  {differs ? <span className="badge differs-badge">{t('conflict.differs')}</span> : null}
                </th>
                <td>{cell(kept, field)}</td>
                <td>{cell(other, field)}</td>
                {picked !== null ? (
                  <td>
                    {differs ? (
                      <input type="checkbox" aria-label={`${t('conflict.take')}: ${name}`} checked={picked.has(field)} onChange={(event) => onPick(field, event.target.checked)} />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ConflictDetail({ id, resolved, notice }: { id: string; resolved: boolean; notice: string | null }) {
  const { t, i18n } = useTranslation('bundles');
  const errorText = useErrorText();
  const { recordTypeName, refusalText } = useBundleWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useBundles((state) => (resolved ? state.conflicts.resolved : state.conflicts.open));
  const conflict = list?.find((candidate) => candidate.id === id) ?? null;
  const loadError = useBundles((state) => state.conflictsError);
  const { open, loadConflicts } = useBundles.getState();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusOnMount(heading);

  useEffect(() => {
    if (list === null) void loadConflicts(resolved);
  }, [list, loadConflicts, resolved]);

  async function resolve(choice: Choice): Promise<void> {
    if (conflict === null) return;
    setError(null);
    if (choice === 'merged' && picked.size === 0) return setError(t('conflict.mergeNone'));
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.resolveConflict({ id, choice, fields: choice === 'merged' ? [...picked] : [] }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) return setError(reply.error.details?.['reason'] === 'merge_deleted' ? t('conflict.noMerge') : refusalText(reply.error));
    await Promise.all([loadConflicts(false), loadConflicts(true)]);
    open({ name: 'conflict', id, resolved: true, notice: t('conflict.done', { label: conflict.label }) });
  }

  const canMerge = conflict !== null && !conflict.kept.deleted && !conflict.other.deleted;
  const settled = conflict?.resolvedAt ?? null;
  return (
    <div className="bundles bundle-conflict">
      <BackLink label={t('conflict.back')} onBack={() => open({ name: 'conflicts', resolved })} />
      <h1 ref={heading} tabIndex={-1}>
        {conflict?.label ?? t('conflicts.title')}
      </h1>
      <LiveMessage id="bundle-conflict-notice" kind="status" tone="success" text={notice} />
      {list !== null && conflict === null ? <p className="message message-info">{t('conflict.notFound')}</p> : null}
      {conflict !== null ? (
        <>
          <p className="lead">{t('conflict.intro', { type: recordTypeName(conflict.table), label: conflict.label })}</p>
          {settled !== null && conflict.resolution !== null ? (
            <p className="message message-info">{t('conflict.resolvedOn', { date: formatDateTime(settled, i18n.language), choice: t(`conflict.choice.${conflict.resolution}`) })}</p>
          ) : null}
          <section className="card" aria-labelledby="bundle-versions-title">
            <h2 id="bundle-versions-title">{t('conflict.caption')}</h2>
            <VersionsTable
              conflict={conflict}
              picked={settled === null && canMerge ? picked : null}
              onPick={(field, take) => setPicked((current) => new Set(take ? [...current, field] : [...current].filter((name) => name !== field)))}
            />
          </section>
          {settled === null ? (
            <section className="card" aria-labelledby="bundle-choice-title">
              <h2 id="bundle-choice-title">{t('conflict.chooseTitle')}</h2>
              <div className="actions">
                <button type="button" className="button primary" aria-disabled={busy || undefined} onClick={() => !busy && void resolve('kept')}>
                  {t('conflict.keep')}
                </button>
                <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && void resolve('other')}>
                  {t('conflict.takeOther')}
                </button>
                {canMerge ? (
                  <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && void resolve('merged')}>
                    {t('conflict.merge')}
                  </button>
                ) : null}
              </div>
            </section>
          ) : null}
        </>
      ) : null}
      <LiveMessage id="bundle-conflict-error" kind="alert" text={error ?? (loadError ? errorText(loadError) : null)} />
    </div>
  );
}
