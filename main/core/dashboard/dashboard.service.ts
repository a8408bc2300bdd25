// The dashboard: figures over a time range in one pass over an in-memory index, the list behind any figure, audited CSV and PDF.
import { rmSync } from 'node:fs';
import {
  dashboardFigureSchema,
  dashboardRangeSchema,
  type Dashboard,
  type DashboardDrill,
  type DashboardFigureInput,
  type DashboardRange,
  type DashboardRangeInput,
} from '../../../common/dashboard/dashboard.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import { dashboardCsv } from './dashboard-csv.js';
import { countFigures, drillFigure } from './dashboard-figures.js';
import { createDashboardIndexCache } from './dashboard-index.js';
import { dashboardReportHtml } from './dashboard-report.js';
import { dashboardWords } from './dashboard-text.js';

export interface DashboardServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseSaveFile' | 'printToPdf'>;
  language: () => Language;
}

export type DashboardService = ReturnType<typeof createDashboardService>;

/** "dashboard-2026-01-01-2026-03-31", "dashboard-all-time": a file name that says which range it holds. */
function fileStem(range: DashboardRange): string {
  return range.from === null && range.to === null ? 'dashboard-all-time' : `dashboard-${range.from ?? 'start'}-${range.to ?? 'today'}`;
}

export function createDashboardService(deps: DashboardServiceDeps) {
  const indexCache = createDashboardIndexCache();
  const readDashboard = (db: WritableDB, range: DashboardRange): Dashboard => countFigures(indexCache.get(db), range);

  /** Writes the file, then its audit entry (the range and the format, never figures); a file the trail does not show is removed. */
  function saveAudited(db: WritableDB, path: string, data: string | Uint8Array, kind: 'dashboard_exported' | 'dashboard_printed', range: DashboardRange) {
    writeFileAtomic(path, data);
    try {
      appendAuditEvent(db, kind, new Date(deps.platform.now()).toISOString(), { from: range.from, to: range.to });
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
  }

  return {
    get(input: DashboardRangeInput): Dashboard {
      const { db } = deps.openVault();
      return readDashboard(db, dashboardRangeSchema.parse(input));
    },

    drill(input: DashboardRangeInput, figure: DashboardFigureInput, page: { offset: number; limit: number }): DashboardDrill {
      const { db } = deps.openVault();
      return drillFigure(indexCache.get(db), dashboardRangeSchema.parse(input), dashboardFigureSchema.parse(figure), page);
    },

    async exportCsv(input: DashboardRangeInput): Promise<{ saved: boolean }> {
      const range = dashboardRangeSchema.parse(input);
      deps.openVault();
      const words = dashboardWords(deps.language());
      const path = await deps.platform.chooseSaveFile({
        title: words.text('dialog.csvTitle'),
        defaultName: `${fileStem(range)}.csv`,
        filters: [{ name: words.text('dialog.csvFiles'), extensions: ['csv'] }],
      });
      if (path === null) return { saved: false };
      // Read after the dialog: the figures are those of the moment the file is written.
      const { db } = deps.openVault();
      saveAudited(db, path, dashboardCsv(readDashboard(db, range), words), 'dashboard_exported', range);
      return { saved: true };
    },

    async printReport(input: DashboardRangeInput): Promise<{ saved: boolean }> {
      const range = dashboardRangeSchema.parse(input);
      deps.openVault();
      const language = deps.language();
      const words = dashboardWords(language);
      const path = await deps.platform.chooseSaveFile({
        title: words.text('dialog.pdfTitle'),
        defaultName: `${fileStem(range)}.pdf`,
        filters: [{ name: words.text('dialog.pdfFiles'), extensions: ['pdf'] }],
      });
      if (path === null) return { saved: false };
      const html = dashboardReportHtml(readDashboard(deps.openVault().db, range), words, language, deps.platform.now());
      const pdf = await deps.platform.printToPdf(html);
      // The vault may have locked while the page was printing: openVault answers `locked` and nothing is written.
      saveAudited(deps.openVault().db, path, pdf, 'dashboard_printed', range);
      return { saved: true };
    },

    /** The report's HTML exactly as it is printed. */
    reportHtml(input: DashboardRangeInput): string {
      const range = dashboardRangeSchema.parse(input);
      const language = deps.language();
      return dashboardReportHtml(readDashboard(deps.openVault().db, range), dashboardWords(language), language, deps.platform.now());
    },

    /** Forgets the in-memory index (record data): call when the vault locks. */
    clear: () => indexCache.clear(),
  };
}
