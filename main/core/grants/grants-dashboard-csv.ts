// The grants dashboard as CSV: one row per group (calls, regions, strategy areas, then the totals per currency), one
// column per figure; labels in the user's language, numbers plain (dot decimals) so spreadsheets read them, formula-safe.
import Papa from 'papaparse';
import type { GrantFigures, GrantGroup, GrantsDashboard } from '../../../common/grants/grants-dashboard.schema.js';
import type { Language } from '../../../common/languages.js';
import { catalogText } from '../catalog-message.js';
import { guardCell } from '../roster/csv-export.js';

/** The figures, in the order they are written everywhere. */
export const GRANT_FIGURE_KEYS = [
  'applications',
  'approved',
  'declined',
  'waitlisted',
  'awards',
  'requested',
  'awarded',
  'disbursed',
  'medianDaysToDecision',
  'directShare',
] as const satisfies readonly (keyof GrantFigures)[];

/** The sections of the dashboard, with the word naming their grouping. */
export const GRANT_SECTIONS = [
  ['byCall', 'call'],
  ['byRegion', 'region'],
  ['byStrategyArea', 'strategyArea'],
  ['totals', 'total'],
] as const satisfies readonly (readonly [keyof Omit<GrantsDashboard, 'generatedAt'>, string])[];

function cell(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10_000) / 10_000);
}

/** The CSV text with a UTF-8 BOM (so spreadsheets read accents right). */
export function grantsDashboardCsv(dashboard: GrantsDashboard, language: Language): string {
  const text = (key: string) => catalogText(language, 'grants', `dashboard.${key}`);
  const row = (grouping: string, group: GrantGroup) => [
    text(`grouping.${grouping}`),
    group.label,
    group.currency,
    ...GRANT_FIGURE_KEYS.map((key) => cell(group.figures[key])),
  ];
  const data = GRANT_SECTIONS.flatMap(([section, grouping]) => dashboard[section].map((group) => row(grouping, group)));
  const fields = [text('column.grouping'), text('column.group'), text('column.currency'), ...GRANT_FIGURE_KEYS.map((key) => text(`figure.${key}`))];
  const guarded = data.map((cells) => cells.map(guardCell));
  return `\uFEFF${Papa.unparse({ fields, data: guarded }, { newline: '\r\n' })}\r\n`;
}
