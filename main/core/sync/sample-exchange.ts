// The sample vault's team and bundle history, made for real: two fictional facilitators with their own key pairs, each
// in a throwaway in-memory vault, exchange cards and real bundles with the sample vault through the real team and
// bundle services, so the Team and Bundles screens (history, sequence numbers, cursors) show a consistent past.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isCreFailure } from '../../../common/contract/errors.js';
import type { Language } from '../../../common/languages.js';
import type { IdentityProfile } from '../../../common/team/team.schema.js';
import type { WritableDB } from '../../../db/handles.js';
import { closeScratchDatabase, openScratchDatabase } from '../../../db/scratch-database.js';
import { createCommunitiesService } from '../communities/communities.service.js';
import { createRequestsService } from '../communities/requests.service.js';
import type { CommunityInput } from '../../../common/community/community.schema.js';
import type { SupportRequestInput } from '../../../common/community/request.schema.js';
import type { Sodium } from '../crypto/sodium.js';
import type { Platform } from '../platform.js';
import { createIdentity } from '../team/identity.js';
import { createTeamService } from '../team/team.service.js';
import type { OpenVault } from '../vault/vault-access.js';
import { createBundlesService } from './bundles.service.js';
import { createVaultClock } from './vault-clock.js';

const DAY_MS = 86_400_000;

/** The sample vault's own profile: the secretariat of the network. */
export const SAMPLE_SECRETARIAT: IdentityProfile = { displayName: 'Sample secretariat', role: 'coordinator', region: 'global' };
/** Verified: the sample vault exchanged bundles with this facilitator. */
export const SAMPLE_AFRICA_FACILITATOR: IdentityProfile = { displayName: 'Talrin Quinembe (sample)', role: 'facilitator', region: 'africa' };
/** Not verified yet: a bundle from this facilitator was refused for that reason. */
export const SAMPLE_ASIA_FACILITATOR: IdentityProfile = { displayName: 'Mirlio Xanarath (sample)', role: 'facilitator', region: 'asia' };

/** What the Africa facilitator registers in their own vault and sends to the secretariat. */
const SAMPLE_AFRICA_COMMUNITY: CommunityInput = {
  name: 'Mabwe river fishing camps (sample)',
  country: 'MZ',
  area: 'Lower Mabwe river',
  languages: ['pt', 'sw'],
  sharing: 'regional',
  notes: 'Registered by the Africa facilitator after a visit (sample).',
};
const SAMPLE_AFRICA_REQUEST: Omit<SupportRequestInput, 'communityId' | 'deadline'> = {
  struggleId: null,
  strategyAreas: ['technical_analysis', 'community_organizing'],
  level: 'local',
  languages: ['pt'],
  urgency: 'medium',
  description: 'Water testing downstream of a planned sugar estate, and training for the camps’ monitors (sample).',
  status: 'new',
};

export interface SampleExchangeDeps {
  sodium: Sodium;
  /** The sample vault, through its gate; `exclusive` as the bundle service needs it. */
  openVault: () => OpenVault;
  exclusive: <T>(job: (vault: OpenVault) => Promise<T>) => Promise<T>;
  /** A folder for the bundle files while they travel; the exchange removes what it writes there. */
  workDir: string;
  language: () => Language;
  /** The real time of creation; every step is dated some days before it. */
  now: number;
  nativeBinding?: string | undefined;
}

export interface SampleExchangeCounts {
  members: number;
  verified: number;
  sent: number;
  received: number;
  refused: number;
}

type SimulatedPlatform = Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;

/** No dialog opens while the sample is made: every file is named here. */
const noDialogs = { chooseOpenFile: () => Promise.resolve(null), chooseSaveFile: () => Promise.resolve(null) };

/** A fictional team member's vault: in memory only, with the real services over it. */
function scratchVault(deps: SampleExchangeDeps, platform: SimulatedPlatform, profile: IdentityProfile) {
  const vaultId = randomUUID();
  const at = new Date(platform.now()).toISOString();
  const db: WritableDB = openScratchDatabase(vaultId, at, deps.nativeBinding);
  createIdentity(deps.sodium, db, vaultId, at);
  const open = (): OpenVault => ({ db, vaultId });
  const clock = createVaultClock(platform.now);
  const team = createTeamService({ sodium: deps.sodium, openVault: open, platform, language: deps.language });
  team.updateMe(profile);
  return {
    vaultId,
    team,
    bundles: createBundlesService({ sodium: deps.sodium, openVault: open, exclusive: (job) => job(open()), clock, platform, language: deps.language }),
    communities: createCommunitiesService({ openVault: open, clock }),
    requests: createRequestsService({ openVault: open, clock }),
    close: () => closeScratchDatabase(db),
  };
}

