// Types the renderer's translation keys from the English catalogs, so a misspelt key fails the type check.
import type enApp from '../common/i18n/locales/en/app.json';
import type enBundles from '../common/i18n/locales/en/bundles.json';
import type enCollaborations from '../common/i18n/locales/en/collaborations.json';
import type enCommunities from '../common/i18n/locales/en/communities.json';
import type enDashboard from '../common/i18n/locales/en/dashboard.json';
import type enErrors from '../common/i18n/locales/en/errors.json';
import type enGrants from '../common/i18n/locales/en/grants.json';
import type enReview from '../common/i18n/locales/en/review.json';
import type enInbox from '../common/i18n/locales/en/inbox.json';
import type enConsultations from '../common/i18n/locales/en/consultations.json';
import type enImport from '../common/i18n/locales/en/import.json';
import type enProjects from '../common/i18n/locales/en/projects.json';
import type enResources from '../common/i18n/locales/en/resources.json';
import type enRequests from '../common/i18n/locales/en/requests.json';
import type enRoster from '../common/i18n/locales/en/roster.json';
import type enTaxonomy from '../common/i18n/locales/en/taxonomy.json';
import type enTeam from '../common/i18n/locales/en/team.json';
import type enToday from '../common/i18n/locales/en/today.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof enApp;
      errors: typeof enErrors;
      grants: typeof enGrants;
      review: typeof enReview;
      inbox: typeof enInbox;
      consultations: typeof enConsultations;
      roster: typeof enRoster;
      import: typeof enImport;
      taxonomy: typeof enTaxonomy;
      communities: typeof enCommunities;
      projects: typeof enProjects;
      collaborations: typeof enCollaborations;
      today: typeof enToday;
      requests: typeof enRequests;
      dashboard: typeof enDashboard;
      resources: typeof enResources;
      team: typeof enTeam;
      bundles: typeof enBundles;
    };
  }
}
