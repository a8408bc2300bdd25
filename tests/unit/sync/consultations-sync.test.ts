// Consultation rounds between the secretariat and the Latin America and Africa facilitators, through the real router:
// a round travels by its own sharing and region; a quote that identifies someone never travels, in either direction
// (a sentinel looked for in the decrypted plaintext of every bundle); the facilitator's edits come back and the
// secretariat keeps its sensitive quotes; tombstones travel.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Consultation, ConsultationInput, ConsultationSummary } from '../../../common/consultations/consultation.schema.js';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const SENTINEL = {
  secretariatQuote: 'SENTINEL-QUOTE-SECRETARIAT-names-a-leader-3f9a',
  facilitatorQuote: 'SENTINEL-QUOTE-FACILITATOR-names-a-fisher-8b21',
  secretariatOnly: 'SENTINEL-TOPIC-SECRETARIAT-ONLY-c4d0',
  africaOnly: 'SENTINEL-TOPIC-AFRICA-ONLY-19e7',
};
const OPEN_QUOTE = 'We speak our plans better than we write them.';

async function send(from: TeamVault, to: TeamVault): Promise<string> {
  const path = join(makeTempDir('cre-consultations-bundle-'), `${from.name}.crebundle`);
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  expect(result.saved).toBe(true);
  return path;
}

async function receive(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call<{ applied: Record<string, number>; conflicts: number }>('cre:bundles.import', { token: randomUUID() });
}

const plaintextOf = async (path: string, recipient: TeamVault) => (await bundlePlaintext(path, recipient)).toString('utf8');
const topics = async (vault: TeamVault) => (await vault.call<ConsultationSummary[]>('cre:consultations.list', {})).map((s) => s.topic).sort();

function round(extra: Partial<ConsultationInput>): ConsultationInput {
  return {
    topic: 'Listening round',
    startsOn: '2025-12-10',
    channel: 'meeting',
    region: 'latin_america',
    sharing: 'regional',
    feedback: [],
    actions: [],
    ...extra,
  };
}

async function network() {
  const secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  const latin = await teamVault({ displayName: 'Latin America facilitator', role: 'facilitator', region: 'latin_america' });
  const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(secretariat, latin);
  await introduceBothWays(secretariat, africa);
  const s = secretariat;
  const community = (await s.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, contacts: [] } })).id;
  const ana = (await s.call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, contacts: [] } })).id;
  const create = async (input: ConsultationInput) => (await s.call<{ id: string }>('cre:consultations.create', { consultation: input })).id;
  const rounds = {
    latin: await create(
      round({
        topic: 'Rio Verde listening round',
        communityIds: [community],
        collaboratorIds: [ana],
        feedback: [
          { id: 'heard-1', theme: 'Access to grants', text: 'Forms only in Spanish leave elders out.', quote: OPEN_QUOTE },
          { id: 'heard-2', theme: 'Security', text: 'Leaders fear being named.', quote: SENTINEL.secretariatQuote, quoteSensitive: true },
        ],
        actions: [{ id: 'action-1', text: 'Write back to the community', owner: 'Latin America facilitator', dueOn: '2025-12-20' }],
      }),
    ),
    network: await create(round({ topic: 'Partner survey', channel: 'survey', region: 'global', sharing: 'network' })),
    secretariatOnly: await create(round({ topic: SENTINEL.secretariatOnly, sharing: 'secretariat' })),
    africa: await create(round({ topic: SENTINEL.africaOnly, region: 'africa' })),
  };
  return { secretariat, latin, africa, rounds, community, ana };
}

