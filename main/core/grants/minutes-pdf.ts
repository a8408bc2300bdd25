// The minutes of a decision meeting as a PDF, in the reader's language: the call, the date, who was present, the quorum,
// who was recused from what, each decision with its amount, score and rationale, and the notes.
import type { Application } from '../../../common/grants/application.schema.js';
import type { Meeting } from '../../../common/grants/award.schema.js';
import { callTitle, type CallFields } from '../../../common/grants/call.schema.js';
import type { Language } from '../../../common/languages.js';
import { catalogText } from '../catalog-message.js';
import { createPdfWriter } from './pdf-document.js';
import { aggregateApplication, type ScoredReview } from './review-aggregate.js';
import { formatLongDay, formatMoney } from './grant-formats.js';

export type MinutesCall = Pick<CallFields, 'texts' | 'currency' | 'quorum' | 'workingGroup' | 'rubric'>;
export type MinutesApplication = Pick<Application, 'id' | 'title' | 'communityName'>;
export type MinutesReview = ScoredReview & { applicationId: string };

export function minutesWords(language: Language) {
  const text = (key: string, params: Record<string, string> = {}) => catalogText(language, 'grants', `minutes.${key}`, params);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, language);
  const day = (isoDate: string) => formatLongDay(isoDate, language);
  const score = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
  return { text, money, day, score };
}

export async function minutesPdf(
  meeting: Pick<Meeting, 'date' | 'attendees' | 'decisions' | 'notes' | 'recusals' | 'quorum'>,
  call: MinutesCall,
  applications: readonly MinutesApplication[],
  reviews: readonly MinutesReview[],
  language: Language,
): Promise<Uint8Array> {
  const words = minutesWords(language);
  const title = callTitle(call, language);
  const pdf = await createPdfWriter({ title: `${words.text('title')}: ${title}`, language });
  const byId = new Map(applications.map((application) => [application.id, application]));
  const memberName = (vaultId: string) => call.workingGroup.find((member) => member.vaultId === vaultId)?.name ?? vaultId;
  const applicationTitle = (id: string) => byId.get(id)?.title ?? id;

  pdf.heading(words.text('title'));
  pdf.field(words.text('call'), title);
  pdf.field(words.text('date'), words.day(meeting.date));
  pdf.field(words.text('attendees'), meeting.attendees.map(memberName).join(', '));
  pdf.field(words.text('quorum'), words.text('quorumRule', { required: String(call.quorum) }));

  pdf.heading(words.text('recusals'), 2);
  if (meeting.recusals.length === 0) pdf.paragraph(words.text('noRecusals'), { muted: true });
  else {
    pdf.table(
      [
        [words.text('column.member'), words.text('column.application'), words.text('column.reason')],
        ...meeting.recusals.map((recusal) => [recusal.name, applicationTitle(recusal.applicationId), recusal.reason]),
      ],
      [2, 3, 4],
    );
  }

  pdf.heading(words.text('decisions'), 2);
  if (meeting.decisions.length === 0) pdf.paragraph(words.text('noDecisions'), { muted: true });
  else {
    const header = [
      words.text('column.application'),
      words.text('column.decision'),
      words.text('column.amount'),
      words.text('column.score'),
      words.text('column.present'),
      words.text('column.rationale'),
    ];
    const rows = meeting.decisions.map((decision) => {
      const application = byId.get(decision.applicationId);
      const quorum = meeting.quorum.find((q) => q.applicationId === decision.applicationId);
      const aggregate = aggregateApplication(call.rubric, reviews.filter((review) => review.applicationId === decision.applicationId));
      return [
        application ? `${application.title}\n${application.communityName}` : decision.applicationId,
        words.text(`decision.${decision.decision}`),
        decision.amount === null ? '—' : words.money(decision.amount, call.currency),
        words.score(aggregate.mean),
        quorum ? `${quorum.present}/${quorum.required}` : '—',
        decision.rationale,
      ];
    });
    pdf.table([header, ...rows], [3, 1.6, 1.7, 1, 1, 3.5]);
    const approved = meeting.decisions.reduce((sum, decision) => sum + (decision.decision === 'approved' ? (decision.amount ?? 0) : 0), 0);
    pdf.field(words.text('totalApproved'), words.money(approved, call.currency));
  }

  pdf.heading(words.text('notes'), 2);
  pdf.paragraph(meeting.notes === '' ? words.text('noNotes') : meeting.notes, { muted: meeting.notes === '' });
  return pdf.save();
}