/**
 * Gives the sample vault its profile and two team members, then a bundle history: a bundle from the verified Africa
 * facilitator imported, the region's records sent back to them, and a bundle from the unverified Asia facilitator
 * refused. Every step is the real one, dated on a clock set back some days like the sample network's.
 */
export async function writeSampleExchange(deps: SampleExchangeDeps): Promise<SampleExchangeCounts> {
  let simulated = deps.now;
  const setDay = (daysAgo: number) => {
    simulated = deps.now - daysAgo * DAY_MS;
  };
  const isoDay = (daysAgo: number) => new Date(deps.now - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const platform: SimulatedPlatform = { now: () => simulated, ...noDialogs };
  const team = createTeamService({ sodium: deps.sodium, openVault: deps.openVault, platform, language: deps.language });
  const bundles = createBundlesService({
    sodium: deps.sodium,
    openVault: deps.openVault,
    exclusive: deps.exclusive,
    clock: createVaultClock(platform.now),
    platform,
    language: deps.language,
  });
  const token = randomUUID();
  let refused = 0;
  const scratch: { close: () => void }[] = [];
  const folder = mkdtempSync(join(deps.workDir, '.sample-bundles-'));
  const file = (name: string) => join(folder, `${name}.crebundle`);
  try {
    setDay(75);
    team.updateMe(SAMPLE_SECRETARIAT);
    const { text: secretariatCard } = await team.myCard();
    const africa = scratchVault(deps, platform, SAMPLE_AFRICA_FACILITATOR);
    scratch.push(africa);
    const asia = scratchVault(deps, platform, SAMPLE_ASIA_FACILITATOR);
    scratch.push(asia);

    // Cards exchanged with the Africa facilitator, and the safety number compared on a call.
    setDay(70);
    const africaMember = team.importCardText((await africa.team.myCard()).text).member;
    const secretariatForAfrica = africa.team.importCardText(secretariatCard).member;
    setDay(68);
    team.setVerified(africaMember.id, true);
    africa.team.setVerified(secretariatForAfrica.id, true);

    // The facilitator registers a community of their region and its request, and sends them to the secretariat; the
    // secretariat imports them, then sends the region's records (theirs among them, as a real export does).
    setDay(24);
    const { id: communityId } = africa.communities.create(SAMPLE_AFRICA_COMMUNITY);
    africa.requests.create({ ...SAMPLE_AFRICA_REQUEST, communityId, deadline: isoDay(-30) });
    setDay(23);
    await africa.bundles.exportTo(file('from-africa'), { recipientIds: [secretariatForAfrica.id], everything: false }, token);
    setDay(22);
    await bundles.importFrom(file('from-africa'), token);
    setDay(21);
    await bundles.exportTo(file('to-africa'), { recipientIds: [africaMember.id], everything: false }, token);

    // The Asia facilitator's card arrived, but the safety number was not compared yet: their first bundle is refused.
    setDay(6);
    team.importCardText((await asia.team.myCard()).text);
    const secretariatForAsia = asia.team.importCardText(secretariatCard).member;
    asia.team.setVerified(secretariatForAsia.id, true);
    setDay(3);
    asia.communities.create({ name: 'Krong Pa upland villages (sample)', country: 'KH', area: 'Krong Pa hills', languages: ['km'], sharing: 'regional', notes: '' });
    await asia.bundles.exportTo(file('from-asia'), { recipientIds: [secretariatForAsia.id], everything: false }, token);
    setDay(2);
    try {
      await bundles.importFrom(file('from-asia'), token);
    } catch (error) {
      if (!isCreFailure(error) || error.code !== 'unverified_sender') throw error;
      refused += 1;
    }
  } finally {
    for (const vault of scratch) vault.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return { members: 2, verified: 1, sent: 1, received: 1, refused };
}
