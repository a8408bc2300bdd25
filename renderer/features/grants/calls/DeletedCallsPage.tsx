// Deleted calls (tombstones), each with Restore: restoring puts a call back as it was, with its applications.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callTitle } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { CALL_PAGE_SIZE } from '../grants-store.js';
import { BackToCalls } from './BackToCalls.js';

export function DeletedCallsPage() {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const [restored, setRestored] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loaded = useLoaded(() => request((api) => api.grantCalls.list({ states: [], region: null, deleted: true, offset: 0, limit: CALL_PAGE_SIZE })), String(version));
  const language = i18n.language;

  async function restore(id: string, name: string): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantCalls.restore({ id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setRestored(name);
    setVersion((v) => v + 1);
    // The restored row's button goes with it; the heading is a stable place for the focus.
    heading.current?.focus();
  }

  const title = t('calls.deletedTitle');
  return (
    <div className="roster-stack">
      <BackToCalls />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('calls.deletedIntro')}</p>
      <LiveMessage id="grants-deleted-calls-status" kind="status" tone="success" text={restored ? t('calls.undo.restored', { name: restored }) : null} />
      <LiveMessage id="grants-deleted-calls-error" kind="alert" text={error ?? (loaded.state === 'failed' ? errorText(loaded.error) : null)} />
      {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p className="hint">{t('calls.deletedEmpty')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <RecordTable className="activity deleted-table" caption={title} columns={[t('calls.field.title'), t('calls.deletedWhen'), { label: t('calls.deletedActions'), hidden: true }]}>
          {loaded.value.map((call) => {
            const name = callTitle(call, language);
            return (
              <tr key={call.id}>
                <td>{name}</td>
                <td>{formatDateTime(call.updatedAt, language)}</td>
                <td>
                  <button type="button" className="button secondary small" onClick={() => void restore(call.id, name)}>
                    {t('calls.restore')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </RecordTable>
      ) : null}
    </div>
  );
}
