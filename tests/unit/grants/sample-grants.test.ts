// The sample vault's grants year: four calls across the three regions, forty applications in every state (late ones with
// their reason, texts in Spanish, French, Portuguese and local languages with translations), one recusal per call,
// decisions with quorum, tranches paid and due, and overdue reports, all written through the grants services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATES, type Application } from '../../../common/grants/application.schema.js';
import type { Call } from '../../../common/grants/call.schema.js';
import { listReviewsOfCall } from '../../../db/grant-reviews.repo.js';
import { SAMPLE_APPLICATIONS } from '../../../main/core/grants/sample-grants-applications.js';
import { SAMPLE_CALLS } from '../../../main/core/grants/sample-grants-data.js';
import { openTestCore, type TestCore } from '../../helpers/temp-vault.js';

let sample: TestCore;
let calls: Call[];
let applications: Application[];

beforeAll(async () => {
  sample = await openTestCore();
  await sample.core.sample.create(60, 5);
  const { grantCalls, grantApplications } = sample.core.grants;
  calls = grantCalls.list({ states: [], region: null, deleted: false, limit: 100, offset: 0 });
  applications = grantApplications.list({ callId: null, communityId: null, states: [], deleted: false, limit: 500, offset: 0 });
}, 60_000);

afterAll(() => sample.core.dispose());

