// The award letter: a PDF in the applicant's language (en, es, fr, pt) with the grant, its payment schedule, the reports
// due, the conditions and the signature lines; saved where the user chooses (audited), or made as bytes for the CLI.
import { rmSync } from 'node:fs';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReportDue, Tranche } from '../../../common/grants/award.schema.js';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getCommunity } from '../../../db/communities.repo.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { getAwardOfApplication } from '../../../db/grant-awards.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import { catalogText } from '../catalog-message.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { Platform } from '../platform.js';
import { createPdfWriter } from './pdf-document.js';
import { formatLongDay, formatMoney } from './grant-formats.js';

/** The network's own name: a proper name, the same in every language. */
export const NETWORK_NAME = 'Community Resource Exchange';

/** Space before the signatures, in points. */
const BODY_GAP = 18;

/** Everything the letter says, read from the vault. */
export interface AwardLetterView {
  applicationId: string;
  awardId: string;
  /** The day of the award, YYYY-MM-DD: the letter's date. */
  date: string;
  communityName: string;
  /** ISO 3166 code, named in the letter's language. */
  country: string;
  callTitle: string;
  projectTitle: string;
  recipient: 'community' | 'intermediary';
  intermediaryName: string;
  amount: number;
  currency: string;
  tranches: readonly Tranche[];
  reports: readonly ReportDue[];
}

