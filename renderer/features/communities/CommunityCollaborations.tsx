// A community's collaborations (who takes part, where it stands, who follows it), each opening its detail.
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { formatMomentDay } from '../../ui/format-day-only.js';
import { LinkedRecords } from '../../ui/LinkedRecords.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { readAll, useLoaded } from '../../ui/use-loaded.js';

export function CommunityCollaborations({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const loaded = useLoaded(
    () => readAll((offset, limit) => request((api) => api.collaborations.list({ communityId, offset, limit }))),
    communityId,
  );

  return (
    <section className="card community-part" aria-labelledby="community-collaborations-title">
      <h2 id="community-collaborations-title">{t('collaborations.title')}</h2>
      <LinkedRecords loaded={loaded} errorId="community-collaborations-error" loadingText={t('detail.loading')} emptyText={t('collaborations.empty')}>
        {(collaborations) => (
          <RecordTable
            className="activity struggle-table"
            caption={t('collaborations.caption')}
            columns={[t('collaborations.column.members'), t('collaborations.column.state'), t('collaborations.column.owner'), t('collaborations.column.started')]}
          >
            {collaborations.map((collaboration) => (
              <tr key={collaboration.id}>
                <RowLink onOpen={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaboration.id } })}>
                  {collaboration.members.map((member) => member.name).filter((name) => name !== '').join(', ') || t('collaborations.noMembers')}
                </RowLink>
                <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                <td>{collaboration.owner}</td>
                <td>{formatMomentDay(collaboration.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </RecordTable>
        )}
      </LinkedRecords>
    </section>
  );
}
