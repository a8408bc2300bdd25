// Grants between the secretariat and the Latin America and Africa facilitators, through the real router: each
// facilitator receives the calls open to its region and that region's applications, never the applicants' contacts,
// and only its own reviews; its scores reach the secretariat in its next bundle and never the other facilitator; the
// minutes stay with the secretariat while the decision, award, reports and payments follow the application; a review
// changed on both sides lands in the conflicts view; tombstones travel.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePlaintext } from '../../helpers/bundle-plaintext.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { grantApplicationInput, grantAwardInput, grantCallInput } from '../../helpers/grant-sync-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const CANARY = {
  latinContact: 'CANARY-CONTACT-RIO-VERDE-5c1e',
  africaContact: 'CANARY-CONTACT-MABWE-77ab',
  enteredContact: 'CANARY-CONTACT-ENTERED-BY-FACILITATOR-0d0d',
  latinScore: 'CANARY-SCORE-COMMENT-LATIN-9e3f',
  secretariatScore: 'CANARY-SCORE-COMMENT-SECRETARIAT-b7b7',
  minutes: 'CANARY-MINUTES-NOTES-41aa',
};

interface Review {
  id: string;
  applicationId: string;
  reviewerVaultId: string;
  declaration: string;
  scores: { criterionId: string; score: number; comment: string }[];
  submittedAt: string | null;
}

async function send(from: TeamVault, to: TeamVault[]): Promise<string> {
  const path = join(makeTempDir('cre-grants-bundle-'), `${from.name}.crebundle`);
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds, everything: false, token: randomUUID() });
  expect(result.saved).toBe(true);
  return path;
}

async function receive(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call<{ applied: Record<string, number>; conflicts: number }>('cre:bundles.import', { token: randomUUID() });
}

const rowsOf = (vault: TeamVault, table: string) => vault.core.vault.openVault().db.prepare(`SELECT * FROM ${table} ORDER BY seq`).all() as Record<string, unknown>[];
const idsOf = (vault: TeamVault, table: string) => rowsOf(vault, table).map((row) => row['id'] as string).sort();
const live = (options: Record<string, unknown> = {}) => ({ deleted: false, offset: 0, limit: 500, ...options });

/** Every criterion of the test rubric scored `score`, with `comment` on the first. */
const scoresOf = (score: number, comment = '') => ({
  scores: [
    { criterionId: 'impact', score, comment },
    { criterionId: 'feasibility', score },
  ],
});

async function network(extra: { secondLatin?: boolean } = {}) {
  const secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  const latin = await teamVault({ displayName: 'Latin America facilitator', role: 'facilitator', region: 'latin_america' });
  const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(secretariat, latin);
  await introduceBothWays(secretariat, africa);
  const latin2 = extra.secondLatin ? await teamVault({ displayName: 'Second Latin America facilitator', role: 'facilitator', region: 'latin_america' }) : null;
  if (latin2) await introduceBothWays(secretariat, latin2);
  return { secretariat, latin, africa, latin2 };
}

/**
 * The secretariat's grants: a call for both regions and one for Africa alone; applications of a regional community of
 * each region (with the applicant's contact), of a secretariat-only community and of a network-wide African one; the
 * Latin America facilitator and the secretariat (who scores at once) assigned to review Rio Verde's, the two
 * facilitators Mabwe's.
 */
