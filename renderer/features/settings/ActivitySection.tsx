// Recent activity: the last entries of the vault's audit trail, in words and local date and time.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../common/contract/vault.contract.js';
import { formatDateTime, formatMinutes } from '../../ui/format.js';
import { auditDetail } from './audit-detail.js';
import { useSettings } from './settings-store.js';

function EventText({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const detail = auditDetail(entry);
  const event = t(`activity.kind.${entry.kind}`);
  if (detail === null) return <>{event}</>;
  const extra =
    detail.type === 'lockReason'
      ? t(`activity.lockReason.${detail.reason}`)
      : detail.minutes === null
        ? t('activity.autoLockOff')
        : t('activity.autoLockMinutes', { duration: formatMinutes(detail.minutes, i18n.language) });
  return (
    <>
      {event} <span className="muted">({extra})</span>
    </>
  );
}

export function ActivitySection() {
  const { t, i18n } = useTranslation();
  const activity = useSettings((state) => state.activity);
  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.title')}</h2>
      {activity === null ? (
        <p className="hint">{t('common.loading')}</p>
      ) : activity.length === 0 ? (
        <p className="hint">{t('activity.empty')}</p>
      ) : (
        <table className="activity" aria-labelledby="activity-title">
          <thead>
            <tr>
              <th scope="col">{t('activity.entry')}</th>
              <th scope="col">{t('activity.when')}</th>
              <th scope="col">{t('activity.event')}</th>
            </tr>
          </thead>
          <tbody>
            {activity.map((entry) => (
              <tr key={entry.seq}>
                <td className="numeric">#{entry.seq}</td>
                <td>{formatDateTime(entry.at, i18n.language)}</td>
                <td>
                  <EventText entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
