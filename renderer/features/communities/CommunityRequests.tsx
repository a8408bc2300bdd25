// A community's support requests (what it asks for, how urgent, where it stands), each opening its detail, and "New request".
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { formatDay } from '../roster/format-day.js';
import { summarize } from './similar-words.js';
import { readAll, useLoaded } from './use-loaded.js';

export function CommunityRequests({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const loaded = useLoaded(
    () => readAll((offset, limit) => request((api) => api.requests.list({ communityId, offset, limit }))),
    communityId,
  );
  const none = t('detail.none');

  return (
    <section className="card community-part" aria-labelledby="community-requests-title">
      <h2 id="community-requests-title">{t('requests.title')}</h2>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => goTo({ section: 'requests', view: { name: 'create', communityId } })}>
          {t('requests.new')}
        </button>
      </div>
      <LiveMessage id="community-requests-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p className="hint">{t('requests.empty')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <div className="table-scroll">
          <table className="activity struggle-table">
            <caption className="visually-hidden">{t('requests.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.column.request')}</th>
                <th scope="col">{t('requests.column.strategyAreas')}</th>
                <th scope="col">{t('requests.column.urgency')}</th>
                <th scope="col">{t('requests.column.status')}</th>
                <th scope="col">{t('requests.column.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => goTo({ section: 'requests', view: { name: 'detail', id: item.id } })}>
                      {summarize(item.description)}
                    </button>
                  </th>
                  <td>{item.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</td>
                  <td>{t(`taxonomy:urgency.${item.urgency}`)}</td>
                  <td>{t(`taxonomy:requestStatus.${item.status}`)}</td>
                  <td>{item.deadline ? formatDay(item.deadline, i18n.language) : none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