async function grantsYear(vaults: Awaited<ReturnType<typeof network>>) {
  const { secretariat: s, latin, africa } = vaults;
  const community = async (name: string, country: string, sharing: string) =>
    (await s.call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name, country, sharing, contacts: [] } })).id;
  const communities = {
    rioVerde: await community('Rio Verde fishing families', 'BR', 'regional'),
    valley: await community('Hidden valley (secretariat only)', 'PE', 'secretariat'),
    mabwe: await community('Mabwe river camps', 'MZ', 'regional'),
    kivu: await community('Kenyan lake network', 'KE', 'network'),
  };
  const group = [
    { vaultId: latin.vaultId, name: 'Latin America facilitator' },
    { vaultId: africa.vaultId, name: 'Africa facilitator' },
    { vaultId: s.vaultId, name: 'Secretariat' },
  ];
  const { id: callId } = await s.call<{ id: string }>('cre:grantCalls.create', { call: grantCallInput(['latin_america', 'africa'], group) });
  const { id: africaCallId } = await s.call<{ id: string }>('cre:grantCalls.create', { call: grantCallInput(['africa'], group.slice(1)) });
  await s.call('cre:grantCalls.move', { id: callId, to: 'open' });
  const apply = async (communityId: string, title: string, contact: string) =>
    (
      await s.call<{ id: string }>('cre:grantApplications.create', {
        application: grantApplicationInput(callId, communityId, { title, contacts: [{ type: 'phone', value: contact, note: '' }] }),
      })
    ).id;
  const applications = {
    rioVerde: await apply(communities.rioVerde, 'River watch boats', CANARY.latinContact),
    valley: await apply(communities.valley, 'Hidden valley radio', '+51 1 555 0101'),
    mabwe: await apply(communities.mabwe, 'Mabwe fishing nets', CANARY.africaContact),
    kivu: await apply(communities.kivu, 'Lake network meeting', '+254 20 555 0101'),
  };
  await s.call('cre:grantReviews.assign', { applicationId: applications.rioVerde, reviewerVaultIds: [latin.vaultId, s.vaultId] });
  await s.call('cre:grantReviews.assign', { applicationId: applications.mabwe, reviewerVaultIds: [africa.vaultId, latin.vaultId] });
  const reviewOf = async (applicationId: string, reviewer: TeamVault) =>
    (await s.call<Review[]>('cre:grantReviews.forApplication', { applicationId })).find((r) => r.reviewerVaultId === reviewer.vaultId)?.id ?? '';
  const reviews = {
    rioVerdeByLatin: await reviewOf(applications.rioVerde, latin),
    rioVerdeBySecretariat: await reviewOf(applications.rioVerde, s),
    mabweByAfrica: await reviewOf(applications.mabwe, africa),
    mabweByLatin: await reviewOf(applications.mabwe, latin),
  };
  // The secretariat reviews too: its scores are its own, and no facilitator's to see.
  await s.call('cre:grantReviews.declare', { id: reviews.rioVerdeBySecretariat, declaration: { declaration: 'none' } });
  await s.call('cre:grantReviews.score', { id: reviews.rioVerdeBySecretariat, scores: scoresOf(3, CANARY.secretariatScore) });
  return { communities, callId, africaCallId, applications, reviews };
}

