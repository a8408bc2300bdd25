// The open vault's sidebar: the app name, its places grouped by job, and at its foot Vault settings, the language and Lock; collapsible to icons.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BookOpen,
  ClipboardCheck,
  Contact,
  Factory,
  HandCoins,
  Handshake,
  Inbox,
  Languages,
  LayoutDashboard,
  MessagesSquare,
  Lock,
  Package,
  PanelLeftClose,
  PanelLeftOpen,
  Settings,
  Sun,
  Users,
  UsersRound,
  type LucideIcon,
} from 'lucide-react';
import { LANGUAGE_AUTONYMS } from '../../common/languages.js';
import { SampleLabel } from '../features/sample/SampleLabel.js';
import { LanguagePicker } from '../ui/LanguagePicker.js';
import { LiveMessage } from '../ui/LiveMessage.js';
import { useErrorText } from '../ui/use-error-text.js';
import { currentLanguage } from './i18n.js';
import { lockNow } from './lock.js';
import { goTo, sectionHome } from './navigate.js';
import { useSession, type Section, type VaultMode } from './session-store.js';
import { isMacPlatform, lockShortcut } from './shortcut.js';
import './sidebar.css';

interface Place {
  section: Section;
  icon: LucideIcon;
}

/** The places by job: daily work first, then the records it draws on, then the team network. */
const GROUPS: readonly { id: 'groupWork' | 'groupRecords' | 'groupNetwork'; places: readonly Place[] }[] = [
  {
    id: 'groupWork',
    places: [
      { section: 'today', icon: Sun },
      { section: 'requests', icon: Inbox },
      { section: 'collaborations', icon: Handshake },
      { section: 'grants', icon: HandCoins },
      { section: 'consultations', icon: MessagesSquare },
    ],
  },
  {
    id: 'groupRecords',
    places: [
      { section: 'roster', icon: Contact },
      { section: 'communities', icon: UsersRound },
      { section: 'projects', icon: Factory },
      { section: 'resources', icon: BookOpen },
    ],
  },
  {
    id: 'groupNetwork',
    places: [
      { section: 'team', icon: Users },
      { section: 'bundles', icon: Package },
      { section: 'reviews', icon: ClipboardCheck },
    ],
  },
];

/** A reviewer's vault (reviewer mode): its inbox and the team directory, where its card is; then Vault settings. */
const REVIEWER_PLACES: readonly Place[] = [
  { section: 'inbox', icon: Inbox },
  { section: 'team', icon: Users },
];

const LANGUAGE_SELECT_ID = 'sidebar-language';

/** One place: its icon and its name, which stays the button's accessible name (and its tooltip) when only icons show. */
function PlaceButton({ place, current, collapsed }: { place: Place; current: Section; collapsed: boolean }) {
  const { t } = useTranslation('roster');
  const label = t(`nav.${place.section}`);
  const Icon = place.icon;
  return (
    <li>
      <button
        type="button"
        className="sidebar-item"
        aria-current={current === place.section ? 'page' : undefined}
        title={collapsed ? label : undefined}
        onClick={() => goTo(sectionHome(place.section))}
      >
        <Icon className="sidebar-icon" aria-hidden="true" focusable="false" />
        <span className="sidebar-label">{label}</span>
      </button>
    </li>
  );
}

/** The network's places (everyone but reviewers): the groups by job, then the dashboard. */
function NetworkPlaces({ section, collapsed }: { section: Section; collapsed: boolean }) {
  const { t } = useTranslation('roster');
  return (
    <>
      {GROUPS.map((group) => (
        <div key={group.id} role="group" className="sidebar-group" aria-labelledby={`sidebar-${group.id}`}>
          <p id={`sidebar-${group.id}`} className="sidebar-group-title">
            {t(`nav.${group.id}`)}
          </p>
          <ul className="sidebar-items">
            {group.places.map((place) => (
              <PlaceButton key={place.section} place={place} current={section} collapsed={collapsed} />
            ))}
          </ul>
        </div>
      ))}
      <ul className="sidebar-items sidebar-group">
        <PlaceButton place={{ section: 'dashboard', icon: LayoutDashboard }} current={section} collapsed={collapsed} />
      </ul>
    </>
  );
}

/** Locks the vault as Ctrl+L (⌘L) and Vault settings' Lock now do. */
function LockButton() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const shortcut = lockShortcut(isMacPlatform(navigator.userAgent));

  async function lock(): Promise<void> {
    setError(null);
    const reply = await lockNow();
    if (!reply.ok) setError(errorText(reply.error));
  }

  return (
    <>
      <button
        type="button"
        className="sidebar-item sidebar-lock"
        aria-keyshortcuts={shortcut.aria}
        title={t('shell.lockHint', { keys: shortcut.keys.join('+') })}
        onClick={() => void lock()}
      >
        <Lock className="sidebar-icon" aria-hidden="true" focusable="false" />
        <span className="sidebar-label">{t('shell.lock')}</span>
      </button>
      <LiveMessage id="sidebar-lock-error" kind="alert" text={error} />
    </>
  );
}

export function Sidebar({ section, mode }: { section: Section; mode: VaultMode }) {
  const { t } = useTranslation(['roster', 'app']);
  const collapsed = useSession((state) => state.sidebarCollapsed);
  const setCollapsed = useSession((state) => state.setSidebarCollapsed);
  const focusLanguage = useRef(false);

  // The language button of the icon-only sidebar opens the labels and puts the focus on the language menu.
  useEffect(() => {
    if (collapsed || !focusLanguage.current) return;
    focusLanguage.current = false;
    document.getElementById(LANGUAGE_SELECT_ID)?.focus();
  }, [collapsed]);

  const toggleTitle = collapsed ? t('app:shell.expand') : t('app:shell.collapse');
  const ToggleIcon = collapsed ? PanelLeftOpen : PanelLeftClose;
  return (
    <header className={collapsed ? 'sidebar collapsed' : 'sidebar'}>
      <div className="sidebar-top">
        <p className="app-name">{t('app:app.name')}</p>
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={!collapsed}
          aria-controls="sidebar-places"
          title={toggleTitle}
          onClick={() => setCollapsed(!collapsed)}
        >
          <ToggleIcon className="sidebar-icon" aria-hidden="true" focusable="false" />
          <span className="visually-hidden">{t('app:shell.sidebarLabels')}</span>
        </button>
      </div>
      <SampleLabel />
      <nav id="sidebar-places" className="sidebar-nav" aria-label={t('nav.label')}>
        {mode === 'reviewer' ? (
          <ul className="sidebar-items sidebar-group">
            {REVIEWER_PLACES.map((place) => (
              <PlaceButton key={place.section} place={place} current={section} collapsed={collapsed} />
            ))}
          </ul>
        ) : (
          <NetworkPlaces section={section} collapsed={collapsed} />
        )}
        <ul className="sidebar-items sidebar-settings">
          <PlaceButton place={{ section: 'settings', icon: Settings }} current={section} collapsed={collapsed} />
        </ul>
      </nav>
      <div className="sidebar-foot">
        {collapsed ? (
          <button
            type="button"
            className="sidebar-item"
            title={t('app:language.label')}
            onClick={() => {
              focusLanguage.current = true;
              setCollapsed(false);
            }}
          >
            <Languages className="sidebar-icon" aria-hidden="true" focusable="false" />
            <span className="sidebar-label">{t('app:shell.languageButton', { language: LANGUAGE_AUTONYMS[currentLanguage()] })}</span>
          </button>
        ) : (
          <LanguagePicker selectId={LANGUAGE_SELECT_ID} />
        )}
        <LockButton />
      </div>
    </header>
  );
}
