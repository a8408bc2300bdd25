// Every contract method's handler, built from the services in one style: a plain call, or `done(…)` for the methods whose
// contract answers null. The Handlers type makes a missing or extra method, or a wrong input or output, a compile error.
import type { CreContract } from '../../common/contract/index.js';
import { done, type Handlers } from './ipc/router.js';
import type { CollaborationsService } from './communities/collaborations.service.js';
import type { CommunitiesService } from './communities/communities.service.js';
import type { ProjectsService } from './communities/projects.service.js';
import type { RequestsService } from './communities/requests.service.js';
import type { createTodayService } from './communities/today.service.js';
import type { DashboardService } from './dashboard/dashboard.service.js';
import { createConsultationsHandlers, type ConsultationsService } from './consultations/consultations-handlers.js';
import { createGrantsHandlers } from './grants/grants-handlers.js';
import type { GrantsServices } from './grants/grants-services.js';
import type { createMatchingService } from './matching/matching.service.js';
import type { PreferencesService } from './preferences.service.js';
import type { ResourcesService } from './resources/resources.service.js';
import { createReviewHandlers } from './review/review-handlers.js';
import type { ReviewInboxService, ReviewPacketsService } from './review/review-services.js';
import type { createRosterIo } from './roster/csv-handlers.js';
import type { RosterSearch } from './roster/roster-fast-search.js';
import type { RosterService } from './roster/roster.service.js';
import { sampleHandlers, type SampleVaultService } from './roster/sample-vault.js';
import type { createSavedSearchesService } from './roster/saved-searches.service.js';
import type { createSimilarService } from './similar/similar.service.js';
import type { BundlesService } from './sync/bundles.service.js';
import type { TeamService } from './team/team.service.js';
import type { VaultService } from './vault/vault.service.js';

/** The services the handlers call: what the composition root (create-core.ts) builds. */
export interface CoreServices extends GrantsServices {
  vault: VaultService;
  roster: RosterService;
  rosterSearch: RosterSearch;
  rosterIo: ReturnType<typeof createRosterIo>;
  sample: SampleVaultService;
  communities: CommunitiesService;
  projects: ProjectsService;
  requests: RequestsService;
  collaborations: CollaborationsService;
  matching: ReturnType<typeof createMatchingService>;
  similar: ReturnType<typeof createSimilarService>;
  resources: ResourcesService;
  bundles: BundlesService;
  team: TeamService;
  today: ReturnType<typeof createTodayService>;
  dashboard: DashboardService;
  savedSearches: ReturnType<typeof createSavedSearchesService>;
  preferences: PreferencesService;
  reviewPackets: ReviewPacketsService;
  reviewInbox: ReviewInboxService;
  consultations: ConsultationsService;
}

