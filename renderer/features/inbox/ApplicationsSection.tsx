// The packet's applications: each one's call, community (unless the review is blind) and where the member stands —
// declare first, no conflict (to score), scored, or closed by a declared conflict. Each opens its own page.
import { useTranslation } from 'react-i18next';
import type { InboxPacket } from '../../../common/review/inbox.schema.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { applicationStage } from './inbox-model.js';
import { useInbox } from './inbox-store.js';

export function ApplicationsSection({ packet }: { packet: InboxPacket }) {
  const { t } = useTranslation('inbox');
  const open = useInbox((state) => state.open);
  const callTitle = (callId: string) => packet.calls.find((call) => call.id === callId)?.title ?? '';
  return (
    <DetailSection id="inbox-applications-title" title={t('applications.title')}>
      <p className="hint">{t('applications.intro')}</p>
      <RecordTable
        className="activity inbox-table"
        caption={t('applications.caption')}
        columns={[t('applications.application'), t('applications.call'), t('applications.community'), t('applications.stageLabel')]}
      >
        {packet.applications.map((application) => {
          const stage = applicationStage(application);
          return (
            <tr key={application.id}>
              <RowLink onOpen={() => open({ name: 'application', packetId: packet.packetId, applicationId: application.id })}>{application.title}</RowLink>
              <td>{callTitle(application.callId)}</td>
              <td>{application.communityName ?? <span className="muted">{t('applications.blindHidden')}</span>}</td>
              <td>
                <span className={`badge inbox-stage-${stage}`}>{t(`applications.stage.${stage}`)}</span>
              </td>
            </tr>
          );
        })}
      </RecordTable>
    </DetailSection>
  );
}
