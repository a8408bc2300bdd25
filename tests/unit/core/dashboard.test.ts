// The dashboard over a hand-built vault: every figure for several ranges, checked by hand and against direct SQL counts;
// the lists behind figures; deleted records never counted; rows from bundles followed with nothing left in SQLite; the
// CSV export and the printed report, audited.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DashboardDrill, DashboardRange } from '../../../common/dashboard/dashboard.schema.js';
import { readTravellingRow, writeTravellingRow } from '../../../db/sync-rows.js';
import { escapeHtml } from '../../../main/core/dashboard/dashboard-report.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { directCounts } from './dashboard-direct-counts.js';

const at = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** Four live collaborations in three regions, plus one of a deleted community and one deleted itself. */
async function handBuiltVault() {
  const made = await routedTestVault();
  const { call, platform } = made;
  const on = (date: string) => platform.setNow(at(date));
  const id = async (channel: string, input: unknown) => (await call<{ id: string }>(channel, input)).id;
  on('2026-01-02');
  const community = (name: string, country: string) => id('cre:communities.create', { community: { ...RIO_VERDE, name, country, contacts: [] } });
  const rio = await community('Rio Verde', 'BR');
  const manila = await community('Manila Bay Fishers', 'PH');
  const nairobi = await community('Nairobi River Settlers', 'KE');
  const gone = await community('Gone Community', 'BR');
  const person = (name: string) => id('cre:roster.create', { collaborator: { ...ANA, name, contacts: [] } });
  const ana = await person('Ana Example');
  const ben = await person('Ben Example');
  const caro = await person('Caro Example');
  const ask = (communityId: string, strategyAreas: string[]) =>
    id('cre:requests.create', { request: { communityId, strategyAreas, level: 'local', languages: [], urgency: 'medium', description: 'Support' } });
  const r1 = await ask(rio, ['advocacy', 'financial_research']);
  const r2 = await ask(manila, ['media_campaigning']);
  const r3 = await ask(rio, ['courts_complaints']);
  const start = (date: string, communityId: string, requestId: string | null, members: string[]) => {
    on(date);
    return id('cre:collaborations.create', {
      collaboration: { communityId, requestId, members: members.map((collaboratorId) => ({ collaboratorId })), owner: 'Facilitator' },
    });
  };
  const move = async (date: string, collaborationId: string, to: string) => {
    on(date);
    await call('cre:collaborations.move', { id: collaborationId, to });
  };
  const k1 = await start('2026-01-10', rio, r1, [ana, ben]);
  await move('2026-02-01', k1, 'introduced');
  await move('2026-02-15', k1, 'active');
  await move('2026-03-20', k1, 'concluded');
  const k2 = await start('2026-02-05', manila, r2, [ana]);
  await move('2026-04-02', k2, 'introduced');
  const k3 = await start('2026-01-05', nairobi, null, [caro]);
  await move('2026-01-20', k3, 'declined');
  const k4 = await start('2026-03-01', rio, r3, [ben]);
  await start('2026-02-01', gone, null, [ana]);
  const k6 = await start('2026-02-10', manila, null, [ben]);
  on('2026-05-01');
  await call('cre:collaborations.delete', { id: k6 });
  await call('cre:communities.delete', { id: gone });
  await call('cre:requests.delete', { id: r3 });
  await call('cre:roster.delete', { id: caro });
  const dashboard = (range: Partial<DashboardRange>) => call<Dashboard>('cre:dashboard.get', { range });
  const drill = (range: Partial<DashboardRange>, figure: unknown, page: { offset?: number; limit?: number } = {}) =>
    call<DashboardDrill>('cre:dashboard.drill', { range, figure, ...page });
  const db = () => made.core.vault.openVault().db;
  return { ...made, dashboard, drill, db, ids: { rio, manila, nairobi, ana, ben, caro, k1, k2, k3, k4 } };
}