describe('consultations between the secretariat and two facilitators', () => {
  it('sends a round to the facilitators its sharing and region allow, never a quote that identifies someone', async () => {
    const { secretariat, latin, africa, rounds, community, ana } = await network();
    const preview = await secretariat.call<{ contents: { records: Record<string, number> }; withheld: Record<string, number> }>('cre:bundles.preview', {
      recipientIds: [await secretariat.memberIdOf(latin.name)],
    });
    expect(preview.contents.records['consultations']).toBe(2);
    expect(preview.withheld['consultations']).toBe(2);

    const toLatin = await send(secretariat, latin);
    const plaintext = await plaintextOf(toLatin, latin);
    expect(plaintext).toContain(OPEN_QUOTE);
    for (const sentinel of [SENTINEL.secretariatQuote, SENTINEL.secretariatOnly, SENTINEL.africaOnly]) expect(plaintext).not.toContain(sentinel);
    expect((await receive(latin, toLatin)).applied['consultations']).toBe(2);
    expect(await topics(latin)).toEqual(['Partner survey', 'Rio Verde listening round']);

    const received = await latin.call<Consultation>('cre:consultations.get', { id: rounds.latin });
    expect(received.communities).toEqual([{ id: community, name: RIO_VERDE.name }]);
    // The collaborator works in Brazil and Portugal, so is global and stays home: the round names them by id only.
    expect(received.collaboratorIds).toEqual([ana]);
    expect(received.collaborators).toEqual([]);
    expect(received.feedback.map((f) => [f.id, f.quote, f.quoteSensitive])).toEqual([
      ['heard-1', OPEN_QUOTE, false],
      ['heard-2', '', false],
    ]);
    const stored = latin.core.vault.openVault().db.prepare('SELECT sensitive_quotes FROM consultations WHERE id = ?').pluck().get(rounds.latin);
    expect(stored).toBe('');

    const toAfrica = await send(secretariat, africa);
    const africaText = await plaintextOf(toAfrica, africa);
    expect(africaText).toContain(SENTINEL.africaOnly);
    for (const sentinel of [SENTINEL.secretariatQuote, SENTINEL.secretariatOnly]) expect(africaText).not.toContain(sentinel);
    expect((await receive(africa, toAfrica)).applied['consultations']).toBe(2);
    expect(await topics(africa)).toEqual(['Partner survey', SENTINEL.africaOnly].sort());
  });

  it('brings the facilitator’s edits back; each side keeps its own sensitive quotes and they never travel', async () => {
    const { secretariat, latin, rounds } = await network();
    await receive(latin, await send(secretariat, latin));
    const theirs = await latin.call<Consultation>('cre:consultations.get', { id: rounds.latin });
    const edited: ConsultationInput = {
      ...round({}),
      topic: theirs.topic,
      startsOn: theirs.startsOn,
      endsOn: theirs.endsOn,
      channel: theirs.channel,
      region: theirs.region,
      sharing: theirs.sharing,
      communityIds: theirs.communityIds,
      collaboratorIds: theirs.collaboratorIds,
      otherParticipants: theirs.otherParticipants,
      notes: 'Second visit planned.',
      feedback: [
        ...theirs.feedback,
        { id: 'heard-3', theme: 'Security', text: 'A fisher spoke of the night patrols.', quote: SENTINEL.facilitatorQuote, quoteSensitive: true },
      ],
      actions: theirs.actions.map((a) => ({ ...a, doneOn: '2025-12-18' })),
    };
    await latin.call('cre:consultations.update', { id: rounds.latin, consultation: edited });

    const back = await send(latin, secretariat);
    const plaintext = await plaintextOf(back, secretariat);
    expect(plaintext).toContain('Second visit planned.');
    expect(plaintext).not.toContain(SENTINEL.facilitatorQuote);
    expect(plaintext).not.toContain(SENTINEL.secretariatQuote);
    expect((await receive(secretariat, back)).applied['consultations']).toBe(1);

    const ours = await secretariat.call<Consultation>('cre:consultations.get', { id: rounds.latin });
    expect(ours.notes).toBe('Second visit planned.');
    expect(ours.actions.map((a) => a.doneOn)).toEqual(['2025-12-18']);
    expect(ours.feedback.map((f) => [f.id, f.quote, f.quoteSensitive])).toEqual([
      ['heard-1', OPEN_QUOTE, false],
      ['heard-2', SENTINEL.secretariatQuote, true],
      ['heard-3', '', false],
    ]);
    const mine = await latin.call<Consultation>('cre:consultations.get', { id: rounds.latin });
    expect(mine.feedback.find((f) => f.id === 'heard-3')).toMatchObject({ quote: SENTINEL.facilitatorQuote, quoteSensitive: true });
  });

  it('sends a deleted round as a tombstone, and a round opened to a region later', async () => {
    const { secretariat, latin, rounds } = await network();
    await receive(latin, await send(secretariat, latin));
    await secretariat.call('cre:consultations.delete', { id: rounds.network });
    const open = await secretariat.call<Consultation>('cre:consultations.get', { id: rounds.secretariatOnly });
    const { id: _id, communities: _c, collaborators: _p, createdAt: _a, updatedAt: _u, hlc: _h, changedBy: _b, deletedAt: _d, ...fields } = open;
    await secretariat.call('cre:consultations.update', { id: rounds.secretariatOnly, consultation: { ...fields, topic: 'Opened to the region', sharing: 'regional' } });

    const next = await send(secretariat, latin);
    const plaintext = await plaintextOf(next, latin);
    expect(plaintext).not.toContain('Partner survey');
    expect((await receive(latin, next)).applied['consultations']).toBe(2);
    expect(await topics(latin)).toEqual(['Opened to the region', 'Rio Verde listening round']);
    expect((await latin.call<ConsultationSummary[]>('cre:consultations.list', { deleted: true })).map((s) => s.id)).toEqual([rounds.network]);
  });
});
