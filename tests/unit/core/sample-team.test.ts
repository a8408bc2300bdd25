// The sample vault's team, bundle history and first-run stories: two members (one verified), real bundles sent,
// imported and refused with consistent cursors, a World Bank complaint in Spanish with allies, and overdue follow-ups.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PUBLIC_LENDERS } from '../../../main/core/communities/sample-network-data.js';
import { generateSampleCollaborators } from '../../../main/core/roster/sample-data.js';
import { SAMPLE_AFRICA_FACILITATOR, SAMPLE_ASIA_FACILITATOR, SAMPLE_SECRETARIAT } from '../../../main/core/sync/sample-exchange.js';
import { makeTempDir, openTestCore, type TestCore } from '../../helpers/temp-vault.js';

const WORLD_BANK_TAGS = ['World Bank Inspection Panel', 'CAO complaints', 'IFC accountability'];

let sample: TestCore;

beforeAll(async () => {
  sample = await openTestCore();
  await sample.core.sample.create(200, 3);
});

afterAll(() => sample.core.dispose());

describe('the sample team', () => {
  it('names the vault as the secretariat and holds two facilitators, Africa verified and Asia not', async () => {
    const { handlers } = sample.core;
    expect(await handlers.team.me({})).toMatchObject(SAMPLE_SECRETARIAT);
    const members = await handlers.team.list({});
    expect(members.map((m) => ({ name: m.displayName, role: m.role, region: m.region, verified: m.verified })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: SAMPLE_ASIA_FACILITATOR.displayName, role: 'facilitator', region: 'asia', verified: false },
      { name: SAMPLE_AFRICA_FACILITATOR.displayName, role: 'facilitator', region: 'africa', verified: true },
    ].sort((a, b) => a.name.localeCompare(b.name)));
    // Real keys: a safety number can be compared with each, and the vault's own card reads back.
    for (const member of members) expect((await handlers.team.safetyNumber({ memberId: member.id })).groups).toHaveLength(12);
    expect((await handlers.team.myCard({})).text).toMatch(/^CRE-CARD-1:/);
  });

  it('keeps a bundle history: received from and sent to Africa, and a refused file that claims to come from Asia', async () => {
    const history = await sample.core.handlers.bundles.history({ limit: 50 });
    const shape = history.map((entry) => ({ direction: entry.direction, outcome: entry.outcome, peers: entry.peers, claimedBy: entry.claimedBy }));
    expect(shape).toEqual([
      { direction: 'received', outcome: 'unverified_sender', peers: [], claimedBy: SAMPLE_ASIA_FACILITATOR.displayName },
      { direction: 'sent', outcome: 'sent', peers: [SAMPLE_AFRICA_FACILITATOR.displayName], claimedBy: null },
      { direction: 'received', outcome: 'imported', peers: [SAMPLE_AFRICA_FACILITATOR.displayName], claimedBy: null },
    ]);
    const [refused, sent, received] = history;
    expect(received?.sequence).toBe(1);
    expect(received?.contents?.records).toEqual({ communities: 1, support_requests: 1 });
    expect(sent?.sequence).toBe(1);
    expect(sent?.contents?.records['collaborators']).toBeGreaterThan(0);
    // Dated like the rest of the story, in the order it happened, before today.
    const times = [received, sent, refused].map((entry) => Date.parse(entry?.at ?? ''));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times.every((time) => time < Date.now() - 86_400_000)).toBe(true);
    // The facilitator's records arrived through the import, written by their vault.
    const fromAfrica = sample.core.requests
      .list({ communityId: null, statuses: [], deleted: false, limit: 500, offset: 0 })
      .filter((request) => request.communityName === 'Mabwe river fishing camps (sample)');
    expect(fromAfrica).toHaveLength(1);
    expect(fromAfrica[0]?.changedBy).not.toBe(sample.core.vault.info().vaultId);
  });

  it('leaves its bundle to Africa waiting for acknowledgement as a real exchange does: carried again by the next, number 2', async () => {
    const { core } = sample;
    const africa = (await core.handlers.team.list({})).find((m) => m.verified);
    const choice = { recipientIds: [africa?.id ?? ''], everything: false };
    // Sent 21 days ago and never acknowledged: overdue by the default setting (14 days).
    expect(core.bundles.delivery().find((state) => state.memberId === africa?.id)).toMatchObject({
      lastAcknowledged: null,
      waiting: { bundles: 1, days: 21 },
      overdue: true,
    });
    // The next bundle carries again what the first one did (the region's records), and the grants year and the
    // consultation rounds written after the exchange (main/core/grants/sample-grants.ts, sample-consultations.ts).
    const pending = core.bundles.preview(choice).contents.records;
    expect(pending['grant_applications']).toBeGreaterThan(0);
    expect(pending['communities']).toBeGreaterThan(0);
    core.communities.create({ name: 'Nuevo caso de prueba', country: 'KE', languages: ['sw'], sharing: 'network' });
    expect(core.bundles.preview(choice).contents.records).toEqual({ ...pending, communities: (pending['communities'] ?? 0) + 1 });
    await core.bundles.exportTo(join(makeTempDir(), 'next.crebundle'), choice, crypto.randomUUID());
    expect((await core.handlers.bundles.history({ limit: 1 }))[0]).toMatchObject({ direction: 'sent', sequence: 2 });
    expect(core.bundles.delivery().find((state) => state.memberId === africa?.id)?.waiting).toMatchObject({ bundles: 2, days: 21 });
  });
});

