// Deleted applications (tombstones), each with Restore: restoring puts an application back as it was, with its reviews.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { BackLink } from '../../../ui/BackLink.js';
import { formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { readAll, useLoaded } from '../../../ui/use-loaded.js';
import './applications.css';

export function DeletedApplicationsPage() {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const [restored, setRestored] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = useLoaded(
    () => readAll((offset, limit) => request((api) => api.grantApplications.list({ deleted: true, offset, limit }))),
    `deleted-applications:${version}`,
  );

  async function restore(id: string, title: string): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantApplications.restore({ id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(errorText(reply.error));
    setRestored(t('undo.restored', { name: title }));
    setVersion((v) => v + 1);
    // The restored row's button goes with it; the heading is a stable place for the focus.
    heading.current?.focus();
  }

  const title = t('deleted.title');
  return (
    <div className="roster-stack">
      <BackLink label={t('detail.back')} onBack={() => goTo({ section: 'grants', view: { name: 'applications', callId: null } })} />
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('deleted.intro')}</p>
      <LiveMessage id="deleted-applications-status" kind="status" tone="success" text={restored} />
      <LiveMessage id="deleted-applications-error" kind="alert" text={error ?? (entries.state === 'failed' ? errorText(entries.error) : null)} />
      {entries.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {entries.state === 'ready' && entries.value.length === 0 ? <p className="hint">{t('deleted.empty')}</p> : null}
      {entries.state === 'ready' && entries.value.length > 0 ? (
        <RecordTable
          className="activity deleted-table"
          caption={title}
          columns={[t('field.title'), t('field.community'), t('field.call'), t('deleted.when'), { label: t('deleted.actions'), hidden: true }]}
        >
          {entries.value.map((application) => (
            <tr key={application.id}>
              <th scope="row">{application.title}</th>
              <td>{application.communityName}</td>
              <td>{application.callTitle}</td>
              <td>{formatDateTime(application.updatedAt, i18n.language)}</td>
              <td>
                <button type="button" className="button secondary small" onClick={() => void restore(application.id, application.title)}>
                  {t('deleted.restore')}
                  <span className="visually-hidden"> {application.title}</span>
                </button>
              </td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
    </div>
  );
}
