// The sample vault's consultation rounds: one per channel, participants from the sample network and roster, sensitive
// quotes kept apart, overdue actions for Today, each round audited, and the Africa round in the next bundle to the
// Africa facilitator without its sensitive quote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSULTATION_CHANNELS, type Consultation } from '../../../common/consultations/consultation.schema.js';
import { SAMPLE_ROUNDS } from '../../../main/core/consultations/sample-consultations.js';
import { openTestCore, type TestCore } from '../../helpers/temp-vault.js';

let sample: TestCore;
let rounds: Consultation[];

beforeAll(async () => {
  sample = await openTestCore();
  await sample.core.sample.create(60, 5);
  const { consultations } = sample.core;
  rounds = consultations.list({ text: '', deleted: false, offset: 0, limit: 100 }).map((summary) => consultations.get(summary.id));
}, 120_000);

afterAll(() => sample.core.dispose());

describe('the sample consultation rounds', () => {
  it('holds the four rounds, one per channel, with their participants, feedback and actions, each audited', () => {
    expect(rounds.map((r) => r.topic).sort()).toEqual(SAMPLE_ROUNDS.map((r) => r.topic).sort());
    expect(new Set(rounds.map((r) => r.channel))).toEqual(new Set(CONSULTATION_CHANNELS));
    for (const round of rounds) {
      const planned = SAMPLE_ROUNDS.find((r) => r.topic === round.topic);
      expect(round.communities.length, round.topic).toBe(planned?.communities.length);
      expect(round.feedback.length, round.topic).toBe(planned?.feedback.length);
      expect(round.actions.length, round.topic).toBe(planned?.actions.length);
      for (const action of round.actions) expect(action.owner).not.toBe('');
    }
    expect(rounds.flatMap((r) => r.collaborators).length).toBeGreaterThan(0);
    const audit = sample.core.vault.auditTrail(5000);
    expect(audit.filter((e) => e.kind === 'consultation_created')).toHaveLength(SAMPLE_ROUNDS.length);
    expect(audit.filter((e) => e.kind === 'consultation_updated')).toHaveLength(SAMPLE_ROUNDS.flatMap((r) => r.actions).filter((a) => a.doneDaysAgo !== null).length);
  });

  it('keeps sensitive quotes apart, and shows open actions past due on Today', () => {
    const sensitive = rounds.flatMap((r) => r.feedback).filter((f) => f.quoteSensitive);
    expect(sensitive).toHaveLength(3);
    const stored = sample.core.vault.openVault().db.prepare('SELECT feedback FROM consultations').pluck().all() as string[];
    for (const item of sensitive) for (const feedback of stored) expect(feedback).not.toContain(item.quote);
    const overdue = sample.core.consultations.overdueActions();
    expect(overdue).toHaveLength(3);
    expect(new Set(overdue.map((a) => a.consultationId)).size).toBe(3);
    expect(sample.core.consultations.themes()).toEqual(expect.arrayContaining(['Access to grants', 'Security', 'Language']));
  });

  it('has the Africa round ready for the next bundle to the Africa facilitator', () => {
    const { db } = sample.core.vault.openVault();
    const africa = db.prepare("SELECT id FROM team_members WHERE role = 'facilitator' AND region = 'africa'").pluck().get() as string;
    const preview = sample.core.bundles.preview({ recipientIds: [africa], everything: false });
    // The Africa round and the network-wide survey; the others stay home.
    expect(preview.contents.records['consultations']).toBe(2);
  });
});