const RANGES: DashboardRange[] = [
  { from: null, to: null },
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2026-03-21', to: null },
  { from: null, to: '2026-01-31' },
  { from: '2026-03-20', to: '2026-03-20' },
  { from: '2027-01-01', to: '2027-12-31' },
  { from: '2025-01-01', to: '2025-12-31' },
];

describe('the dashboard', () => {
  it('counts every figure of a hand-built vault as defined, for all time and for shorter ranges', async () => {
    const { dashboard } = await handBuiltVault();
    const all = await dashboard({});
    expect(all.range).toEqual({ from: null, to: null });
    expect(all.totals).toEqual({ collaborations: 4, linkages: 2, communities: 3, collaborators: 2, countries: 3 });
    expect(all.byRegion).toEqual([
      { region: 'asia', count: 1 },
      { region: 'africa', count: 1 },
      { region: 'latin_america', count: 2 },
    ]);
    expect(all.byStatus).toEqual([
      { status: 'proposed', count: 1 },
      { status: 'introduced', count: 1 },
      { status: 'concluded', count: 1 },
      { status: 'declined', count: 1 },
    ]);
    // The deleted request lends no area: its collaboration is "not stated"; one request with two areas counts under both.
    expect(all.cells).toEqual([
      { region: 'asia', area: 'media_campaigning', status: 'introduced', count: 1 },
      { region: 'africa', area: 'not_stated', status: 'declined', count: 1 },
      { region: 'latin_america', area: 'advocacy', status: 'concluded', count: 1 },
      { region: 'latin_america', area: 'financial_research', status: 'concluded', count: 1 },
      { region: 'latin_america', area: 'not_stated', status: 'proposed', count: 1 },
    ]);

    const february = await dashboard({ from: '2026-02-01', to: '2026-02-28' });
    expect(february.totals).toEqual({ collaborations: 2, linkages: 1, communities: 2, collaborators: 2, countries: 2 });
    const since = await dashboard({ from: '2026-03-21' });
    expect(since.totals).toEqual({ collaborations: 2, linkages: 1, communities: 2, collaborators: 2, countries: 2 });
    const until = await dashboard({ to: '2026-01-31' });
    expect(until.totals).toEqual({ collaborations: 2, linkages: 0, communities: 2, collaborators: 2, countries: 2 });
    // Concluded on the range's only day: still open on that day, like the two begun before it.
    expect((await dashboard({ from: '2026-03-20', to: '2026-03-20' })).totals.collaborations).toBe(3);
    // Before anything was proposed nothing counts; years later the two still open do.
    expect((await dashboard({ from: '2027-01-01', to: '2027-12-31' })).totals.collaborations).toBe(2);
    const empty = await dashboard({ from: '2025-01-01', to: '2025-12-31' });
    expect(empty).toMatchObject({ totals: { collaborations: 0, linkages: 0, communities: 0, collaborators: 0, countries: 0 }, cells: [] });
  });

  it('agrees with direct SQL counts for every range', async () => {
    const { dashboard, db } = await handBuiltVault();
    for (const range of RANGES) expect(await dashboard(range), JSON.stringify(range)).toEqual(directCounts(db(), range));
  });

  it('lists the records behind every figure, a page at a time', async () => {
    const { dashboard, drill, ids } = await handBuiltVault();
    const all = await dashboard({});
    for (const cell of all.cells) {
      const list = await drill({}, { kind: 'collaborations', region: cell.region, area: cell.area, status: cell.status });
      expect(list.total).toBe(cell.count);
      expect(list.items).toHaveLength(cell.count);
    }
    const linkages = await drill({ from: '2026-02-01', to: '2026-02-28' }, { kind: 'linkages' });
    expect(linkages).toMatchObject({ kind: 'collaborations', total: 1, items: [{ id: ids.k1, introducedOn: '2026-02-01', startedOn: '2026-01-10' }] });
    const rio = await drill({}, { kind: 'collaborations', region: 'latin_america' });
    expect(rio.kind === 'collaborations' && rio.items.map((item) => [item.id, item.areas])).toEqual([
      [ids.k4, ['not_stated']],
      [ids.k1, ['advocacy', 'financial_research']],
    ]);
    expect(await drill({}, { kind: 'communities' })).toEqual({
      kind: 'communities',
      total: 3,
      items: [
        { id: ids.manila, name: 'Manila Bay Fishers', country: 'PH', region: 'asia', collaborations: 1 },
        { id: ids.nairobi, name: 'Nairobi River Settlers', country: 'KE', region: 'africa', collaborations: 1 },
        { id: ids.rio, name: 'Rio Verde', country: 'BR', region: 'latin_america', collaborations: 2 },
      ],
    });
    const countries = await drill({}, { kind: 'countries' });
    expect(countries.kind === 'communities' && countries.items.map((item) => item.country)).toEqual(['BR', 'KE', 'PH']);
    expect(await drill({}, { kind: 'collaborators' })).toEqual({
      kind: 'collaborators',
      total: 2,
      items: [
        { id: ids.ana, name: 'Ana Example', collaborations: 2 },
        { id: ids.ben, name: 'Ben Example', collaborations: 2 },
      ],
    });
    const page = await drill({}, { kind: 'collaborations' }, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.id)).toEqual([ids.k3, ids.k2]);
  });

  it('refuses a range that ends before it starts and a figure it does not know', async () => {
    const { failure } = await handBuiltVault();
    expect(await failure('cre:dashboard.get', { range: { from: '2026-03-01', to: '2026-02-01' } })).toBe('invalid_input');
    expect(await failure('cre:dashboard.get', { range: { from: '2026-02-30' } })).toBe('invalid_input');
    expect(await failure('cre:dashboard.drill', { range: {}, figure: { kind: 'grants' } })).toBe('invalid_input');
  });

  it('exports the figures as CSV to the chosen file, audited; a cancelled dialog writes nothing', async () => {
    const { call, platform, core } = await handBuiltVault();
    const range = { from: '2026-02-01', to: '2026-02-28' };
    expect(await call('cre:dashboard.exportCsv', { range })).toEqual({ saved: false });
    const path = join(makeTempDir(), 'dashboard.csv');
    platform.setNextSaveFile(path);
    expect(await call('cre:dashboard.exportCsv', { range })).toEqual({ saved: true });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFFigure,Region,Strategy area,Status,Count,From,To\r\n')).toBe(true);
    expect(text).toContain('Collaborations,,,,2,2026-02-01,2026-02-28\r\n');
    expect(text).toContain('Linkages made,,,,1,2026-02-01,2026-02-28\r\n');
    expect(text).toContain('"Collaborations by region, strategy area and status",Asia,Media and campaigning,Introduced,1,2026-02-01,2026-02-28\r\n');
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'dashboard_exported', detail: { from: '2026-02-01', to: '2026-02-28' } });

    await call('cre:preferences.setLanguage', { language: 'es' });
    platform.setNextSaveFile(path);
    await call('cre:dashboard.exportCsv', { range: {} });
    expect(readFileSync(path, 'utf8')).toContain('Vínculos establecidos,,,,2,,\r\n');
  });

  it('prints the report to the chosen PDF file, in the user language, audited', async () => {
    const { call, platform, core } = await handBuiltVault();
    const printed: string[] = [];
    platform.setPdfPrinter(async (html) => {
      printed.push(html);
      return new TextEncoder().encode(`%PDF-1.7 ${html.length}`);
    });
    await call('cre:preferences.setLanguage', { language: 'fr' });
    const path = join(makeTempDir(), 'report.pdf');
    platform.setNextSaveFile(path);
    expect(await call('cre:dashboard.printReport', { range: { from: '2026-02-01', to: '2026-02-28' } })).toEqual({ saved: true });
    const html = printed[0] ?? '';
    expect(readFileSync(path, 'utf8')).toBe(`%PDF-1.7 ${html.length}`);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Rapport de suivi et d’apprentissage');
    expect(html).toContain('Période : 1 février 2026 – 28 février 2026');
    expect(html).toContain('Mises en relation');
    expect(html).not.toMatch(/<script/i);
    expect(core.vault.auditTrail(1)[0]).toMatchObject({ kind: 'dashboard_printed', detail: { from: '2026-02-01', to: '2026-02-28' } });

    // Without a printer (the command line), printing fails with a typed error and leaves no file behind.
    platform.setPdfPrinter(null);
    const other = join(makeTempDir(), 'none.pdf');
    platform.setNextSaveFile(other);
    expect(await call('cre:dashboard.printReport', { range: {} }).catch((error: Error) => error.message)).toMatch(/^internal/);
    expect(existsSync(other)).toBe(false);
  });

  it('escapes every text it puts in the report', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });

  it('never counts deleted records, and counts them again once restored', async () => {
    const { call, dashboard, drill, db, ids } = await handBuiltVault();
    expect((await dashboard({})).totals.collaborations).toBe(4);
    await call('cre:communities.delete', { id: ids.rio });
    expect((await dashboard({})).totals).toMatchObject({ collaborations: 2, communities: 2, countries: 2 });
    await call('cre:communities.restore', { id: ids.rio });
    await call('cre:roster.delete', { id: ids.ben });
    expect((await dashboard({})).totals).toMatchObject({ collaborations: 4, collaborators: 1 });
    // A collaboration taken out and put back is patched into the index in its place (newest first).
    await call('cre:collaborations.delete', { id: ids.k2 });
    expect(await dashboard({})).toEqual(directCounts(db(), { from: null, to: null }));
    await call('cre:collaborations.restore', { id: ids.k2 });
    expect(await dashboard({})).toEqual(directCounts(db(), { from: null, to: null }));
    const list = await drill({}, { kind: 'collaborations' });
    expect(list.kind === 'collaborations' && list.items.map((item) => item.id)).toEqual([ids.k4, ids.k3, ids.k2, ids.k1]);
  });

  it('follows rows written from a bundle, tombstones included, and leaves no trigger or table in SQLite', async () => {
    const { dashboard, drill, db, ids } = await handBuiltVault();
    await dashboard({});
    // What the vault keeps for the dashboard lives in memory: a trigger would slow every later bulk write (decision 0007).
    expect(db().prepare('SELECT type, name FROM sqlite_temp_master').all()).toEqual([]);
    // A peer's changes, a second apart, newer than anything in the vault.
    const later = (row: Record<string, unknown>, seconds: number) => {
      const at = new Date(Date.parse('2026-06-01T00:00:00Z') + seconds * 1000);
      return { ...row, updated_at: at.toISOString(), hlc: `${at.getTime()}-00000-peer`, changed_by: 'peer' };
    };
    const rio = readTravellingRow(db(), 'communities', ids.rio)!;
    const deleted = later({ id: ids.rio }, 1);
    writeTravellingRow(db(), 'communities', { ...deleted, deleted_at: deleted.updated_at });
    expect(await dashboard({})).toEqual(directCounts(db(), { from: null, to: null }));
    expect((await dashboard({})).totals).toMatchObject({ collaborations: 2, communities: 2 });
    writeTravellingRow(db(), 'communities', later(rio, 2));
    const ana = readTravellingRow(db(), 'collaborators', ids.ana)!;
    writeTravellingRow(db(), 'collaborators', { ...later(ana, 3), name: 'Ana Renamed' });
    expect(await dashboard({})).toEqual(directCounts(db(), { from: null, to: null }));
    expect((await dashboard({})).totals.collaborations).toBe(4);
    const people = await drill({}, { kind: 'collaborators' });
    expect(people.kind === 'collaborators' && people.items.map((item) => item.name)).toEqual(['Ana Renamed', 'Ben Example']);
    expect(db().prepare('SELECT type, name FROM sqlite_temp_master').all()).toEqual([]);
  });
});
