// The translation catalogs, one per language and namespace, shared by the renderer and the CLI.
import type { Language } from '../languages.js';
import enApp from './locales/en/app.json' with { type: 'json' };
import enCli from './locales/en/cli.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import enTaxonomy from './locales/en/taxonomy.json' with { type: 'json' };
import enImport from './locales/en/import.json' with { type: 'json' };
import enRoster from './locales/en/roster.json' with { type: 'json' };
import enCommunities from './locales/en/communities.json' with { type: 'json' };
import enProjects from './locales/en/projects.json' with { type: 'json' };
import enRequests from './locales/en/requests.json' with { type: 'json' };
import enCollaborations from './locales/en/collaborations.json' with { type: 'json' };
import enToday from './locales/en/today.json' with { type: 'json' };
import enDashboard from './locales/en/dashboard.json' with { type: 'json' };
import enResources from './locales/en/resources.json' with { type: 'json' };
import enTeam from './locales/en/team.json' with { type: 'json' };
import enBundles from './locales/en/bundles.json' with { type: 'json' };
import enGrants from './locales/en/grants.json' with { type: 'json' };
import enReview from './locales/en/review.json' with { type: 'json' };
import enInbox from './locales/en/inbox.json' with { type: 'json' };
import enConsultations from './locales/en/consultations.json' with { type: 'json' };
import esApp from './locales/es/app.json' with { type: 'json' };
import esCli from './locales/es/cli.json' with { type: 'json' };
import esErrors from './locales/es/errors.json' with { type: 'json' };
import esTaxonomy from './locales/es/taxonomy.json' with { type: 'json' };
import esImport from './locales/es/import.json' with { type: 'json' };
import esRoster from './locales/es/roster.json' with { type: 'json' };
import esCommunities from './locales/es/communities.json' with { type: 'json' };
import esProjects from './locales/es/projects.json' with { type: 'json' };
import esRequests from './locales/es/requests.json' with { type: 'json' };
import esCollaborations from './locales/es/collaborations.json' with { type: 'json' };
import esToday from './locales/es/today.json' with { type: 'json' };
import esDashboard from './locales/es/dashboard.json' with { type: 'json' };
import esResources from './locales/es/resources.json' with { type: 'json' };
import esTeam from './locales/es/team.json' with { type: 'json' };
import esBundles from './locales/es/bundles.json' with { type: 'json' };
import esGrants from './locales/es/grants.json' with { type: 'json' };
import esReview from './locales/es/review.json' with { type: 'json' };
import esInbox from './locales/es/inbox.json' with { type: 'json' };
import esConsultations from './locales/es/consultations.json' with { type: 'json' };
import frApp from './locales/fr/app.json' with { type: 'json' };
import frCli from './locales/fr/cli.json' with { type: 'json' };
import frErrors from './locales/fr/errors.json' with { type: 'json' };
import frTaxonomy from './locales/fr/taxonomy.json' with { type: 'json' };
import frImport from './locales/fr/import.json' with { type: 'json' };
import frRoster from './locales/fr/roster.json' with { type: 'json' };
import frCommunities from './locales/fr/communities.json' with { type: 'json' };
import frProjects from './locales/fr/projects.json' with { type: 'json' };
import frRequests from './locales/fr/requests.json' with { type: 'json' };
import frCollaborations from './locales/fr/collaborations.json' with { type: 'json' };
import frToday from './locales/fr/today.json' with { type: 'json' };
import frDashboard from './locales/fr/dashboard.json' with { type: 'json' };
import frResources from './locales/fr/resources.json' with { type: 'json' };
import frTeam from './locales/fr/team.json' with { type: 'json' };
import frBundles from './locales/fr/bundles.json' with { type: 'json' };
import frGrants from './locales/fr/grants.json' with { type: 'json' };
import frReview from './locales/fr/review.json' with { type: 'json' };
import frInbox from './locales/fr/inbox.json' with { type: 'json' };
import frConsultations from './locales/fr/consultations.json' with { type: 'json' };
import ptApp from './locales/pt/app.json' with { type: 'json' };
import ptCli from './locales/pt/cli.json' with { type: 'json' };
import ptErrors from './locales/pt/errors.json' with { type: 'json' };
import ptTaxonomy from './locales/pt/taxonomy.json' with { type: 'json' };
import ptImport from './locales/pt/import.json' with { type: 'json' };
import ptRoster from './locales/pt/roster.json' with { type: 'json' };
import ptCommunities from './locales/pt/communities.json' with { type: 'json' };
import ptProjects from './locales/pt/projects.json' with { type: 'json' };
import ptRequests from './locales/pt/requests.json' with { type: 'json' };
import ptCollaborations from './locales/pt/collaborations.json' with { type: 'json' };
import ptToday from './locales/pt/today.json' with { type: 'json' };
import ptDashboard from './locales/pt/dashboard.json' with { type: 'json' };
import ptResources from './locales/pt/resources.json' with { type: 'json' };
import ptTeam from './locales/pt/team.json' with { type: 'json' };
import ptBundles from './locales/pt/bundles.json' with { type: 'json' };
import ptGrants from './locales/pt/grants.json' with { type: 'json' };
import ptReview from './locales/pt/review.json' with { type: 'json' };
import ptInbox from './locales/pt/inbox.json' with { type: 'json' };
import ptConsultations from './locales/pt/consultations.json' with { type: 'json' };

export const NAMESPACES = ['app', 'errors', 'cli', 'roster', 'import', 'taxonomy', 'communities', 'projects', 'requests', 'collaborations', 'today', 'dashboard', 'resources', 'team', 'bundles', 'grants', 'review', 'inbox', 'consultations'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const CATALOG: Readonly<Record<Language, Readonly<Record<Namespace, object>>>> = {
  en: { app: enApp, errors: enErrors, cli: enCli, roster: enRoster, import: enImport, taxonomy: enTaxonomy, communities: enCommunities, projects: enProjects, requests: enRequests, collaborations: enCollaborations, today: enToday, dashboard: enDashboard, resources: enResources, team: enTeam, bundles: enBundles, grants: enGrants, review: enReview, inbox: enInbox, consultations: enConsultations },
  es: { app: esApp, errors: esErrors, cli: esCli, roster: esRoster, import: esImport, taxonomy: esTaxonomy, communities: esCommunities, projects: esProjects, requests: esRequests, collaborations: esCollaborations, today: esToday, dashboard: esDashboard, resources: esResources, team: esTeam, bundles: esBundles, grants: esGrants, review: esReview, inbox: esInbox, consultations: esConsultations },
  fr: { app: frApp, errors: frErrors, cli: frCli, roster: frRoster, import: frImport, taxonomy: frTaxonomy, communities: frCommunities, projects: frProjects, requests: frRequests, collaborations: frCollaborations, today: frToday, dashboard: frDashboard, resources: frResources, team: frTeam, bundles: frBundles, grants: frGrants, review: frReview, inbox: frInbox, consultations: frConsultations },
  pt: { app: ptApp, errors: ptErrors, cli: ptCli, roster: ptRoster, import: ptImport, taxonomy: ptTaxonomy, communities: ptCommunities, projects: ptProjects, requests: ptRequests, collaborations: ptCollaborations, today: ptToday, dashboard: ptDashboard, resources: ptResources, team: ptTeam, bundles: ptBundles, grants: ptGrants, review: ptReview, inbox: ptInbox, consultations: ptConsultations },
};
