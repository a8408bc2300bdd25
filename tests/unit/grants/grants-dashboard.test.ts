// The grants dashboard on hand-built figures over a real vault: counts, sums, median days to decision, direct share,
// per call, region, strategy area and currency; CSV and printed report audited; and how fast it reads 2,000 applications.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../../common/grants/application.schema.js';
import type { GrantFigures } from '../../../common/grants/grants-dashboard.schema.js';
import { setApplicationDeleted, updateApplicationStatus } from '../../../db/grant-applications.repo.js';
import { insertAward, insertPayment } from '../../../db/grant-awards.repo.js';
import { countGrantsDashboard, median } from '../../../main/core/grants/grants-dashboard-figures.js';
import { createGrantDashboardService } from '../../../main/core/grants/grants-dashboard.service.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { awardsTestVault } from '../../helpers/grant-award-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const RECEIVED = '2026-04-01T00:00:00.000Z';
const day = (n: number) => Date.parse(RECEIVED) + n * 86_400_000;

const zero: GrantFigures = {
  applications: 0,
  approved: 0,
  declined: 0,
  waitlisted: 0,
  awards: 0,
  requested: 0,
  awarded: 0,
  disbursed: 0,
  medianDaysToDecision: null,
  directShare: null,
};

/**
 * Call A (USD; advocacy and community organizing): five applications, two regions; call B (EUR, no area): one award;
 * call C (USD): none. A deleted application and a removed payment count nowhere.
 */
async function dashboardVault() {
  const vault = await awardsTestVault({ strategyAreas: ['advocacy', 'community_organizing'] });
  const { core, platform, write, awards, addApplication, addCall, callId: callA } = vault;
  const asia = core.communities.create({ ...RIO_VERDE, name: 'Fictional Barangay of the Bay', country: 'ph', coordinates: null, languages: ['tl'] }).id;
  const callB = addCall({ currency: 'EUR', strategyAreas: [], texts: [{ language: 'en', title: 'Euro fund', text: '' }] });
  const callC = addCall({ texts: [{ language: 'en', title: 'Empty call', text: '' }] });

  const at = (n: number, state: ApplicationState) => ({ state, at: new Date(day(n)).toISOString(), note: '' });
  const apply = (call: string, amount: number, extra: Parameters<typeof addApplication>[1] = {}) =>
    addApplication(call, { amount, receivedAt: RECEIVED, state: 'in_review', history: [at(0, 'in_review')], ...extra });
  /** The decision recorded `days` after the application came in, as a meeting would. */
  const decide = (id: string, state: ApplicationState, days: number, approvedAmount?: number) => {
    platform.setNow(day(days));
    write((db, stamp) => updateApplicationStatus(db, id, { state, ...(approvedAmount === undefined ? {} : { approvedAmount }) }, stamp));
  };
  const single = (applicationId: string, amount: number) => ({
    applicationId,
    amount,
    awardedOn: '2026-06-01',
    signedOn: '2026-06-02',
    tranches: [{ id: 'only', amount, dueDate: '2026-06-15', condition: 'none' as const, reportNumber: null }],
    reports: [{ number: 1, kind: 'narrative' as const, dueDate: '2026-12-01' }],
  });
  const pay = (awardId: string, amount: number, currency = 'USD') =>
    awards.pay({ awardId, trancheId: 'only', date: '2026-06-20', amount, currency, method: 'mobile_money', reference: '', receiptAttachmentId: null, overrideReason: '' });

  const a1 = apply(callA, 1000);
  decide(a1, 'approved', 10, 900);
  const award1 = awards.create(single(a1, 900)).id;
  pay(award1, 500);
  awards.removePayment(pay(award1, 100).id);
  const a2 = apply(callA, 2000, { communityId: asia });
  decide(a2, 'declined', 20);
  const a3 = apply(callA, 1500);
  decide(a3, 'waitlisted', 3);
  apply(callA, 500);
  const a5 = apply(callA, 3000, { communityId: asia, recipient: 'intermediary', intermediaryName: 'Fictional Ally Foundation' });
  decide(a5, 'approved', 30, 3000);
  const award5 = awards.create({ ...single(a5, 3000), reports: [] }).id;
  pay(award5, 3000);
  const deleted = apply(callA, 9999);
  write((db, stamp) => setApplicationDeleted(db, deleted, true, stamp));
  const b1 = apply(callB, 1000);
  decide(b1, 'approved', 5, 800);
  awards.create(single(b1, 800));

  const service = createGrantDashboardService({ openVault: vault.openVault, platform, language: () => 'en' });
  return { ...vault, service, callA, callB, callC, states: { a5: vault.stateOf(a5) } };
}

