// The renderer's i18next instance: app and error strings from the shared catalog, in the language the user chose.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOG } from '../../common/i18n/catalog.js';
import { LANGUAGES, matchLanguage, type Language } from '../../common/languages.js';

const resources = Object.fromEntries(
  LANGUAGES.map((language) => {
    const { app, errors, roster, import: importing, taxonomy, communities, projects, requests, collaborations, today, dashboard, resources: resourceStrings, team, bundles, grants, review, inbox, consultations } = CATALOG[language];
    return [language, { app, errors, roster, import: importing, taxonomy, communities, projects, requests, collaborations, today, dashboard, resources: resourceStrings, team, bundles, grants, review, inbox, consultations }];
  }),
);

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: matchLanguage(navigator.language),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['app', 'errors', 'roster', 'import', 'taxonomy', 'communities', 'projects', 'requests', 'collaborations', 'today', 'dashboard', 'resources', 'team', 'bundles', 'grants', 'review', 'inbox', 'consultations'],
  defaultNS: 'app',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
});

function syncDocument(): void {
  document.documentElement.lang = i18n.language;
  document.title = i18n.t('app.title');
}

i18n.on('languageChanged', syncDocument);
syncDocument();

export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return matchLanguage(i18n.language);
}