describe('the sample grants year', () => {
  it('holds two open and two targeted calls across Asia, Africa and Latin America, in several languages, under US$5,000', () => {
    expect(sample.core.vault.auditTrail(5000).filter((e) => e.kind === 'grant_call_created')).toHaveLength(4);
    expect(calls.map((c) => c.kind).sort()).toEqual(['open', 'open', 'targeted', 'targeted']);
    expect(new Set(calls.flatMap((c) => c.regions))).toEqual(new Set(['asia', 'africa', 'latin_america']));
    expect(new Set(calls.flatMap((c) => c.texts.map((t) => t.language)))).toEqual(new Set(['en', 'es', 'fr', 'pt']));
    for (const call of calls) {
      expect(call.ceiling).toBeLessThanOrEqual(5000);
      expect(call.currency).toBe('USD');
      expect(call.rubric.length).toBeGreaterThanOrEqual(3);
      expect(call.rubric.length).toBeLessThanOrEqual(5);
      expect(call.workingGroup.length).toBe(3);
      expect(call.quorum).toBe(2);
      expect(call.eligibility.length).toBeGreaterThan(0);
      if (call.kind === 'targeted') expect(call.targets.length).toBeGreaterThan(0);
    }
    expect(calls.map((c) => c.state).sort()).toEqual(['decided', 'decided', 'decided', 'in_review']);
  });

  it('holds about forty applications, in every state of the lifecycle', () => {
    expect(applications).toHaveLength(SAMPLE_APPLICATIONS.length);
    expect(applications.length).toBeGreaterThanOrEqual(35);
    expect(new Set(applications.map((a) => a.state))).toEqual(new Set(APPLICATION_STATES));
    for (const planned of SAMPLE_APPLICATIONS) {
      expect(applications.find((a) => a.title === planned.title && a.state === planned.outcome), planned.key).toBeDefined();
    }
    for (const application of applications) expect(application.amountRequested).toBeLessThanOrEqual(5000);
  });

  it('keeps late applications with the reason they were accepted', () => {
    const late = applications.filter((a) => a.late);
    expect(late.length).toBeGreaterThanOrEqual(2);
    for (const application of late) expect(application.lateReason).not.toBe('');
  });

  it('has texts in Spanish, French, Portuguese and local languages, each with its translation beside it', () => {
    for (const language of ['es', 'fr', 'pt', 'sw', 'tl', 'id']) {
      const inLanguage = applications.filter((a) => a.originalLanguage === language);
      expect(inLanguage.length, language).toBeGreaterThan(0);
      for (const application of inLanguage) {
        expect(application.translationLanguage).toBe('en');
        expect(application.translation).not.toBe('');
      }
    }
    for (const channel of ['phone', 'paper', 'voice_note']) expect(applications.some((a) => a.channel === channel), channel).toBe(true);
  });

  it('converts budgets in local currencies at their recorded rate', () => {
    const converted = applications.filter((a) => a.budget.some((line) => line.currency !== 'USD'));
    expect(converted.length).toBeGreaterThan(20);
    for (const application of converted) {
      const sum = application.budget.reduce((total, line) => total + Math.round(line.amount * line.rate * 100), 0) / 100;
      expect(application.amountRequested).toBeCloseTo(sum, 2);
    }
  });

  it('records one recusal per call, with its reason, and decisions with quorum after it', () => {
    const { db } = sample.core.vault.openVault();
    for (const call of calls) {
      const conflicts = listReviewsOfCall(db, call.id).filter((r) => r.declaration === 'conflict');
      expect(conflicts, call.texts[0]?.title).toHaveLength(1);
      expect(conflicts[0]?.conflictReason).not.toBe('');
      const meetings = sample.core.grants.grantMeetings.list(call.id);
      if (call.state === 'decided') {
        expect(meetings).toHaveLength(1);
        const [meeting] = meetings;
        // A recused member who attended is listed as recused; one who sent apologies is simply not there.
        const attended = conflicts.filter((r) => meeting?.attendees.includes(r.reviewerVaultId));
        expect(meeting?.recusals.map((r) => r.vaultId)).toEqual(attended.map((r) => r.reviewerVaultId));
        expect(meeting?.quorum.every((q) => q.met && q.present >= 2)).toBe(true);
      } else {
        expect(meetings).toHaveLength(0);
      }
    }
  });

  it('shows the secretariat its own recusal sealed in the ranked table of the call under review', () => {
    const underReview = calls.find((c) => c.state === 'in_review');
    const rows = sample.core.grants.grantCalls.ranked(underReview?.id ?? '');
    const sealed = rows.filter((r) => r.recused);
    expect(sealed).toHaveLength(1);
    expect(sealed[0]?.mean).toBeNull();
    expect(rows.some((r) => r.mean !== null && !r.recused)).toBe(true);
    const decided = calls.filter((c) => c.state === 'decided').flatMap((c) => sample.core.grants.grantCalls.ranked(c.id));
    expect(decided.some((r) => r.disagreement)).toBe(true);
  });

  it('pays tranches, leaves some due, and has reports approved, received and overdue', () => {
    const { grantAwards } = sample.core.grants;
    const awarded = applications.filter((a) => ['awarded', 'reporting', 'closed'].includes(a.state));
    const awards = awarded.map((a) => grantAwards.forApplication(a.id));
    expect(awards.every((award) => award !== null)).toBe(true);
    const tranches = awards.flatMap((award) => award?.tranches ?? []);
    expect(tranches.some((t) => t.paid > 0)).toBe(true);
    expect(tranches.some((t) => t.paid === 0)).toBe(true);
    const reports = awards.flatMap((award) => award?.reports ?? []);
    for (const state of ['approved', 'received', 'changes_needed', 'due'] as const) expect(reports.some((r) => r.state === state), state).toBe(true);
    const overdue = grantAwards.overdueReports();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.every((r) => r.communityName !== '' && r.applicationTitle !== '')).toBe(true);
    const audit = sample.core.vault.auditTrail(5000);
    expect(audit.some((e) => e.kind === 'grant_payment_override')).toBe(true);
  });

  it('is the same year whatever the roster: the hand-written calls, and the same scores from their own seeded stream', async () => {
    expect(calls.map((c) => c.texts[0]?.title).sort()).toEqual(SAMPLE_CALLS.map((c) => c.texts[0]?.title).sort());
    const other = await openTestCore();
    await other.core.sample.create(12, 99);
    const table = (core: TestCore['core']) =>
      core.grants.grantCalls
        .list({ states: [], region: null, deleted: false, limit: 100, offset: 0 })
        .map((call) => core.grants.grantCalls.ranked(call.id).map((row) => [row.title, row.state, row.mean, row.disagreement, row.recused]));
    expect(table(other.core)).toEqual(table(sample.core));
    other.core.dispose();
  }, 60_000);
});
