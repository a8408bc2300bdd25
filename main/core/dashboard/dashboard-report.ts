// The printable dashboard report: one self-contained HTML document (inline CSS, SVG bars, every text escaped, no script).
import { COLLABORATION_STATES } from '../../../common/community/collaboration.schema.js';
import { countsByArea, dashboardTable } from '../../../common/dashboard/dashboard-table.js';
import type { Dashboard } from '../../../common/dashboard/dashboard.schema.js';
import type { Language } from '../../../common/languages.js';
import { rangeText, type DashboardWords } from './dashboard-text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Nothing in the report may load or run anything: styles inline, no script, no network. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1b1b; font-size: 10.5pt; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 16pt 0 6pt; break-after: avoid; }
  p.meta { margin: 0; color: #444; }
  table { border-collapse: collapse; width: 100%; break-inside: auto; }
  th, td { border-bottom: 1px solid #ccc; padding: 3pt 5pt; text-align: left; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
  tr.region th, tr.region td { background: #eef2f6; font-weight: 600; }
  tr { break-inside: avoid; }
  .headline td.n { font-size: 14pt; font-weight: 700; }
  svg text { font-size: 9pt; fill: #1b1b1b; }
  .notes { color: #333; font-size: 9.5pt; }
`;

const BAR_HEIGHT = 16;
const BAR_GAP = 6;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 360;

/** Horizontal bars as SVG, labelled for screen readers by the heading above it; the same numbers are in the tables. */
function bars(lines: { label: string; count: number }[], words: DashboardWords, labelId: string): string {
  const max = Math.max(1, ...lines.map((line) => line.count));
  const height = lines.length * (BAR_HEIGHT + BAR_GAP);
  const rows = lines.map((line, index) => {
    const y = index * (BAR_HEIGHT + BAR_GAP);
    const width = Math.max(1, Math.round((line.count / max) * BAR_WIDTH));
    return [
      `<text x="0" y="${y + BAR_HEIGHT - 4}">${escapeHtml(line.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="#2f6f9f"></rect>`,
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + BAR_HEIGHT - 4}">${escapeHtml(words.number(line.count))}</text>`,
    ].join('');
  });
  const viewWidth = LABEL_WIDTH + BAR_WIDTH + 60;
  return `<svg role="img" aria-labelledby="${labelId}" width="${viewWidth}" height="${height}" viewBox="0 0 ${viewWidth} ${height}">${rows.join('')}</svg>`;
}

function headline(dashboard: Dashboard, words: DashboardWords): string {
  const keys = ['collaborations', 'linkages', 'communities', 'collaborators', 'countries'] as const;
  const rows = keys.map((key) => `<tr><th scope="row">${escapeHtml(words.text(`figure.${key}`))}</th><td class="n">${escapeHtml(words.number(dashboard.totals[key]))}</td></tr>`);
  return `<table class="headline"><caption hidden>${escapeHtml(words.text('report.headline'))}</caption><tbody>${rows.join('')}</tbody></table>`;
}

function crossTable(dashboard: Dashboard, words: DashboardWords): string {
  const blocks = dashboardTable(dashboard);
  if (blocks.length === 0) return `<p>${escapeHtml(words.text('empty'))}</p>`;
  const head = [words.text('table.regionArea'), ...COLLABORATION_STATES.map((state) => words.status(state)), words.text('table.total')];
  const body = blocks.map(({ region, lines }) =>
    lines
      .map((line) => {
        const label = line.area === null ? words.region(region) : words.area(line.area);
        const cells = COLLABORATION_STATES.map((state) => `<td class="n">${escapeHtml(words.number(line.byStatus[state]))}</td>`).join('');
        return `<tr${line.area === null ? ' class="region"' : ''}><th scope="row">${escapeHtml(label)}</th>${cells}<td class="n">${escapeHtml(words.number(line.total))}</td></tr>`;
      })
      .join(''),
  );
  const headCells = head.map((text, index) => `<th scope="col"${index === 0 ? '' : ' class="n"'}>${escapeHtml(text)}</th>`).join('');
  return `<table><thead><tr>${headCells}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The whole report in `language`, for the range and the moment it was made. */
export function dashboardReportHtml(dashboard: Dashboard, words: DashboardWords, language: Language, generatedAt: number): string {
  const title = words.text('report.title');
  const regionBars = dashboard.byRegion.map((line) => ({ label: words.region(line.region), count: line.count }));
  const statusBars = dashboard.byStatus.map((line) => ({ label: words.status(line.status), count: line.count }));
  const areaBars = countsByArea(dashboard).map((line) => ({ label: words.area(line.area), count: line.count }));
  const chart = (id: string, heading: string, lines: { label: string; count: number }[]) =>
    lines.length === 0 ? '' : `<h2 id="${id}">${escapeHtml(heading)}</h2>${bars(lines, words, id)}`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(words.text('report.range', { range: rangeText(words, dashboard.range) }))}</p>`,
    `<p class="meta">${escapeHtml(words.text('report.generated', { when: words.moment(generatedAt) }))}</p>`,
    `<h2>${escapeHtml(words.text('report.headline'))}</h2>`,
    headline(dashboard, words),
    chart('by-region', words.text('chart.byRegion'), regionBars),
    chart('by-status', words.text('chart.byStatus'), statusBars),
    chart('by-area', words.text('chart.byArea'), areaBars),
    `<h2>${escapeHtml(words.text('table.title'))}</h2>`,
    crossTable(dashboard, words),
    `<h2>${escapeHtml(words.text('report.notesTitle'))}</h2>`,
    `<div class="notes"><p>${escapeHtml(words.text('definitions.collaborations'))}</p><p>${escapeHtml(words.text('definitions.areas'))}</p>`,
    `<p>${escapeHtml(words.text('definitions.linkages'))}</p><p>${escapeHtml(words.text('definitions.involved'))}</p>`,
    `<p>${escapeHtml(words.text('definitions.grants'))}</p></div>`,
    '</body></html>',
  ].join('\n');
}
