// The composition root of the main process: services over one vault folder, and the contract's handlers over them.
import type { CreContract } from '../../common/contract/index.js';
import type { LockReason } from '../../common/contract/events.contract.js';
import { DEFAULT_KDF_TARGET_MS, FLOOR_KDF_PARAMS } from './crypto/kdf.js';
import { loadSodium } from './crypto/sodium.js';
import type { Handlers } from './ipc/router.js';
import type { Platform } from './platform.js';
import { createPreferencesService } from './preferences.service.js';
import { createRosterIo } from './roster/csv-handlers.js';
import { createRosterSearch } from './roster/roster-fast-search.js';
import { createCollaborationsService } from './communities/collaborations.service.js';
import { createCommunitiesService } from './communities/communities.service.js';
import { createProjectsService } from './communities/projects.service.js';
import { createTodayService } from './communities/today.service.js';
import { createDashboardService } from './dashboard/dashboard.service.js';
import { createRequestsService } from './communities/requests.service.js';
import { createMatchingService } from './matching/matching.service.js';
import { createSimilarService } from './similar/similar.service.js';
import { createResourcesService } from './resources/resources.service.js';
import { createRosterService } from './roster/roster.service.js';
import { createVaultClock } from './sync/vault-clock.js';
import { createSavedSearchesService } from './roster/saved-searches.service.js';
import { createTeamService } from './team/team.service.js';
import { createSampleVaultService, sampleHandlers } from './roster/sample-vault.js';
import { startAutoLock } from './vault/auto-lock.js';
import { createBundlesService } from './sync/bundles.service.js';
import { createVaultGate } from './vault/vault-gate.js';
import { createVaultService, type KdfChoice } from './vault/vault.service.js';

export interface CoreOptions {
  vaultDir: string;
  platform: Platform;
  /** How to choose Argon2id parameters for a new vault; default: calibrate to about one second. */
  kdf?: KdfChoice;
  /** The Electron-ABI build of the SQLCipher addon, when running inside Electron. */
  nativeBinding?: string | undefined;
}

export type Core = Awaited<ReturnType<typeof createCore>>;

/** `CRE_KDF_PROFILE=floor` picks the minimum parameters (64 MiB, 3 passes): for tests and very slow machines. */
export function kdfChoiceFromEnv(env: NodeJS.ProcessEnv = process.env): KdfChoice {
  return env['CRE_KDF_PROFILE'] === 'floor'
    ? { mode: 'fixed', params: FLOOR_KDF_PARAMS }
    : { mode: 'calibrate', targetMs: DEFAULT_KDF_TARGET_MS };
}

