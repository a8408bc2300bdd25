// The sample vault's consultation rounds: four rounds of the last months, one per channel, written through the real
// consultations service on a clock set back to each round's last day, with sensitive quotes and overdue actions.
import type { ConsultationChannel, ConsultationFields } from '../../../common/consultations/consultation.schema.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import type { Region, SharingLevel } from '../../../common/roster/taxonomy.js';
import { iterateLiveCollaboratorNames } from '../../../db/collaborators.repo.js';
import { listCommunities } from '../../../db/communities.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { listTeamMembers, readIdentity } from '../../../db/team.repo.js';
import { SAMPLE_COMMUNITIES } from '../communities/sample-network-data.js';
import { createVaultClock } from '../sync/vault-clock.js';
import { createConsultationsService } from './consultations.service.js';

const DAY_MS = 86_400_000;

export interface SampleConsultationsDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  /** The real time of creation; every day of the rounds counts back from it. */
  now: number;
}

export interface SampleConsultationsCounts {
  consultations: number;
  feedback: number;
  sensitiveQuotes: number;
  actions: number;
  overdueActions: number;
}

/** Who owns an action: the secretariat, or the facilitator of a region (by the sample team's display names). */
type SampleOwner = 'secretariat' | 'africa' | 'asia';

interface SampleRound {
  topic: string;
  channel: ConsultationChannel;
  region: Region;
  sharing: SharingLevel;
  /** Days before creation: its first and last day. */
  startsDaysAgo: number;
  endsDaysAgo: number | null;
  /** Keys of the sample network's communities. */
  communities: string[];
  /** How many of the roster's collaborators of the round's region (any region for a global one) took part. */
  collaborators: number;
  otherParticipants: string;
  feedback: { theme: string; text: string; quote?: string; sensitive?: boolean }[];
  /** Due and done days count back from creation (negative: still ahead). */
  actions: { text: string; owner: SampleOwner; dueDaysAgo: number | null; doneDaysAgo: number | null }[];
  notes: string;
}

export const SAMPLE_ROUNDS: readonly SampleRound[] = [
  {
    topic: 'Annual listening round: what the exchange changed for communities in Latin America (sample)',
    channel: 'meeting',
    region: 'latin_america',
    sharing: 'regional',
    startsDaysAgo: 121,
    endsDaysAgo: 119,
    communities: ['yurumi', 'huaylla', 'sanisidro', 'jacare'],
    collaborators: 2,
    otherParticipants: 'Two interpreters (Spanish–Quechua) and a regional women’s network (sample).',
    feedback: [
      { theme: 'Access to grants', text: 'Application forms in Spanish only leave out Quechua-speaking elders; a voice note should be enough.', quote: 'We speak our plans better than we write them.' },
      { theme: 'Security', text: 'Leaders want to know who sees their names before any record is shared.', quote: 'Sample sensitive quote: a named leader describing threats after the assembly.', sensitive: true },
      { theme: 'Language', text: 'Written reports should be accepted in Portuguese and Spanish, not only English.' },
    ],
    actions: [
      { text: 'Accept voice notes as applications in the next call (sample).', owner: 'secretariat', dueDaysAgo: 60, doneDaysAgo: 64 },
      { text: 'Write back to each community with what changed after the round (sample).', owner: 'secretariat', dueDaysAgo: 12, doneDaysAgo: null },
    ],
    notes: 'Sample record. Held over three days in Bogotá with remote links for two communities.',
  },
  {
    topic: 'Visit to pastoralists and fishers on the grants process (sample)',
    channel: 'visit',
    region: 'africa',
    sharing: 'regional',
    startsDaysAgo: 47,
    endsDaysAgo: 45,
    communities: ['lusanga', 'nkome', 'ebute'],
    collaborators: 2,
    otherParticipants: '',
    feedback: [
      { theme: 'Reporting burden', text: 'Two reports a year are too many for a small grant; one narrative with photos would do.' },
      { theme: 'Access to grants', text: 'Mobile money reaches the camps; bank transfers take weeks.', quote: 'The money arrived after the season had passed.' },
      { theme: 'Security', text: 'One pastoralist asked that her account of the eviction not be written with her name.', quote: 'Sample sensitive quote: a woman naming the officials at the eviction.', sensitive: true },
    ],
    actions: [
      { text: 'Propose one combined report for grants under US$3,000 (sample).', owner: 'africa', dueDaysAgo: 5, doneDaysAgo: null },
      { text: 'Check mobile money for the Nkome tranche (sample).', owner: 'africa', dueDaysAgo: -10, doneDaysAgo: null },
    ],
    notes: 'Sample record. The visit followed the facilitator’s regular trip to the Lusanga valley.',
  },
  {
    topic: 'Survey of partner organisations on the Advisory Committee’s role (sample)',
    channel: 'survey',
    region: 'global',
    sharing: 'network',
    startsDaysAgo: 80,
    endsDaysAgo: 66,
    communities: [],
    collaborators: 3,
    otherParticipants: 'Fourteen partner organisations answered the survey (sample).',
    feedback: [
      { theme: 'Advisory Committee', text: 'Partners want the committee’s advice on each call published with the decisions.' },
      { theme: 'Language', text: 'Questions should come in the four languages of the exchange.' },
    ],
    actions: [{ text: 'Add the committee’s advice to the decision letters (sample).', owner: 'secretariat', dueDaysAgo: 30, doneDaysAgo: 35 }],
    notes: 'Sample record.',
  },
  {
    topic: 'Call with the Lam Phan fisherfolk committee (sample)',
    channel: 'call',
    region: 'asia',
    sharing: 'secretariat',
    startsDaysAgo: 20,
    endsDaysAgo: null,
    communities: ['lamphan', 'bansok'],
    collaborators: 0,
    otherParticipants: 'The fisherfolk committee’s secretary (sample).',
    feedback: [
      { theme: 'Security', text: 'Meetings in the villages draw attention; calls at night are safer.', quote: 'Sample sensitive quote: the secretary naming who follows them.', sensitive: true },
      { theme: 'Access to grants', text: 'The committee asks for a grant to replace nets lost to the reservoir.' },
    ],
    actions: [{ text: 'Send the targeted call to the committee through the facilitator (sample).', owner: 'asia', dueDaysAgo: 3, doneDaysAgo: null }],
    notes: 'Sample record. Only the secretariat holds this round.',
  },
];

