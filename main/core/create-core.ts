// The composition root of the main process: services over one vault folder, and the contract's handlers over them.
import type { LockReason } from '../../common/contract/events.contract.js';
import { DEFAULT_KDF_TARGET_MS, FLOOR_KDF_PARAMS } from './crypto/kdf.js';
import { loadSodium } from './crypto/sodium.js';
import { createCoreHandlers } from './core-handlers.js';
import type { Platform } from './platform.js';
import { createPreferencesService } from './preferences.service.js';
import { createRosterIo } from './roster/csv-handlers.js';
import { createRosterSearch } from './roster/roster-fast-search.js';
import { createCollaborationsService } from './communities/collaborations.service.js';
import { createCommunitiesService } from './communities/communities.service.js';
import { createProjectsService } from './communities/projects.service.js';
import { createTodayService } from './communities/today.service.js';
import { createDashboardService } from './dashboard/dashboard.service.js';
import { createGrantsServices } from './grants/create-grants.js';
import { createConsultationsService } from './consultations/consultations.service.js';
import { createReviewInboxService } from './review/inbox.service.js';
import { createReviewPacketsService } from './review/packets.service.js';
import type { BundleProgress } from '../../common/bundles/bundle-views.schema.js';
import { createRequestsService } from './communities/requests.service.js';
import { createMatchingService } from './matching/matching.service.js';
import { createSimilarService } from './similar/similar.service.js';
import { createResourcesService } from './resources/resources.service.js';
import { createRosterService } from './roster/roster.service.js';
import { createVaultClock } from './sync/vault-clock.js';
import { createSavedSearchesService } from './roster/saved-searches.service.js';
import { createTeamService } from './team/team.service.js';
import { createSampleVaultService } from './roster/sample-vault.js';
import { startAutoLock } from './vault/auto-lock.js';
import { createBundlesService } from './sync/bundles.service.js';
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
  // Every service reaches the vault through the vault service's gate (vault-access.ts): `busy` during a long job.
  const openVault = vault.openVault;
  // The search index holds record data: patched after roster writes, dropped when the vault locks.
  const rosterSearch = createRosterSearch(openVault);
  vault.onLocked(() => rosterSearch.clear());
  // One clock for every writer of syncable records, so no two changes in the vault share an HLC.
  const clock = createVaultClock(options.platform.now);
  const roster = createRosterService({ openVault, platform: options.platform, clock });
  const savedSearches = createSavedSearchesService(() => openVault().db, options.platform.now);
  const sample = createSampleVaultService({
    sodium,
    vault,
    platform: options.platform,
    search: rosterSearch,
    language: preferences.language,
    nativeBinding: options.nativeBinding,
  });
  const communities = createCommunitiesService({ openVault, clock });
  const projects = createProjectsService({ openVault, clock });
  const requests = createRequestsService({ openVault, clock });
  const collaborations = createCollaborationsService({ openVault, clock });
  const matching = createMatchingService({ openVault, search: rosterSearch });
  const similar = createSimilarService({ openVault });
  const resources = createResourcesService({ openVault, exclusive: vault.exclusive, clock, platform: options.platform, language: preferences.language });
  const team = createTeamService({ sodium, openVault, platform: options.platform, language: preferences.language });
  const today = createTodayService({ openVault, platform: options.platform });
  const dashboard = createDashboardService({ openVault, platform: options.platform, language: preferences.language });
  vault.onLocked(() => dashboard.clear());
  const grants = createGrantsServices({ openVault, clock, platform: options.platform, language: preferences.language });
  const rosterIo = createRosterIo({ vault, platform: options.platform, language: preferences.language, search: (...a) => rosterSearch.search(...a), clock });
  const bundles = createBundlesService({
    sodium,
    openVault,
    exclusive: vault.exclusive,
    clock,
    platform: options.platform,
    language: preferences.language,
    onImported: () => dashboard.clear(),
  });
  // Review packets and returns report their progress as bundleProgress events too, named by their caller's token.
  const reviewProgress = new Set<(progress: BundleProgress) => void>();
  const reviewDeps = {
    sodium,
    openVault,
    exclusive: vault.exclusive,
    clock,
    platform: options.platform,
    language: preferences.language,
    progress: (progress: BundleProgress) => {
      for (const listener of [...reviewProgress]) listener(progress);
    },
    onReturnImported: () => dashboard.clear(),
  };
  const reviewPackets = createReviewPacketsService(reviewDeps);
  const reviewInbox = createReviewInboxService(reviewDeps);
  // A reviewer's vault purges expired packets as soon as it opens, before any screen asks.
  vault.onOpened(() => {
    reviewInbox.purgeExpired();
  });
  const consultations = createConsultationsService({ openVault, clock, platform: options.platform });
  const onBundleProgress = (listener: (progress: BundleProgress) => void): (() => void) => {
    reviewProgress.add(listener);
    const stopBundles = bundles.onProgress(listener);
    return () => {
      reviewProgress.delete(listener);
      stopBundles();
    };
  };
  const stopAutoLock = startAutoLock({
    platform: options.platform,
    isUnlocked: vault.isUnlocked,
    idleMinutes: vault.getAutoLockMinutes,
    lock: (reason) => vault.lock(reason),
  });

  const handlers = createCoreHandlers({ vault, roster, rosterSearch, rosterIo, sample, communities, projects, requests, collaborations, matching, similar, resources, bundles, team, today, dashboard, savedSearches, preferences, reviewPackets, reviewInbox, consultations, ...grants });

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
    grants,
    reviewPackets,
    reviewInbox,
    consultations,
    handlers,
    onVaultLocked: (listener: (payload: { reason: LockReason }) => void) => vault.onLocked((reason) => listener({ reason })),
    onImportProgress: rosterIo.onImportProgress,
    onAttachmentProgress: resources.onProgress,
    onBundleProgress,
    rosterIo,
    /** Locks (zeroing the key) and stops watching the platform; call on quit. */
    dispose(): void {
      stopAutoLock();
      vault.lock('shutdown');
    },
  };
}
