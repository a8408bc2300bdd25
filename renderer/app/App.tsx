// The app shell: a skip link, then in an open vault the sidebar (places, language, Lock) beside <main>; before that a top bar with the language menu.
import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateVaultFlow } from '../features/vault/CreateVaultFlow.js';
import { RecoverPage } from '../features/vault/RecoverPage.js';
import { UnlockPage } from '../features/vault/UnlockPage.js';
import { HomePage } from '../features/settings/HomePage.js';
import { CollaborationsSection } from '../features/collaborations/CollaborationsSection.js';
import { CommunitiesSection } from '../features/communities/CommunitiesSection.js';
import { DashboardSection } from '../features/dashboard/DashboardSection.js';
import { GrantsSection } from '../features/grants/GrantsSection.js';
import { ConsultationsSection } from '../features/consultations/ConsultationsSection.js';
import { InboxSection } from '../features/inbox/InboxSection.js';
import { ReviewsSection } from '../features/review/ReviewsSection.js';
import { ProjectsSection } from '../features/projects/ProjectsSection.js';
import { RequestsSection } from '../features/requests/RequestsSection.js';
import { ResourcesSection } from '../features/resources/ResourcesSection.js';
import { RosterSection } from '../features/roster/RosterSection.js';
import { TeamSection } from '../features/team/TeamSection.js';
import { BundlesSection } from '../features/bundles/BundlesSection.js';
import { TodayPage } from '../features/today/TodayPage.js';
import { SampleLabel } from '../features/sample/SampleLabel.js';
import { LanguagePicker } from '../ui/LanguagePicker.js';
import { KeyWarningBanner } from './KeyWarningBanner.js';
import { StartFailedPage, StartingPage } from './StartPages.js';
import { REVIEWER_SECTIONS, useSession, type Screen, type Section, type VaultMode } from './session-store.js';
import { Sidebar } from './Sidebar.js';
import { useLockShortcut } from './use-lock-shortcut.js';
import { useVaultMode } from './use-vault-mode.js';
import './app.css';

function CurrentScreen({ screen, section, mode }: { screen: Screen; section: Section; mode: VaultMode | null }) {
  switch (screen) {
    case 'starting':
      return <StartingPage />;
    case 'start-failed':
      return <StartFailedPage />;
    case 'create':
      return <CreateVaultFlow />;
    case 'unlock':
      return <UnlockPage />;
    case 'recover':
      return <RecoverPage />;
    case 'home':
      // Until the vault's role is known nothing of it shows; a reviewer's vault never shows a network section.
      if (mode === null) return <StartingPage />;
      if (mode === 'reviewer' && !REVIEWER_SECTIONS.includes(section)) return <InboxSection />;
      switch (section) {
        case 'today':
          return <TodayPage />;
        case 'roster':
          return <RosterSection />;
        case 'communities':
          return <CommunitiesSection />;
        case 'projects':
          return <ProjectsSection />;
        case 'requests':
          return <RequestsSection />;
        case 'collaborations':
          return <CollaborationsSection />;
        case 'grants':
          return <GrantsSection />;
        case 'consultations':
          return <ConsultationsSection />;
        case 'reviews':
          return <ReviewsSection />;
        case 'inbox':
          return <InboxSection />;
        case 'resources':
          return <ResourcesSection />;
        case 'dashboard':
          return <DashboardSection />;
        case 'team':
          return <TeamSection />;
        case 'bundles':
          return <BundlesSection />;
        case 'settings':
          return <HomePage />;
      }
  }
}

const MAIN_ID = 'main-content';

export function App() {
  const { t } = useTranslation();
  const screen = useSession((state) => state.screen);
  const section = useSession((state) => state.section);
  const mode = useSession((state) => state.mode);
  const main = useRef<HTMLElement>(null);
  useLockShortcut(screen === 'home');
  useVaultMode(screen, mode);
  const open = screen === 'home' && mode !== null;
  const mainClass = !open ? 'app-main' : section === 'settings' ? 'app-main wide' : 'app-main widest';
  // The link moves the focus itself: the page has no routes, so a hash change must not be what takes the reader there.
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault();
    main.current?.focus();
  };
  return (
    <div className={open ? 'app workbench' : 'app'}>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      {open ? (
        <Sidebar section={section} mode={mode ?? 'network'} />
      ) : (
        <header className="app-header">
          <p className="app-name">{t('app.name')}</p>
          <SampleLabel />
          <LanguagePicker />
        </header>
      )}
      <main id={MAIN_ID} ref={main} tabIndex={-1} className={mainClass}>
        {open && section !== 'settings' ? <KeyWarningBanner /> : null}
        <CurrentScreen key={`${screen}-${section}-${mode ?? ''}`} screen={screen} section={section} mode={mode} />
      </main>
    </div>
  );
}
