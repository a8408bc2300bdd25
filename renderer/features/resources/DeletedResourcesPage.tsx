// Deleted resources (tombstones), each with Restore: a restored resource comes back with its attachments.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceSummary } from '../../../common/resources/resource.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToResources } from './BackToResources.js';

export function DeletedResourcesPage() {
  const { t, i18n } = useTranslation(['resources', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [entries, setEntries] = useState<ResourceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  // Bumped after a restore, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.resources.list({ deleted: true, limit: 500 })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setEntries(reply.value);
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [version, errorText]);

  async function restore(entry: ResourceSummary): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.resources.restore({ id: entry.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setRestored(entry.title);
    setVersion((v) => v + 1);
    // The restored row's button disappears with it; the heading is a stable place for focus.
    heading.current?.focus();
  }

  return (
    <div className="roster-stack">
      <BackToResources />
      <h1 ref={heading} tabIndex={-1}>
        {t('deleted.title')}
      </h1>
      <p className="lead">{t('deleted.intro')}</p>
      <LiveMessage id="deleted-resources-status" kind="status" tone="success" text={restored ? t('undo.restored', { name: restored }) : null} />
      <LiveMessage id="deleted-resources-error" kind="alert" text={error} />
      {entries === null ? (
        error === null ? <p className="hint">{t('detail.loading')}</p> : null
      ) : entries.length === 0 ? (
        <p className="hint">{t('deleted.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="activity deleted-table">
            <caption className="visually-hidden">{t('deleted.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.title')}</th>
                <th scope="col">{t('field.type')}</th>
                <th scope="col">{t('deleted.when')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('deleted.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.title}</td>
                  <td>{t(`taxonomy:resourceType.${entry.type}`)}</td>
                  <td>{formatDateTime(entry.updatedAt, i18n.language)}</td>
                  <td>
                    <button type="button" className="button secondary small" onClick={() => void restore(entry)}>
                      {t('deleted.restore')}
                      <span className="visually-hidden"> {entry.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