/** Writes the rounds; call after the sample network, team and roster exist, inside a transaction of the sample vault. */
export function writeSampleConsultations(deps: SampleConsultationsDeps): SampleConsultationsCounts {
  let simulated = deps.now;
  const consultations = createConsultationsService({ openVault: deps.openVault, clock: createVaultClock(() => simulated), platform: { now: () => simulated } });
  const { db } = deps.openVault();
  const isoDay = (daysAgo: number) => new Date(deps.now - daysAgo * DAY_MS).toISOString().slice(0, 10);
  const today = isoDay(0);

  const me = readIdentity(db);
  const team = listTeamMembers(db);
  const ownerName = (owner: SampleOwner) =>
    owner === 'secretariat' ? me.displayName : (team.find((m) => m.role === 'facilitator' && m.region === owner)?.displayName ?? me.displayName);
  const byName = new Map(listCommunities(db, { text: '', region: null, deleted: false, limit: 10_000, offset: 0 }).map((c) => [c.name, c.id]));
  const communityIds = new Map(SAMPLE_COMMUNITIES.flatMap((c) => (byName.has(c.name) ? [[c.key, byName.get(c.name) as string] as const] : [])));
  // Participants come from the roster, which depends on the sample's size and seed: the first few of each region.
  const collaboratorsByRegion = new Map<Region, string[]>();
  for (const collaborator of iterateLiveCollaboratorNames(db)) {
    const region = deriveRegion(collaborator.countries);
    collaboratorsByRegion.set(region, [...(collaboratorsByRegion.get(region) ?? []), collaborator.id]);
  }

  const counts: SampleConsultationsCounts = { consultations: 0, feedback: 0, sensitiveQuotes: 0, actions: 0, overdueActions: 0 };
  // Each round is recorded the day after its last day, then edited on the day each action was done: in day order.
  const story: { daysAgo: number; run: () => void }[] = [];
  for (const round of SAMPLE_ROUNDS) {
    const fields: ConsultationFields = {
      topic: round.topic,
      startsOn: isoDay(round.startsDaysAgo),
      endsOn: round.endsDaysAgo === null ? null : isoDay(round.endsDaysAgo),
      channel: round.channel,
      region: round.region,
      sharing: round.sharing,
      communityIds: round.communities.flatMap((key) => communityIds.get(key) ?? []),
      collaboratorIds: (collaboratorsByRegion.get(round.region) ?? []).slice(0, round.collaborators),
      otherParticipants: round.otherParticipants,
      feedback: round.feedback.map((item, index) => ({ id: `heard-${index + 1}`, theme: item.theme, text: item.text, quote: item.quote ?? '', quoteSensitive: item.sensitive ?? false })),
      actions: round.actions.map((action, index) => ({
        id: `action-${index + 1}`,
        text: action.text,
        owner: ownerName(action.owner),
        dueOn: action.dueDaysAgo === null ? null : isoDay(action.dueDaysAgo),
        doneOn: null,
      })),
      notes: round.notes,
    };
    let id = '';
    story.push({ daysAgo: Math.max(0, (round.endsDaysAgo ?? round.startsDaysAgo) - 1), run: () => void (id = consultations.create(fields).id) });
    round.actions.forEach((action, index) => {
      const doneDaysAgo = action.doneDaysAgo;
      if (doneDaysAgo === null) return;
      story.push({
        daysAgo: doneDaysAgo,
        run: () => {
          const stored = consultations.get(id);
          const actions = stored.actions.map((a, at) => (at === index ? { ...a, doneOn: isoDay(doneDaysAgo) } : a));
          consultations.update(id, { ...fields, communityIds: stored.communityIds, collaboratorIds: stored.collaboratorIds, feedback: stored.feedback, actions });
        },
      });
    });
    counts.consultations += 1;
    counts.feedback += fields.feedback.length;
    counts.sensitiveQuotes += fields.feedback.filter((item) => item.quoteSensitive).length;
    counts.actions += fields.actions.length;
    counts.overdueActions += round.actions.filter((a) => a.doneDaysAgo === null && a.dueDaysAgo !== null && isoDay(a.dueDaysAgo) < today).length;
  }
  for (const event of story.sort((a, b) => b.daysAgo - a.daysAgo)) {
    simulated = deps.now - event.daysAgo * DAY_MS;
    event.run();
  }
  return counts;
}