export function createCoreHandlers(services: CoreServices): Handlers<CreContract> {
  const { vault, roster, rosterSearch, rosterIo, sample, communities, projects, requests, collaborations, matching, similar, resources, bundles, team, today, dashboard, savedSearches, preferences } = services;
  return {
    ...createGrantsHandlers(services),
    ...createReviewHandlers(services.reviewPackets, services.reviewInbox),
    ...createConsultationsHandlers(services.consultations),
    vault: {
      status: () => vault.status(),
      create: ({ passphrase, reviewer }) => vault.create(passphrase, { reviewer }),
      unlock: done(({ passphrase }) => vault.unlock(passphrase)),
      lock: done(() => vault.lock('user')),
      changePassphrase: done(({ currentPassphrase, newPassphrase }) => vault.changePassphrase(currentPassphrase, newPassphrase)),
      recover: done(({ recoveryKey, newPassphrase }) => vault.recover(recoveryKey, newPassphrase)),
      info: () => vault.info(),
      verify: () => vault.verify(),
      auditTrail: ({ limit }) => vault.auditTrail(limit),
      getRecoveryKeyState: () => vault.getRecoveryKeyState(),
      markRecoveryKeyConfirmed: done(() => vault.markRecoveryKeyConfirmed()),
      replaceRecoveryKey: ({ currentPassphrase }) => vault.replaceRecoveryKey(currentPassphrase),
      getAutoLock: () => ({ minutes: vault.getAutoLockMinutes() }),
      setAutoLock: done(({ minutes }) => vault.setAutoLockMinutes(minutes)),
    },
    roster: {
      search: ({ query, offset, limit }) => rosterSearch.search(query, offset, limit),
      get: ({ id }) => roster.get(id),
      create: ({ collaborator }) => roster.create(collaborator),
      update: done(({ id, collaborator, keepRiskNotes }) => roster.update(id, collaborator, { keepRiskNotes })),
      delete: done(({ id }) => roster.delete(id)),
      restore: done(({ id }) => roster.restore(id)),
      listDeleted: ({ limit }) => roster.listDeleted(limit),
      revealContact: ({ id, contactId }) => roster.revealContact(id, contactId),
      revealRiskNotes: ({ id }) => roster.revealRiskNotes(id),
      findDuplicates: ({ name, countries, excludeId }) => roster.findDuplicates({ name, countries }, excludeId),
      merge: done(({ keepId, mergeId, collaborator }) => roster.merge(keepId, mergeId, collaborator)),
      expertiseTags: ({ prefix, limit }) => rosterSearch.expertiseTags(prefix, limit),
    },
    rosterIo: rosterIo.handlers,
    sample: sampleHandlers(sample),
    communities: {
      list: (options) => communities.list(options),
      get: ({ id }) => communities.get(id),
      create: ({ community }) => communities.create(community),
      update: done(({ id, community }) => communities.update(id, community)),
      delete: done(({ id }) => communities.delete(id)),
      restore: done(({ id }) => communities.restore(id)),
      revealContact: ({ id, contactId }) => communities.revealContact(id, contactId),
    },
    projects: {
      list: (options) => projects.list(options),
      get: ({ id }) => projects.get(id),
      create: ({ project }) => projects.create(project),
      update: done(({ id, project }) => projects.update(id, project)),
      delete: done(({ id }) => projects.delete(id)),
      restore: done(({ id }) => projects.restore(id)),
    },
    struggles: {
      list: (by) => projects.struggles(by),
      link: ({ struggle }) => projects.linkStruggle(struggle),
      update: done(({ id, struggle }) => projects.updateStruggle(id, struggle)),
      remove: done(({ id }) => projects.removeStruggle(id)),
      restore: done(({ id }) => projects.restoreStruggle(id)),
    },
    requests: {
      list: (options) => requests.list(options),
      get: ({ id }) => requests.get(id),
      create: ({ request }) => requests.create(request),
      update: done(({ id, request }) => requests.update(id, request)),
      delete: done(({ id }) => requests.delete(id)),
      restore: done(({ id }) => requests.restore(id)),
    },
    collaborations: {
      list: (options) => collaborations.list(options),
      get: ({ id }) => collaborations.get(id),
      create: ({ collaboration }) => collaborations.create(collaboration),
      update: done(({ id, collaboration }) => collaborations.update(id, collaboration)),
      move: done(({ id, to }) => collaborations.move(id, to)),
      delete: done(({ id }) => collaborations.delete(id)),
      restore: done(({ id }) => collaborations.restore(id)),
      timeline: ({ id }) => collaborations.timeline(id),
      addActivity: ({ id, activity }) => collaborations.addActivity(id, activity),
      removeActivity: done(({ activityId }) => collaborations.removeActivity(activityId)),
    },
    matching: {
      forRequest: ({ requestId, limit }) => matching.forRequest(requestId, limit),
    },
    similar: {
      forCommunity: ({ communityId, limit }) => similar.forCommunity(communityId, limit),
      forStruggle: ({ struggleId, limit }) => similar.forStruggle(struggleId, limit),
    },
    resources: {
      list: (options) => resources.list(options),
      get: ({ id }) => resources.get(id),
      create: ({ resource }) => resources.create(resource),
      update: done(({ id, resource }) => resources.update(id, resource)),
      delete: done(({ id }) => resources.delete(id)),
      restore: done(({ id }) => resources.restore(id)),
      attach: ({ id, token }) => resources.attach(id, token),
      saveCopy: ({ attachmentId, token }) => resources.saveCopy(attachmentId, token),
      removeAttachment: done(({ attachmentId }) => resources.removeAttachment(attachmentId)),
      restoreAttachment: done(({ attachmentId }) => resources.restoreAttachment(attachmentId)),
    },
    bundles: {
      preview: ({ recipientIds, everything, collaborationId }) => bundles.preview({ recipientIds, everything, collaborationId }),
      export: ({ recipientIds, everything, collaborationId, token }) => bundles.export({ recipientIds, everything, collaborationId, token }),
      import: ({ token }) => bundles.import({ token }),
      history: ({ limit }) => bundles.history(limit),
      delivery: () => bundles.delivery(),
      setAcknowledgementDays: done(({ days }) => bundles.setAcknowledgementDays(days)),
      conflicts: ({ resolved, limit }) => bundles.conflicts(resolved, limit),
      resolveConflict: done((input) => bundles.resolveConflict(input)),
    },
    team: {
      me: () => team.me(),
      updateMe: done((profile) => team.updateMe(profile)),
      myCard: () => team.myCard(),
      saveMyCard: () => team.saveMyCard(),
      importCardText: ({ text }) => team.importCardText(text),
      importCardFile: () => team.importCardFile(),
      list: () => team.list(),
      safetyNumber: ({ memberId }) => team.safetyNumber(memberId),
      setVerified: done(({ memberId, verified }) => team.setVerified(memberId, verified)),
      remove: done(({ memberId }) => team.remove(memberId)),
    },
    today: {
      get: () => today.get(),
      setStalledDays: done(({ days }) => today.setStalledDays(days)),
    },
    dashboard: {
      get: ({ range }) => dashboard.get(range),
      drill: ({ range, figure, offset, limit }) => dashboard.drill(range, figure, { offset, limit }),
      exportCsv: ({ range }) => dashboard.exportCsv(range),
      printReport: ({ range }) => dashboard.printReport(range),
    },
    savedSearches: {
      list: () => savedSearches.list(),
      save: ({ name, query }) => savedSearches.save(name, query),
      rename: done(({ id, name }) => savedSearches.rename(id, name)),
      delete: done(({ id }) => savedSearches.delete(id)),
    },
    preferences: {
      get: () => preferences.get(),
      setLanguage: done(({ language }) => preferences.setLanguage(language)),
    },
  };
}
