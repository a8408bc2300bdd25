// The team members: name (opens the safety number), role, region, verified or not, a loud warning when keys changed, last
// bundle, and delivery (what waits for their acknowledgement, and the last bundle they acknowledged).
import { useTranslation } from 'react-i18next';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import type { TeamMember } from '../../../common/team/team.schema.js';
import { Users } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { formatDateTime } from '../../ui/format.js';
import { DeliverySummary } from '../bundles/DeliveryPanel.js';
import { useTeam } from './team-store.js';

function VerificationCell({ member }: { member: TeamMember }) {
  const { t } = useTranslation('team');
  return (
    <td>
      <span className={member.verified ? 'badge team-verified' : 'badge team-unverified'}>{member.verified ? t('members.verified') : t('members.unverified')}</span>
      {member.keysChangedAt !== null ? (
        <p className="team-keys-changed">
          <span aria-hidden="true">⚠ </span>
          {t('members.keysChanged')}
        </p>
      ) : null}
    </td>
  );
}

function DeliveryCell({ state }: { state: DeliveryState | undefined }) {
  const { t } = useTranslation('team');
  return <td className="team-delivery">{state === undefined ? t('members.nothingSent') : <DeliverySummary state={state} />}</td>;
}

/** Moves focus (and the view) to the first of these fields the page shows. */
function focusFirst(...ids: string[]): void {
  for (const id of ids) {
    const field = document.getElementById(id);
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
      return;
    }
  }
}

export function MembersTable() {
  const { t, i18n } = useTranslation(['team', 'taxonomy']);
  const members = useTeam((state) => state.members);
  const notice = useTeam((state) => state.notice);
  const delivery = useTeam((state) => state.delivery);
  const deliveryOf = new Map((delivery ?? []).map((state) => [state.memberId, state]));
  const { openMember } = useTeam.getState();
  const changed = (members ?? []).filter((member) => member.keysChangedAt !== null);
  return (
    <section className="card team-members" aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('members.title')}</h2>
      {changed.length > 0 ? (
        <div className="message message-error team-keys-alert">
          {changed.map((member) => (
            <p key={member.id}>{t('member.keysChangedWarning', { name: member.displayName, date: formatDateTime(member.keysChangedAt ?? '', i18n.language) })}</p>
          ))}
        </div>
      ) : null}
      {members !== null && members.length === 0 ? (
        <EmptyState
          id="team-empty"
          level={3}
          icon={Users}
          title={t('emptyState.title')}
          purpose={t('emptyState.purpose')}
          actions={[
            // The card shows once you have a name; until then, the name field is where sharing starts.
            { label: t('emptyState.shareCard'), onClick: () => focusFirst('team-card-text', 'team-me-name'), primary: true },
            { label: t('emptyState.addCard'), onClick: () => focusFirst('team-add-text') },
          ]}
        />
      ) : null}
      {members !== null && members.length > 0 ? (
        <RecordTable
          className="activity team-table"
          caption={t('members.caption')}
          columns={[t('members.name'), t('members.role'), t('members.region'), t('members.status'), t('members.lastBundle'), t('members.delivery')]}
        >
          {members.map((member) => (
            <tr key={member.id} className={member.keysChangedAt !== null ? 'keys-changed' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => openMember(member.id)}>
                  {member.displayName}
                  <span className="visually-hidden">, {t('members.open')}</span>
                </button>
              </th>
              <td>{t(`role.${member.role}`)}</td>
              <td>{t(`taxonomy:region.${member.region}`)}</td>
              <VerificationCell member={member} />
              <td>{member.lastBundleAt === null ? t('members.never') : formatDateTime(member.lastBundleAt, i18n.language)}</td>
              <DeliveryCell state={deliveryOf.get(member.id)} />
            </tr>
          ))}
        </RecordTable>
      ) : null}
      <LiveMessage id="team-members-notice" kind="status" tone="success" text={notice} />
    </section>
  );
}
