// The printable grants dashboard: one self-contained HTML document (inline CSS, every text escaped, no script), a table
// per grouping with every figure, in the user's language.
import type { GrantFigures, GrantGroup, GrantsDashboard } from '../../../common/grants/grants-dashboard.schema.js';
import type { Language } from '../../../common/languages.js';
import { catalogText } from '../catalog-message.js';
import { escapeHtml } from '../dashboard/dashboard-report.js';
import { GRANT_FIGURE_KEYS, GRANT_SECTIONS } from './grants-dashboard-csv.js';
import { formatMoney } from './grant-formats.js';

/** Nothing in the report may load or run anything: styles inline, no script, no network. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
  @page { size: A4 landscape; margin: 14mm 12mm; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1b1b; font-size: 9.5pt; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 12.5pt; margin: 14pt 0 6pt; break-after: avoid; }
  p.meta { margin: 0; color: #444; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: 3pt 4pt; text-align: left; vertical-align: top; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
  tr { break-inside: avoid; }
  .notes { color: #333; font-size: 9pt; }
`;

/** The words and number formats of one language, bound once. */
export function grantsDashboardWords(language: Language) {
  const number = new Intl.NumberFormat(language);
  const days = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    text: (key: string, params: Readonly<Record<string, string>> = {}) => catalogText(language, 'grants', `dashboard.${key}`, params),
    /** A figure as the report shows it: counts, sums in the group's currency, days, a share; a dash when there is none. */
    figure(key: keyof GrantFigures, figures: GrantFigures, currency: string): string {
      const value = figures[key];
      if (value === null) return catalogText(language, 'grants', 'dashboard.noValue');
      if (key === 'requested' || key === 'awarded' || key === 'disbursed') {
        return formatMoney(value, currency, language);
      }
      if (key === 'medianDaysToDecision') return days.format(value);
      if (key === 'directShare') return percent.format(value);
      return number.format(value);
    },
    moment: (ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms)),
  };
}
export type GrantsDashboardWords = ReturnType<typeof grantsDashboardWords>;

function table(groups: readonly GrantGroup[], grouping: string, words: GrantsDashboardWords): string {
  if (groups.length === 0) return `<p>${escapeHtml(words.text('empty'))}</p>`;
  const head = [
    `<th scope="col">${escapeHtml(words.text(`grouping.${grouping}`))}</th>`,
    `<th scope="col">${escapeHtml(words.text('column.currency'))}</th>`,
    ...GRANT_FIGURE_KEYS.map((key) => `<th scope="col" class="n">${escapeHtml(words.text(`figure.${key}`))}</th>`),
  ].join('');
  const rows = groups.map((group) => {
    const cells = GRANT_FIGURE_KEYS.map((key) => `<td class="n">${escapeHtml(words.figure(key, group.figures, group.currency))}</td>`).join('');
    return `<tr><th scope="row">${escapeHtml(group.label)}</th><td>${escapeHtml(group.currency)}</td>${cells}</tr>`;
  });
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The whole report in `language`, as of the moment it was made. */
export function grantsDashboardReportHtml(dashboard: GrantsDashboard, language: Language, generatedAt: number): string {
  const words = grantsDashboardWords(language);
  const title = words.text('title');
  const sections = GRANT_SECTIONS.map(
    ([section, grouping]) => `<h2>${escapeHtml(words.text(`section.${section}`))}</h2>${table(dashboard[section], grouping, words)}`,
  );
  const notes = ['approved', 'amounts', 'days', 'direct'].map((key) => `<p>${escapeHtml(words.text(`notes.${key}`))}</p>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(words.text('generated', { when: words.moment(generatedAt) }))}</p>`,
    ...sections,
    `<h2>${escapeHtml(words.text('notesTitle'))}</h2>`,
    `<div class="notes">${notes}</div>`,
    '</body></html>',
  ].join('\n');
}
