// The app shell: a header with the language menu on every screen, and the current screen in <main>.
import { useTranslation } from 'react-i18next';
import { CreateVaultFlow } from '../features/vault/CreateVaultFlow.js';
import { RecoverPage } from '../features/vault/RecoverPage.js';
import { UnlockPage } from '../features/vault/UnlockPage.js';
import { HomePage } from '../features/settings/HomePage.js';
import { LanguagePicker } from '../ui/LanguagePicker.js';
import { StartFailedPage, StartingPage } from './StartPages.js';
import { useSession, type Screen } from './session-store.js';
import { useLockShortcut } from './use-lock-shortcut.js';
import './app.css';

function CurrentScreen({ screen }: { screen: Screen }) {
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
      return <HomePage />;
  }
}

export function App() {
  const { t } = useTranslation();
  const screen = useSession((state) => state.screen);
  useLockShortcut(screen === 'home');
  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <LanguagePicker />
      </header>
      <main className={screen === 'home' ? 'app-main wide' : 'app-main'}>
        <CurrentScreen key={screen} screen={screen} />
      </main>
    </div>
  );
}
