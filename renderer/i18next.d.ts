// Types the renderer's translation keys from the English catalogs, so a misspelt key fails the type check.
import type enApp from '../common/i18n/locales/en/app.json';
import type enCommunities from '../common/i18n/locales/en/communities.json';
import type enErrors from '../common/i18n/locales/en/errors.json';
import type enImport from '../common/i18n/locales/en/import.json';
import type enProjects from '../common/i18n/locales/en/projects.json';
import type enRoster from '../common/i18n/locales/en/roster.json';
import type enTaxonomy from '../common/i18n/locales/en/taxonomy.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof enApp;
      errors: typeof enErrors;
      roster: typeof enRoster;
      import: typeof enImport;
      taxonomy: typeof enTaxonomy;
      communities: typeof enCommunities;
      projects: typeof enProjects;
    };
  }
}