export async function createCore(options: CoreOptions) {
  const sodium = await loadSodium();
  const preferences = createPreferencesService(options.vaultDir, options.platform);
  const vault = createVaultService({
    sodium,
    vaultDir: options.vaultDir,
    platform: options.platform,
    kdf: options.kdf ?? kdfChoiceFromEnv(),
    nativeBinding: options.nativeBinding,
    language: preferences.language,
  });
  // While a bundle is written or read, its transaction spans awaits: every other service is told the vault is busy.
  const gate = createVaultGate();
  const openVault = () => {
    gate.check();
    return vault.openVault();
  };
  // The search index holds record data: patched after roster writes, dropped when the vault locks.
  const rosterSearch = createRosterSearch(openVault);
  vault.onLocked(() => rosterSearch.clear());
  // One clock for every writer of syncable records, so no two changes in the vault share an HLC.
  const clock = createVaultClock(options.platform.now);
  const roster = createRosterService({ openVault, platform: options.platform, clock });
  const savedSearches = createSavedSearchesService(() => openVault().db, options.platform.now);
  // The services that take the whole vault service see the same gate.
  const gatedVault = { ...vault, openVault };
  const sample = createSampleVaultService({ vault: gatedVault, platform: options.platform, search: rosterSearch, language: preferences.language });
  const communities = createCommunitiesService({ openVault, clock });
  const projects = createProjectsService({ openVault, clock });
  const requests = createRequestsService({ openVault, clock });
  const collaborations = createCollaborationsService({ openVault, clock });
  const matching = createMatchingService({ openVault, search: rosterSearch });
  const similar = createSimilarService({ openVault });
  const resources = createResourcesService({ openVault, clock, platform: options.platform, language: preferences.language });
  const team = createTeamService({ sodium, openVault, platform: options.platform, language: preferences.language });
  const today = createTodayService({ openVault, platform: options.platform });
  const dashboard = createDashboardService({ openVault, platform: options.platform, language: preferences.language });
  vault.onLocked(() => dashboard.clear());
  const rosterIo = createRosterIo({ vault: gatedVault, platform: options.platform, language: preferences.language, search: (...a) => rosterSearch.search(...a), clock });
  const bundles = createBundlesService({
    sodium,
    openVault: () => vault.openVault(),
    gate,
    clock,
    platform: options.platform,
    language: preferences.language,
    onImported: () => dashboard.clear(),
  });
  const stopAutoLock = startAutoLock({
    platform: options.platform,
    isUnlocked: vault.isUnlocked,
    idleMinutes: vault.getAutoLockMinutes,
    lock: (reason) => vault.lock(reason),
  });

  const handlers: Handlers<CreContract> = {
    vault: {
      status: () => vault.status(),
      create: ({ passphrase }) => vault.create(passphrase),
      unlock: ({ passphrase }) => (vault.unlock(passphrase), null),
      lock: () => (vault.lock('user'), null),
      changePassphrase: ({ currentPassphrase, newPassphrase }) => (vault.changePassphrase(currentPassphrase, newPassphrase), null),
      recover: ({ recoveryKey, newPassphrase }) => (vault.recover(recoveryKey, newPassphrase), null),
      info: () => vault.info(),
      verify: () => vault.verify(),
      auditTrail: ({ limit }) => vault.auditTrail(limit),
      getRecoveryKeyState: () => vault.getRecoveryKeyState(),
      markRecoveryKeyConfirmed: () => (vault.markRecoveryKeyConfirmed(), null),
      replaceRecoveryKey: ({ currentPassphrase }) => vault.replaceRecoveryKey(currentPassphrase),
      getAutoLock: () => ({ minutes: vault.getAutoLockMinutes() }),
      setAutoLock: ({ minutes }) => (vault.setAutoLockMinutes(minutes), null),
    },
    roster: {
      search: ({ query, offset, limit }) => rosterSearch.search(query, offset, limit),
      get: ({ id }) => roster.get(id),
      create: ({ collaborator }) => roster.create(collaborator),
      update: ({ id, collaborator, keepRiskNotes }) => (roster.update(id, collaborator, { keepRiskNotes }), null),
      delete: ({ id }) => (roster.delete(id), null),
      restore: ({ id }) => (roster.restore(id), null),
      listDeleted: ({ limit }) => roster.listDeleted(limit),
      revealContact: ({ id, contactId }) => roster.revealContact(id, contactId),
      revealRiskNotes: ({ id }) => roster.revealRiskNotes(id),
      findDuplicates: ({ name, countries, excludeId }) => roster.findDuplicates({ name, countries }, excludeId),
      merge: ({ keepId, mergeId, collaborator }) => (roster.merge(keepId, mergeId, collaborator), null),
      expertiseTags: ({ prefix, limit }) => rosterSearch.expertiseTags(prefix, limit),
    },
    rosterIo: rosterIo.handlers,
    sample: sampleHandlers(sample),
    communities: {
      list: (options) => communities.list(options),
      get: ({ id }) => communities.get(id),
      create: ({ community }) => communities.create(community),
      update: ({ id, community }) => (communities.update(id, community), null),
      delete: ({ id }) => (communities.delete(id), null),
      restore: ({ id }) => (communities.restore(id), null),
      revealContact: ({ id, contactId }) => communities.revealContact(id, contactId),
    },
    projects: {
      list: (options) => projects.list(options),
      get: ({ id }) => projects.get(id),
      create: ({ project }) => projects.create(project),
      update: ({ id, project }) => (projects.update(id, project), null),
      delete: ({ id }) => (projects.delete(id), null),
      restore: ({ id }) => (projects.restore(id), null),
    },
    struggles: {
      list: (by) => projects.struggles(by),
      link: ({ struggle }) => projects.linkStruggle(struggle),
      update: ({ id, struggle }) => (projects.updateStruggle(id, struggle), null),
      remove: ({ id }) => (projects.removeStruggle(id), null),
      restore: ({ id }) => (projects.restoreStruggle(id), null),
    },
    requests: {
      list: (options) => requests.list(options),
      get: ({ id }) => requests.get(id),
      create: ({ request }) => requests.create(request),
      update: ({ id, request }) => (requests.update(id, request), null),
      delete: ({ id }) => (requests.delete(id), null),
      restore: ({ id }) => (requests.restore(id), null),
    },
    collaborations: {
      list: (options) => collaborations.list(options),
      get: ({ id }) => collaborations.get(id),
      create: ({ collaboration }) => collaborations.create(collaboration),
      update: ({ id, collaboration }) => (collaborations.update(id, collaboration), null),
      move: ({ id, to }) => (collaborations.move(id, to), null),
      delete: ({ id }) => (collaborations.delete(id), null),
      restore: ({ id }) => (collaborations.restore(id), null),
      timeline: ({ id }) => collaborations.timeline(id),
      addActivity: ({ id, activity }) => collaborations.addActivity(id, activity),
      removeActivity: ({ activityId }) => (collaborations.removeActivity(activityId), null),
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
      update: ({ id, resource }) => (resources.update(id, resource), null),
      delete: ({ id }) => (resources.delete(id), null),
      restore: ({ id }) => (resources.restore(id), null),
      attach: ({ id, token }) => resources.attach(id, token),
      saveCopy: ({ attachmentId, token }) => resources.saveCopy(attachmentId, token),
      removeAttachment: ({ attachmentId }) => (resources.removeAttachment(attachmentId), null),
      restoreAttachment: ({ attachmentId }) => (resources.restoreAttachment(attachmentId), null),
    },
    bundles: {
      preview: ({ recipientIds, everything }) => bundles.preview({ recipientIds, everything }),
      export: ({ recipientIds, everything, token }) => bundles.export({ recipientIds, everything, token }),
      import: ({ token }) => bundles.import({ token }),
      history: ({ limit }) => bundles.history(limit),
      conflicts: ({ resolved, limit }) => bundles.conflicts(resolved, limit),
      resolveConflict: (input) => (bundles.resolveConflict(input), null),
    },
    team: {
      me: () => team.me(),
      updateMe: (profile) => (team.updateMe(profile), null),
      myCard: () => team.myCard(),
      saveMyCard: () => team.saveMyCard(),
      importCardText: ({ text }) => team.importCardText(text),
      importCardFile: () => team.importCardFile(),
      list: () => team.list(),
      safetyNumber: ({ memberId }) => team.safetyNumber(memberId),
      setVerified: ({ memberId, verified }) => (team.setVerified(memberId, verified), null),
      remove: ({ memberId }) => (team.remove(memberId), null),
    },
    today: {
      get: () => today.get(),
      setStalledDays: ({ days }) => (today.setStalledDays(days), null),
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
      rename: ({ id, name }) => (savedSearches.rename(id, name), null),
      delete: ({ id }) => (savedSearches.delete(id), null),
    },
    preferences: {
      get: () => preferences.get(),
      setLanguage: ({ language }) => (preferences.setLanguage(language), null),
    },
  };

  return {
    vault,
    roster,
    savedSearches,
    communities,
    projects,
    requests,
    collaborations,
    resources,
    team,
    bundles,
    dashboard,
    sample,
    preferences,
    handlers,
    onVaultLocked: (listener: (payload: { reason: LockReason }) => void) => vault.onLocked((reason) => listener({ reason })),
    onImportProgress: rosterIo.onImportProgress,
    onAttachmentProgress: resources.onProgress,
    onBundleProgress: bundles.onProgress,
    rosterIo,
    /** Locks (zeroing the key) and stops watching the platform; call on quit. */
    dispose(): void {
      stopAutoLock();
      vault.lock('shutdown');
    },
  };
}
