// A community's collaborations (who takes part, where it stands, who follows it), each opening its detail.
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { readAll, useLoaded } from './use-loaded.js';

export function CommunityCollaborations({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const loaded = useLoaded(
    () => readAll((offset, limit) => request((api) => api.collaborations.list({ communityId, offset, limit }))),
    communityId,
  );

  return (
    <section className="card community-part" aria-labelledby="community-collaborations-title">
      <h2 id="community-collaborations-title">{t('collaborations.title')}</h2>
      <LiveMessage id="community-collaborations-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p className="hint">{t('collaborations.empty')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <div className="table-scroll">
          <table className="activity struggle-table">
            <caption className="visually-hidden">{t('collaborations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collaborations.column.members')}</th>
                <th scope="col">{t('collaborations.column.state')}</th>
                <th scope="col">{t('collaborations.column.owner')}</th>
                <th scope="col">{t('collaborations.column.started')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.map((collaboration) => (
                <tr key={collaboration.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaboration.id } })}
                    >
                      {collaboration.members.map((member) => member.name).filter((name) => name !== '').join(', ') || t('collaborations.noMembers')}
                    </button>
                  </th>
                  <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                  <td>{collaboration.owner}</td>
                  <td>{formatDateTime(collaboration.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