describe('the sample network for the first daily jobs', () => {
  it('holds a new request for a complaint to the World Bank, from a Spanish-speaking community facing a project it finances', () => {
    const { core } = sample;
    const requests = core.requests.list({ communityId: null, statuses: [], deleted: false, limit: 500, offset: 0 });
    const complaint = requests.find((request) => request.description.includes('World Bank Inspection Panel'));
    expect(complaint).toMatchObject({ status: 'new', strategyAreas: expect.arrayContaining(['courts_complaints']) });
    expect(complaint?.languages).toContain('es');
    expect(core.communities.get(complaint?.communityId ?? '').languages).toContain('es');
    const projects = core.projects.list({ text: 'Qollpa', deleted: false, limit: 10, offset: 0 });
    const financiers = core.projects.get(projects[0]?.id ?? '').financiers.map((f) => f.name);
    expect(financiers).toEqual(expect.arrayContaining([...SAMPLE_PUBLIC_LENDERS]));
  });

  it('has several Spanish-speaking collaborators with World Bank and IFC complaint expertise, even in a small roster', () => {
    for (const [seed, size] of [[3, 200], [2026, 12], [2026, 500]] as const) {
      const allies = generateSampleCollaborators(seed, size).filter(
        (c) => c.languages.includes('es') && c.expertise.some((tag) => WORLD_BANK_TAGS.includes(tag)),
      );
      expect(allies.length, `seed ${seed}, size ${size}`).toBeGreaterThanOrEqual(4);
      for (const tag of WORLD_BANK_TAGS) expect(allies.some((c) => c.expertise.includes(tag)), tag).toBe(true);
      expect(allies.filter((c) => c.vetting.status === 'vetted' && c.availability.status === 'available').length).toBeGreaterThanOrEqual(2);
    }
    // The vault holds them as generated.
    const { db } = sample.core.vault.openVault();
    const ids = db.prepare("SELECT id FROM collaborators WHERE expertise LIKE '%World Bank Inspection Panel%'").pluck().all() as string[];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(sample.core.roster.get(id).languages).toContain('es');
  });

  it('shows overdue follow-ups and the new requests on Today', async () => {
    const today = await sample.core.handlers.today.get({});
    expect(today.overdue.length).toBeGreaterThan(0);
    expect(today.newRequests.length).toBeGreaterThan(0);
  });
});
