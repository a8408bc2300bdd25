// The one declaration of the renderer↔main API: the main router and window.cre are both built from it.
import { bundlesContract } from './bundles.contract.js';
import { collaborationsContract, matchingContract, todayContract } from './collaborations.contract.js';
import { consultationsContract } from './consultations.contract.js';
import { communitiesContract, projectsContract, requestsContract, strugglesContract } from './communities.contract.js';
import { dashboardContract } from './dashboard.contract.js';
import {
  grantApplicationsContract,
  grantAwardsContract,
  grantCallsContract,
  grantDashboardContract,
  grantMeetingsContract,
  grantReviewsContract,
} from './grants.contract.js';
import { preferencesContract } from './preferences.contract.js';
import { reviewInboxContract, reviewPacketsContract } from './review.contract.js';
import { resourcesContract } from './resources.contract.js';
import { rosterContract } from './roster.contract.js';
import { rosterIoContract } from './roster-io.contract.js';
import { sampleContract } from './sample.contract.js';
import { savedSearchesContract } from './saved-searches.contract.js';
import { similarContract } from './similar.contract.js';
import { teamContract } from './team.contract.js';
import { vaultContract } from './vault.contract.js';

export const creContract = {
  vault: vaultContract,
  preferences: preferencesContract,
  roster: rosterContract,
  rosterIo: rosterIoContract,
  sample: sampleContract,
  savedSearches: savedSearchesContract,
  communities: communitiesContract,
  projects: projectsContract,
  struggles: strugglesContract,
  requests: requestsContract,
  collaborations: collaborationsContract,
  matching: matchingContract,
  today: todayContract,
  dashboard: dashboardContract,
  resources: resourcesContract,
  similar: similarContract,
  team: teamContract,
  bundles: bundlesContract,
  grantCalls: grantCallsContract,
  grantApplications: grantApplicationsContract,
  grantReviews: grantReviewsContract,
  grantMeetings: grantMeetingsContract,
  grantAwards: grantAwardsContract,
  grantDashboard: grantDashboardContract,
  reviewPackets: reviewPacketsContract,
  reviewInbox: reviewInboxContract,
  consultations: consultationsContract,
} as const;
export type CreContract = typeof creContract;

export * from './bundles.contract.js';
export * from './collaborations.contract.js';
export * from './communities.contract.js';
export * from './dashboard.contract.js';
export * from './define.js';
export * from './errors.js';
export * from './events.contract.js';
export * from './grants.contract.js';
export * from './consultations.contract.js';
export * from './review.contract.js';
export * from './preferences.contract.js';
export * from './resources.contract.js';
export * from './roster.contract.js';
export * from './saved-searches.contract.js';
export * from './team.contract.js';
export * from './vault.contract.js';