describe('grants dashboard figures', () => {
  it('takes the median of an odd and an even count, to one decimal', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([10, 20, 3, 30])).toBe(15);
    expect(median([1, 2.25])).toBe(1.6);
  });

  it('counts per call, region, strategy area and currency from hand-built applications', async () => {
    const { service, callA, callB, callC, states } = await dashboardVault();
    expect(states.a5).toBe('closed');
    const dashboard = service.get();

    const callAFigures: GrantFigures = {
      applications: 5,
      approved: 2,
      declined: 1,
      waitlisted: 1,
      awards: 2,
      requested: 8000,
      awarded: 3900,
      disbursed: 3500,
      medianDaysToDecision: 15,
      directShare: 0.5,
    };
    const callBFigures: GrantFigures = { ...zero, applications: 1, approved: 1, awards: 1, requested: 1000, awarded: 800, medianDaysToDecision: 5, directShare: 1 };
    expect(dashboard.byCall).toEqual([
      { key: callC, label: 'Empty call', currency: 'USD', figures: zero },
      { key: callB, label: 'Euro fund', currency: 'EUR', figures: callBFigures },
      { key: callA, label: 'Seed fund for community organizing 2026', currency: 'USD', figures: callAFigures },
    ]);

    expect(dashboard.byRegion.map((g) => [g.key, g.label, g.currency])).toEqual([
      ['asia', 'Asia', 'USD'],
      ['latin_america', 'Latin America', 'EUR'],
      ['latin_america', 'Latin America', 'USD'],
    ]);
    expect(dashboard.byRegion[0]!.figures).toEqual({
      ...zero,
      applications: 2,
      approved: 1,
      declined: 1,
      awards: 1,
      requested: 5000,
      awarded: 3000,
      disbursed: 3000,
      medianDaysToDecision: 25,
      directShare: 0,
    });
    expect(dashboard.byRegion[2]!.figures).toEqual({
      ...zero,
      applications: 3,
      approved: 1,
      waitlisted: 1,
      awards: 1,
      requested: 3000,
      awarded: 900,
      disbursed: 500,
      medianDaysToDecision: 6.5,
      directShare: 1,
    });

    expect(dashboard.byStrategyArea.map((g) => [g.key, g.currency, g.figures.applications])).toEqual([
      ['advocacy', 'USD', 5],
      ['community_organizing', 'USD', 5],
      ['not_stated', 'EUR', 1],
    ]);
    expect(dashboard.byStrategyArea[2]!.label).toBe('No strategy area stated');
    expect(dashboard.totals).toEqual([
      { key: 'EUR', label: 'EUR', currency: 'EUR', figures: callBFigures },
      { key: 'USD', label: 'USD', currency: 'USD', figures: callAFigures },
    ]);
  });

  it('exports CSV and prints the report where asked, each audited; cancelled, nothing is written', async () => {
    const { service, platform, auditOf } = await dashboardVault();
    expect(await service.exportCsv()).toEqual({ saved: false });
    const csvPath = join(makeTempDir(), 'grants.csv');
    platform.setNextSaveFile(csvPath);
    expect(await service.exportCsv()).toEqual({ saved: true });
    const text = readFileSync(csvPath, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual(['Grouped by', 'Group', 'Currency', 'Applications', 'Approved', 'Declined', 'Waitlisted', 'Awards', 'Requested', 'Awarded', 'Disbursed', 'Median days to decision', 'Paid directly to communities']);
    expect(rows).toContainEqual(['All calls', 'USD', 'USD', '5', '2', '1', '1', '2', '8000', '3900', '3500', '15', '0.5']);
    expect(rows).toContainEqual(['Call', 'Empty call', 'USD', '0', '0', '0', '0', '0', '0', '0', '0', '', '']);
    expect(auditOf('grant_dashboard_exported')).toEqual([{}]);

    let printed = '';
    platform.setPdfPrinter(async (html) => {
      printed = html;
      return new TextEncoder().encode('%PDF-1.7 fake');
    });
    const pdfPath = join(makeTempDir(), 'grants.pdf');
    platform.setNextSaveFile(pdfPath);
    expect(await service.printReport()).toEqual({ saved: true });
    expect(readFileSync(pdfPath, 'utf8')).toBe('%PDF-1.7 fake');
    expect(printed).toContain('<h1>Grants dashboard</h1>');
    expect(printed).toContain('$3,500.00');
    expect(printed).toContain('50%');
    expect(printed).not.toContain('<script');
    expect(auditOf('grant_dashboard_printed')).toEqual([{}]);
  });

  it('reads 2,000 applications with awards and payments fast (p95 printed)', async () => {
    const { openVault, write, addCall, communityId, platform } = await awardsTestVault();
    const calls = [addCall(), addCall({ currency: 'EUR', strategyAreas: ['advocacy', 'media_campaigning'] }), addCall({ strategyAreas: [] }), addCall()];
    const states: ApplicationState[] = ['received', 'eligible', 'in_review', 'approved', 'declined', 'waitlisted', 'awarded', 'reporting', 'closed'];
    write((db, stamp) => {
      const insert = db.prepare(
        `INSERT INTO grant_applications (id, call_id, community_id, title, entered_by, received_at, channel, original_language, original_text,
           translation, budget, eligibility, documents, late_reason, recipient, intermediary_name, letter_language, amount_requested,
           decision_rationale, state, history, created_at, updated_at, hlc, changed_by)
         VALUES (?, ?, ?, 'Project', 'Facilitator', ?, 'phone', 'es', 'Texto', '', '[]', '[]', '[]', '', ?, '', 'es', ?, '', ?, ?, ?, ?, ?, ?)`,
      );
      for (let i = 0; i < 2000; i++) {
        const id = uuidv7();
        const state = states[i % states.length]!;
        const history = [{ state: 'received', at: RECEIVED, note: '' }, { state: 'approved', at: new Date(day(i % 40)).toISOString(), note: '' }];
        insert.run(id, calls[i % 4], communityId, RECEIVED, i % 3 === 0 ? 'intermediary' : 'community', 1000 + (i % 50) * 50, state, JSON.stringify(history), stamp.at, stamp.at, stamp.hlc, stamp.changedBy);
        if (['awarded', 'reporting', 'closed'].includes(state)) {
          const awardId = uuidv7();
          const tranches = [{ id: 'only', amount: 1000, dueDate: '2026-06-01', condition: 'none' as const, reportNumber: null }];
          insertAward(db, awardId, { applicationId: id, amount: 1000, awardedOn: '2026-05-01', tranches, reports: [], signedOn: null }, stamp);
          const payment = { awardId, trancheId: 'only', date: '2026-06-02', currency: 'USD', method: 'cash' as const, reference: '', receiptAttachmentId: null, overrideReason: '' };
          insertPayment(db, uuidv7(), { ...payment, amount: 400 }, stamp);
          insertPayment(db, uuidv7(), { ...payment, amount: 600 }, stamp);
        }
      }
    });
    const service = createGrantDashboardService({ openVault, platform, language: () => 'es' });
    const times: number[] = [];
    let applications = 0;
    for (let run = 0; run < 30; run++) {
      const started = performance.now();
      applications = service.get().totals.reduce((sum, group) => sum + group.figures.applications, 0);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(times.length * 0.95) - 1]!;
    console.log(`grants dashboard over 2,000 applications: fastest ${times[0]!.toFixed(1)} ms, median ${times[15]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    expect(applications).toBe(2000);
    // The target is 100 ms; the bound here only catches a gross slowdown on a busy test machine.
    expect(p95).toBeLessThan(1000);
  });

  it('shows calls without applications and nothing else on an empty vault', () => {
    const labels = { call: () => 'Call', region: (r: string) => r, area: (a: string) => a };
    const empty = countGrantsDashboard([], [{ id: 'c', currency: 'USD', texts: [], strategyAreas: [] }], labels, '2026-01-01T00:00:00.000Z');
    expect(empty).toEqual({ generatedAt: '2026-01-01T00:00:00.000Z', byCall: [{ key: 'c', label: 'Call', currency: 'USD', figures: zero }], byRegion: [], byStrategyArea: [], totals: [] });
  });
});