/** The words and formats of one language, bound once. */
export function letterWords(language: Language) {
  return {
    text: (key: string, params: Readonly<Record<string, string>> = {}) => catalogText(language, 'grants', key, params),
    money: (amount: number, currency: string) => formatMoney(amount, currency, language),
    /** A day such as "5 de marzo de 2026", read as the UTC day it names. */
    day: (isoDate: string) => formatLongDay(isoDate, language),
    country: (code: string) => {
      try {
        return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
export type LetterWords = ReturnType<typeof letterWords>;

/** A tranche's condition in words: "On signature of the agreement", "When report 1 is approved", "No condition". */
export function conditionText(words: LetterWords, tranche: Pick<Tranche, 'condition' | 'reportNumber'>): string {
  return words.text(`tranche.condition.${tranche.condition}`, { number: String(tranche.reportNumber ?? '') });
}

/** The letter of an application's award, as the vault holds it; `conflict` (not_awarded) when it has no award. */
export function awardLetterView(db: ReadableDB, applicationId: string, language: Language): AwardLetterView {
  const application = getApplication(db, applicationId);
  if (!application || application.deletedAt) throw new CreFailure('not_found', 'There is no application with this id.');
  const award = getAwardOfApplication(db, applicationId);
  if (!award) throw new CreFailure('conflict', 'This application has no award yet.', { reason: 'not_awarded' });
  const call = getCall(db, application.fields.callId);
  const community = getCommunity(db, application.fields.communityId);
  return {
    applicationId,
    awardId: award.id,
    date: award.fields.awardedOn,
    communityName: community?.fields.name ?? '',
    country: community?.fields.country ?? '',
    callTitle: call ? callTitle(call.fields, language) : '',
    projectTitle: application.fields.title,
    recipient: application.fields.recipient,
    intermediaryName: application.fields.intermediaryName,
    amount: award.fields.amount,
    currency: call?.fields.currency ?? 'USD',
    tranches: award.fields.tranches,
    reports: award.fields.reports,
  };
}

/** The letter as PDF bytes, every word in `language`. */
export async function awardLetterPdf(view: AwardLetterView, language: Language): Promise<Uint8Array> {
  const words = letterWords(language);
  const t = words.text;
  const community = view.communityName;
  const pdf = await createPdfWriter({ title: `${t('letter.title')} · ${community}`, language, author: NETWORK_NAME });

  pdf.heading(NETWORK_NAME);
  pdf.paragraph(t('letter.title'), { muted: true });
  pdf.space();
  pdf.field(t('letter.date'), words.day(view.date));
  pdf.field(t('letter.to'), view.country === '' ? community : `${community}, ${words.country(view.country)}`);
  pdf.field(t('letter.call'), view.callTitle);
  pdf.field(t('letter.project'), view.projectTitle);
  pdf.field(t('letter.reference'), view.awardId);
  pdf.space();

  const amount = words.money(view.amount, view.currency);
  pdf.paragraph(t('letter.greeting', { community }));
  pdf.paragraph(t('letter.body', { amount, project: view.projectTitle, call: view.callTitle }));
  if (view.recipient === 'intermediary' && view.intermediaryName !== '') {
    pdf.paragraph(t('letter.intermediary', { intermediary: view.intermediaryName, community }));
  }

  pdf.heading(t('letter.awardTitle'), 2);
  pdf.field(t('letter.amount'), amount);
  pdf.field(t('letter.awardedOn'), words.day(view.date));

  pdf.heading(t('letter.scheduleTitle'), 2);
  pdf.paragraph(t('letter.scheduleIntro'));
  pdf.table(
    [
      [t('letter.column.tranche'), t('letter.column.amount'), t('letter.column.dueDate'), t('letter.column.condition')],
      ...view.tranches.map((tranche, index) => [
        t('tranche.number', { number: String(index + 1) }),
        words.money(tranche.amount, view.currency),
        words.day(tranche.dueDate),
        conditionText(words, tranche),
      ]),
    ],
    [1.2, 1.4, 1.8, 2.6],
  );

  pdf.heading(t('letter.reportsTitle'), 2);
  if (view.reports.length === 0) {
    pdf.paragraph(t('letter.noReports'));
  } else {
    pdf.paragraph(t('letter.reportsIntro'));
    pdf.table(
      [
        [t('letter.column.report'), t('letter.column.kind'), t('letter.column.reportDue')],
        ...[...view.reports].sort((a, b) => a.number - b.number).map((report) => [String(report.number), t(`letter.reportKind.${report.kind}`), words.day(report.dueDate)]),
      ],
      [1, 3, 2],
    );
  }

  pdf.heading(t('letter.conditionsTitle'), 2);
  for (const key of ['conditionUse', 'conditionTranches', 'conditionUnspent', 'conditionRecords']) pdf.paragraph(t(`letter.${key}`));

  // Both signature blocks side by side in one table row, which the writer never splits across pages.
  pdf.space(BODY_GAP);
  const blank = '________________________';
  const block = (party: string) =>
    [party, '', `${t('letter.signName')}: ${blank}`, '', `${t('letter.signature')}: ${blank}`, '', `${t('letter.signDate')}: ${blank}`].join('\n');
  pdf.table([[block(t('letter.forNetwork')), block(t('letter.forCommunity', { community }))]], [1, 1]);
  return pdf.save();
}

/** The letter of an application's award as bytes, in `language` or else the application's letter language (the CLI). */
export async function awardLetterBytes(db: ReadableDB, applicationId: string, language?: Language): Promise<Uint8Array> {
  const chosen = language ?? letterLanguageOf(db, applicationId);
  return awardLetterPdf(awardLetterView(db, applicationId, chosen), chosen);
}

function letterLanguageOf(db: ReadableDB, applicationId: string): Language {
  const application = getApplication(db, applicationId);
  if (!application) throw new CreFailure('not_found', 'There is no application with this id.');
  return application.fields.letterLanguage;
}

export interface SaveAwardLetterDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  platform: Pick<Platform, 'now' | 'chooseSaveFile'>;
  /** The user's language, for the dialog; the letter itself is in the application's letter language. */
  language: () => Language;
}

/** Asks where to save, then writes the letter (atomic) and its audit entry; a file the trail does not show is removed. */
export async function saveAwardLetter(deps: SaveAwardLetterDeps, applicationId: string): Promise<{ saved: boolean }> {
  const before = deps.openVault().db;
  const letterLanguage = letterLanguageOf(before, applicationId);
  awardLetterView(before, applicationId, letterLanguage);
  const ui = letterWords(deps.language());
  const path = await deps.platform.chooseSaveFile({
    title: ui.text('letter.dialogTitle'),
    defaultName: `${letterWords(letterLanguage).text('letter.fileName')}.pdf`,
    filters: [{ name: ui.text('letter.pdfFiles'), extensions: ['pdf'] }],
  });
  if (path === null) return { saved: false };
  // Read after the dialog: the letter says what the vault holds when the file is written.
  const view = awardLetterView(deps.openVault().db, applicationId, letterLanguage);
  const bytes = await awardLetterPdf(view, letterLanguage);
  // The vault may have locked while the letter was made: openVault answers `locked` and nothing is written.
  const { db } = deps.openVault();
  writeFileAtomic(path, bytes);
  try {
    appendAuditEvent(db, 'grant_letter_saved', new Date(deps.platform.now()).toISOString(), { applicationId, awardId: view.awardId, language: letterLanguage });
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  return { saved: true };
}
