// The grants dashboard: per call, region and strategy area, what was asked, decided, awarded and paid, and how fast;
// counted from two queries at every read (fast enough over thousands of applications), exported as CSV or printed.
import { rmSync } from 'node:fs';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { GrantsDashboard } from '../../../common/grants/grants-dashboard.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { listGrantDashboardCalls, listGrantDashboardLines } from '../../../db/grants-dashboard.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { catalogText } from '../catalog-message.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import type { GrantDashboardService } from './grants-services.js';
import { countGrantsDashboard, NO_AREA, type GrantDashboardLabels } from './grants-dashboard-figures.js';
import { grantsDashboardCsv } from './grants-dashboard-csv.js';
import { grantsDashboardReportHtml } from './grants-dashboard-report.js';

export interface GrantDashboardServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseSaveFile' | 'printToPdf'>;
  language: () => Language;
}

/** Calls, regions and areas named in `language`. */
export function grantDashboardLabels(language: Language): GrantDashboardLabels {
  return {
    call: (call) => callTitle(call, language),
    region: (region) => catalogText(language, 'taxonomy', `region.${region}`),
    area: (area) => (area === NO_AREA ? catalogText(language, 'grants', 'dashboard.notStated') : catalogText(language, 'taxonomy', `strategy.${area}`)),
  };
}

/** Every figure of the grants dashboard as the vault holds it now. */
export function readGrantsDashboard(db: ReadableDB, language: Language, now: number): GrantsDashboard {
  return countGrantsDashboard(listGrantDashboardLines(db), listGrantDashboardCalls(db), grantDashboardLabels(language), new Date(now).toISOString());
}

export function createGrantDashboardService(deps: GrantDashboardServiceDeps): GrantDashboardService & { reportHtml(): string } {
  const read = () => readGrantsDashboard(deps.openVault().db, deps.language(), deps.platform.now());

  /** Writes the file, then its audit entry (the format, never figures); a file the trail does not show is removed. */
  function saveAudited(path: string, data: string | Uint8Array, kind: 'grant_dashboard_exported' | 'grant_dashboard_printed'): void {
    const { db } = deps.openVault();
    writeFileAtomic(path, data);
    try {
      appendAuditEvent(db, kind, new Date(deps.platform.now()).toISOString(), {});
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
  }

  async function choosePath(extension: 'csv' | 'pdf'): Promise<string | null> {
    deps.openVault();
    const language = deps.language();
    const text = (key: string) => catalogText(language, 'grants', `dashboard.${key}`);
    const day = new Date(deps.platform.now()).toISOString().slice(0, 10);
    return deps.platform.chooseSaveFile({
      title: text(`dialog.${extension}Title`),
      defaultName: `${text('fileName')}-${day}.${extension}`,
      filters: [{ name: text(`dialog.${extension}Files`), extensions: [extension] }],
    });
  }

  return {
    get: read,

    async exportCsv() {
      const path = await choosePath('csv');
      if (path === null) return { saved: false };
      // Read after the dialog: the figures are those of the moment the file is written.
      saveAudited(path, grantsDashboardCsv(read(), deps.language()), 'grant_dashboard_exported');
      return { saved: true };
    },

    async printReport() {
      const path = await choosePath('pdf');
      if (path === null) return { saved: false };
      const pdf = await deps.platform.printToPdf(grantsDashboardReportHtml(read(), deps.language(), deps.platform.now()));
      // The vault may have locked while the page was printing: openVault answers `locked` and nothing is written.
      saveAudited(path, pdf, 'grant_dashboard_printed');
      return { saved: true };
    },

    /** The report's HTML exactly as it is printed. */
    reportHtml: () => grantsDashboardReportHtml(read(), deps.language(), deps.platform.now()),
  };
}
