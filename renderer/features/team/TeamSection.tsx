// The team directory: who you are and your card, adding others' cards, the members with their verification and delivery of
// bundles, and safety numbers.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-store.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { AddCardPanel } from './AddCardPanel.js';
import { MemberDialog } from './MemberDialog.js';
import { MembersTable } from './MembersTable.js';
import { useTeam } from './team-store.js';
import { YouPanel } from './YouPanel.js';
import './team.css';

export function TeamSection() {
  const { t } = useTranslation(['team', 'inbox']);
  const reviewer = useSession((state) => state.mode) === 'reviewer';
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const loadError = useTeam((state) => state.loadError);
  const { loadMe, loadMembers, loadDelivery } = useTeam.getState();
  useFocusOnMount(heading);

  useEffect(() => {
    void loadMe();
    void loadMembers();
    void loadDelivery();
  }, [loadMe, loadMembers, loadDelivery]);

  return (
    <div className="team">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{reviewer ? t('inbox:team.reviewerIntro') : t('intro')}</p>
      <LiveMessage id="team-load-error" kind="alert" text={loadError ? errorText(loadError) : null} />
      <YouPanel />
      <AddCardPanel />
      <MembersTable />
      <MemberDialog />
    </div>
  );
}
