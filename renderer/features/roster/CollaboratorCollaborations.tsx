// The collaborations a collaborator takes part in: community, state, their role, who follows it; each opens the collaboration.
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { LinkedRecords } from '../../ui/LinkedRecords.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { readAll, useLoaded } from '../../ui/use-loaded.js';

export function CollaboratorCollaborations({ collaboratorId }: { collaboratorId: string }) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const loaded = useLoaded(
    () => readAll((offset, limit) => request((api) => api.collaborations.list({ collaboratorId, offset, limit }))),
    collaboratorId,
  );

  return (
    <DetailSection id="member-of-title" title={t('memberOf.title')}>
      <LinkedRecords loaded={loaded} errorId="member-of-error" loadingText={t('detail.loading')} emptyText={t('memberOf.empty')}>
        {(collaborations) => (
          <>
            <p className="hint">{t('memberOf.hint')}</p>
            <RecordTable
              className="activity"
              caption={t('memberOf.caption')}
              columns={[t('memberOf.column.community'), t('memberOf.column.state'), t('memberOf.column.role'), t('memberOf.column.owner')]}
            >
              {collaborations.map((collaboration) => (
                <tr key={collaboration.id}>
                  <RowLink onOpen={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaboration.id } })}>
                    {collaboration.communityName}
                  </RowLink>
                  <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                  <td>{collaboration.members.find((member) => member.collaboratorId === collaboratorId)?.role || t('memberOf.noRole')}</td>
                  <td>{collaboration.owner}</td>
                </tr>
              ))}
            </RecordTable>
          </>
        )}
      </LinkedRecords>
    </DetailSection>
  );
}
