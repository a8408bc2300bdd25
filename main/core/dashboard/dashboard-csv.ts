// The dashboard as CSV: one row per figure (headline figures, then region, status, region × status, and every cell), formula-safe.
import Papa from 'papaparse';
import type { Dashboard } from '../../../common/dashboard/dashboard.schema.js';
import { guardCell } from '../roster/csv-export.js';
import type { DashboardWords } from './dashboard-text.js';

const HEADLINE = ['collaborations', 'linkages', 'communities', 'collaborators', 'countries'] as const;

/** The CSV text with a UTF-8 BOM (so spreadsheets read accents right); labels in the words' language, counts as plain integers. */
export function dashboardCsv(dashboard: Dashboard, words: DashboardWords): string {
  const from = dashboard.range.from ?? '';
  const to = dashboard.range.to ?? '';
  const row = (figure: string, region: string, area: string, status: string, count: number) => [figure, region, area, status, String(count), from, to];
  const data: string[][] = [
    ...HEADLINE.map((key) => row(words.text(`figure.${key}`), '', '', '', dashboard.totals[key])),
    ...dashboard.byRegion.map((line) => row(words.text('csv.byRegion'), words.region(line.region), '', '', line.count)),
    ...dashboard.byStatus.map((line) => row(words.text('csv.byStatus'), '', '', words.status(line.status), line.count)),
    ...dashboard.byRegionStatus.map((line) => row(words.text('csv.byRegionStatus'), words.region(line.region), '', words.status(line.status), line.count)),
    ...dashboard.cells.map((cell) => row(words.text('csv.byCell'), words.region(cell.region), words.area(cell.area), words.status(cell.status), cell.count)),
  ];
  const fields = ['figure', 'region', 'area', 'status', 'count', 'from', 'to'].map((key) => words.text(`csv.column.${key}`));
  const guarded = data.map((cells) => cells.map(guardCell));
  return `\uFEFF${Papa.unparse({ fields, data: guarded }, { newline: '\r\n' })}\r\n`;
}
