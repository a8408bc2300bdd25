// The app shell: a header with the language menu on every screen (and, in an open vault, the main navigation), and the current screen in <main>.
import { useTranslation } from 'react-i18next';
import { CreateVaultFlow } from '../features/vault/CreateVaultFlow.js';
import { RecoverPage } from '../features/vault/RecoverPage.js';
import { UnlockPage } from '../features/vault/UnlockPage.js';
import { HomePage } from '../features/settings/HomePage.js';
import { CollaborationsSection } from '../features/collaborations/CollaborationsSection.js';
import { CommunitiesSection } from '../features/communities/CommunitiesSection.js';
import { DashboardSection } from '../features/dashboard/DashboardSection.js';
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
import { goTo, sectionHome } from './navigate.js';
import { useSession, type Screen, type Section } from './session-store.js';
import { useLockShortcut } from './use-lock-shortcut.js';
import './app.css';

function CurrentScreen({ screen, section }: { screen: Screen; section: Section }) {
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

/** The open vault's places; a form with unsaved changes is asked before leaving (leaveThen). */
function MainNavigation({ section }: { section: Section }) {
  const { t } = useTranslation('roster');
  const go = (target: Section) => goTo(sectionHome(target));
  const item = (target: Section, label: string) => (
    <button type="button" className="nav-item" aria-current={section === target ? 'page' : undefined} onClick={() => go(target)}>
      {label}
    </button>
  );
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {item('today', t('nav.today'))}
      {item('roster', t('nav.roster'))}
      {item('communities', t('nav.communities'))}
      {item('projects', t('nav.projects'))}
      {item('requests', t('nav.requests'))}
      {item('collaborations', t('nav.collaborations'))}
      {item('resources', t('nav.resources'))}
      {item('dashboard', t('nav.dashboard'))}
      {item('team', t('nav.team'))}
      {item('bundles', t('nav.bundles'))}
      {item('settings', t('nav.settings'))}
    </nav>
  );
}

export function App() {
  const { t } = useTranslation();
  const screen = useSession((state) => state.screen);
  const section = useSession((state) => state.section);
  useLockShortcut(screen === 'home');
  const mainClass = screen !== 'home' ? 'app-main' : section === 'settings' ? 'app-main wide' : 'app-main widest';
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <SampleLabel />
        {screen === 'home' ? <MainNavigation section={section} /> : null}
        <LanguagePicker />
      </header>
      <main className={mainClass}>
        {screen === 'home' && section !== 'settings' ? <KeyWarningBanner /> : null}
        <CurrentScreen key={`${screen}-${section}`} screen={screen} section={section} />
      </main>
    </div>
  );
}