describe('grants between the secretariat and two facilitators', () => {
  it('sends each facilitator the calls of its region, its region’s applications without contacts, and its own reviews only', async () => {
    const vaults = await network();
    const { secretariat, latin, africa } = vaults;
    const year = await grantsYear(vaults);

    const preview = await secretariat.call<{ contents: { records: Record<string, number> }; withheld: Record<string, number> }>('cre:bundles.preview', {
      recipientIds: [await secretariat.memberIdOf(latin.name)],
    });
    expect(preview.contents.records).toMatchObject({ grant_calls: 1, grant_applications: 1, grant_reviews: 1 });
    expect(preview.withheld).toMatchObject({ grant_calls: 1, grant_applications: 3, grant_reviews: 3 });

    const toLatin = await send(secretariat, [latin]);
    const toAfrica = await send(secretariat, [africa]);
    for (const [path, recipient] of [[toLatin, latin], [toAfrica, africa]] as const) {
      const plaintext = (await bundlePlaintext(path, recipient)).toString('utf8');
      for (const canary of [CANARY.latinContact, CANARY.africaContact, CANARY.secretariatScore]) expect(plaintext).not.toContain(canary);
    }
    expect((await receive(latin, toLatin)).applied).toMatchObject({ grant_calls: 1, grant_applications: 1, grant_reviews: 1 });
    await receive(africa, toAfrica);

    // Calls open to the region; the region's shared applications, a network community's too, never another region's.
    expect((await latin.call<{ id: string }[]>('cre:grantCalls.list', live())).map((c) => c.id)).toEqual([year.callId]);
    expect((await africa.call<{ id: string }[]>('cre:grantCalls.list', live())).map((c) => c.id).sort()).toEqual([year.callId, year.africaCallId].sort());
    expect(idsOf(latin, 'grant_applications')).toEqual([year.applications.rioVerde]);
    expect(idsOf(africa, 'grant_applications')).toEqual([year.applications.mabwe, year.applications.kivu].sort());

    // The applicant's contacts stay in the secretariat's vault: the facilitator's copy starts with none.
    const received = await latin.call<{ title: string; contacts: unknown[]; communityName: string }>('cre:grantApplications.get', { id: year.applications.rioVerde });
    expect(received).toMatchObject({ title: 'River watch boats', contacts: [], communityName: 'Rio Verde fishing families' });
    expect(rowsOf(latin, 'grant_applications').map((row) => row['contacts'])).toEqual(['[]']);
    expect((await secretariat.call<{ contacts: { value: string }[] }>('cre:grantApplications.get', { id: year.applications.rioVerde })).contacts[0]?.value).toBe(
      CANARY.latinContact,
    );

    // Each facilitator holds its own reviews of its region's applications, and no one else's.
    expect(idsOf(latin, 'grant_reviews')).toEqual([year.reviews.rioVerdeByLatin]);
    expect(idsOf(africa, 'grant_reviews')).toEqual([year.reviews.mabweByAfrica]);
    expect((await latin.call<Review[]>('cre:grantReviews.mine', {})).map((r) => r.id)).toEqual([year.reviews.rioVerdeByLatin]);
    expect((await africa.call<Review[]>('cre:grantReviews.mine', {})).map((r) => r.id)).toEqual([year.reviews.mabweByAfrica]);
  });

  it('brings a facilitator’s declaration and scores to the secretariat in its next bundle, and never to the other facilitator', async () => {
    const vaults = await network();
    const { secretariat, latin, africa } = vaults;
    const year = await grantsYear(vaults);
    await receive(latin, await send(secretariat, [latin]));
    await receive(africa, await send(secretariat, [africa]));

    const mine = year.reviews.rioVerdeByLatin;
    await latin.call('cre:grantReviews.declare', { id: mine, declaration: { declaration: 'none' } });
    await latin.call('cre:grantReviews.score', { id: mine, scores: scoresOf(4, CANARY.latinScore) });
    await africa.call('cre:grantReviews.declare', { id: year.reviews.mabweByAfrica, declaration: { declaration: 'none' } });
    await africa.call('cre:grantReviews.score', { id: year.reviews.mabweByAfrica, scores: scoresOf(2) });

    expect((await receive(secretariat, await send(latin, [secretariat]))).applied).toMatchObject({ grant_reviews: 1 });
    expect((await receive(secretariat, await send(africa, [secretariat]))).applied).toMatchObject({ grant_reviews: 1 });
    const atSecretariat = await secretariat.call<Review[]>('cre:grantReviews.forApplication', { applicationId: year.applications.rioVerde });
    expect(atSecretariat.find((r) => r.id === mine)).toMatchObject({ declaration: 'none', scores: [{ criterionId: 'impact', score: 4, comment: CANARY.latinScore }, { score: 4 }] });
    expect(atSecretariat.find((r) => r.id === mine)?.submittedAt).not.toBeNull();
    const mabwe = await secretariat.call<Review[]>('cre:grantReviews.forApplication', { applicationId: year.applications.mabwe });
    expect(mabwe.find((r) => r.id === year.reviews.mabweByAfrica)).toMatchObject({ declaration: 'none', scores: [{ score: 2 }, { score: 2 }] });

    // The secretariat's next bundles: the Latin scores go to no one, the Africa ones neither; each keeps its own.
    const toAfrica = await send(secretariat, [africa]);
    expect((await bundlePlaintext(toAfrica, africa)).toString('utf8')).not.toContain(CANARY.latinScore);
    await receive(africa, toAfrica);
    await receive(latin, await send(secretariat, [latin]));
    expect(idsOf(africa, 'grant_reviews')).toEqual([year.reviews.mabweByAfrica]);
    expect(idsOf(latin, 'grant_reviews')).toEqual([mine]);

    // An application the facilitator enters itself reaches the secretariat, its applicant's contacts staying behind.
    const { id: entered } = await latin.call<{ id: string }>('cre:grantApplications.create', {
      application: grantApplicationInput(year.callId, year.communities.rioVerde, {
        title: 'Community radio by phone',
        enteredBy: 'Latin America facilitator',
        contacts: [{ type: 'whatsapp', value: CANARY.enteredContact, note: '' }],
      }),
    });
    const fromLatin = await send(latin, [secretariat]);
    expect((await bundlePlaintext(fromLatin, secretariat)).toString('utf8')).not.toContain(CANARY.enteredContact);
    expect((await receive(secretariat, fromLatin)).applied).toMatchObject({ grant_applications: 1 });
    expect(await secretariat.call('cre:grantApplications.get', { id: entered })).toMatchObject({ title: 'Community radio by phone', contacts: [] });
    expect((await latin.call<{ contacts: { value: string }[] }>('cre:grantApplications.get', { id: entered })).contacts[0]?.value).toBe(CANARY.enteredContact);
  });

  it('sends no review in a bundle to two facilitators of one region', async () => {
    const vaults = await network({ secondLatin: true });
    const { secretariat, latin, latin2 } = vaults;
    await grantsYear(vaults);
    const both = [await secretariat.memberIdOf(latin.name), await secretariat.memberIdOf(latin2?.name ?? '')];
    const preview = await secretariat.call<{ contents: { records: Record<string, number> }; withheld: Record<string, number> }>('cre:bundles.preview', { recipientIds: both });
    expect(preview.contents.records).toMatchObject({ grant_calls: 1, grant_applications: 1 });
    expect(preview.contents.records['grant_reviews'] ?? 0).toBe(0);
    expect(preview.withheld['grant_reviews']).toBe(4);
  });

  it('keeps the minutes home, sends the decision, award, reports and payments with their application, and tombstones', async () => {
    const vaults = await network();
    const { secretariat: s, latin, africa } = vaults;
    const year = await grantsYear(vaults);
    const rio = year.applications.rioVerde;
    for (const to of ['eligible', 'in_review']) await s.call('cre:grantApplications.move', { id: rio, to, note: '' });
    for (const to of ['closed', 'in_review']) await s.call('cre:grantCalls.move', { id: year.callId, to });
    await s.call('cre:grantMeetings.create', {
      meeting: {
        callId: year.callId,
        date: '2026-04-15',
        attendees: [latin.vaultId, s.vaultId],
        decisions: [{ applicationId: rio, decision: 'approved', rationale: 'A strong plan led by the families.', amount: 1200 }],
        notes: CANARY.minutes,
      },
    });
    const { id: awardId } = await s.call<{ id: string }>('cre:grantAwards.create', { award: grantAwardInput(rio, 1200) });
    const { id: paymentId } = await s.call<{ id: string }>('cre:grantAwards.pay', {
      payment: { awardId, trancheId: 'first', date: '2026-05-02', amount: 1200, currency: 'USD', method: 'bank_transfer', reference: 'TR-1' },
    });

    const toLatin = await send(s, [latin]);
    expect((await bundlePlaintext(toLatin, latin)).toString('utf8')).not.toContain(CANARY.minutes);
    await receive(latin, toLatin);
    await receive(africa, await send(s, [africa]));
    const decided = await latin.call<{ state: string; approvedAmount: number; decisionRationale: string }>('cre:grantApplications.get', { id: rio });
    expect(decided).toMatchObject({ approvedAmount: 1200, decisionRationale: 'A strong plan led by the families.' });
    expect(['awarded', 'reporting']).toContain(decided.state);
    expect(rowsOf(latin, 'grant_meetings')).toEqual([]);
    expect(idsOf(latin, 'grant_awards')).toEqual([awardId]);
    expect(rowsOf(latin, 'grant_reports')).toHaveLength(1);
    expect(idsOf(latin, 'grant_payments')).toEqual([paymentId]);
    for (const table of ['grant_meetings', 'grant_awards', 'grant_reports', 'grant_payments']) expect(rowsOf(africa, table), table).toEqual([]);

    // Deleted at the secretariat: a payment and an application travel as tombstones to the facilitator that holds them.
    await s.call('cre:grantAwards.removePayment', { id: paymentId });
    await s.call('cre:grantApplications.delete', { id: year.applications.kivu });
    await receive(latin, await send(s, [latin]));
    await receive(africa, await send(s, [africa]));
    expect(rowsOf(latin, 'grant_payments').map((row) => row['deleted_at'])).toEqual([expect.any(String)]);
    expect((await africa.call<{ id: string }[]>('cre:grantApplications.list', live())).map((a) => a.id)).toEqual([year.applications.mabwe]);
    expect((await africa.call<{ id: string }[]>('cre:grantApplications.list', live({ deleted: true }))).map((a) => a.id)).toEqual([year.applications.kivu]);
  });

  it('puts a review scored on both sides in the conflicts view, keeps the later version, and the choice travels back', async () => {
    const vaults = await network();
    const { secretariat, latin } = vaults;
    const year = await grantsYear(vaults);
    const id = year.reviews.rioVerdeByLatin;
    await receive(latin, await send(secretariat, [latin]));
    await latin.call('cre:grantReviews.declare', { id, declaration: { declaration: 'none' } });
    await latin.call('cre:grantReviews.score', { id, scores: scoresOf(3, 'First reading') });
    await receive(secretariat, await send(latin, [secretariat]));

    // The facilitator changes its scores; later, the secretariat enters the ones it was told by phone.
    await latin.call('cre:grantReviews.score', { id, scores: scoresOf(5, 'Scored by the facilitator') });
    latin.platform.advance(1000);
    secretariat.platform.advance(5000);
    await secretariat.call('cre:grantReviews.score', { id, scores: scoresOf(1, 'Entered by the secretariat') });

    const report = await receive(secretariat, await send(latin, [secretariat]));
    expect(report.conflicts).toBe(1);
    const [conflict] = await secretariat.call<{ id: string; table: string; differing: string[]; kept: { writtenBy: { isMe: boolean } } }[]>('cre:bundles.conflicts', {});
    expect(conflict).toMatchObject({ table: 'grant_reviews', kept: { writtenBy: { isMe: true } } });
    expect(conflict?.differing).toContain('scores');
    const atSecretariat = async () =>
      (await secretariat.call<Review[]>('cre:grantReviews.forApplication', { applicationId: year.applications.rioVerde })).find((r) => r.id === id)?.scores[0];
    const atReviewer = async () => (await latin.call<Review[]>('cre:grantReviews.mine', {})).find((r) => r.id === id)?.scores[0];
    expect(await atSecretariat()).toMatchObject({ score: 1, comment: 'Entered by the secretariat' });

    await secretariat.call('cre:bundles.resolveConflict', { id: conflict?.id, choice: 'other' });
    expect(await atSecretariat()).toMatchObject({ score: 5, comment: 'Scored by the facilitator' });
    expect(await secretariat.call<unknown[]>('cre:bundles.conflicts', { resolved: true })).toHaveLength(1);

    // The resolution is a later change of the secretariat: it reaches the reviewer without a conflict.
    const back = await receive(latin, await send(secretariat, [latin]));
    expect(back.conflicts).toBe(0);
    expect(await atReviewer()).toMatchObject({ score: 5, comment: 'Scored by the facilitator' });
  });
});
