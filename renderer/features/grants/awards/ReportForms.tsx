// The two forms a report goes through, each in a drawer: "Mark received" (the day, its text or a summary of a paper or
// voice report, the file from the documents folder) and "Review" (approved or changes needed, with a note).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../common/grants/award.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DateField } from '../../../ui/DateField.js';
import { DrawerCancelButton } from '../../../ui/Drawer.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { localDayOf } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { DocumentPicker } from './DocumentPicker.js';

interface ReportFormProps {
  report: Report;
  onDone: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Sends one report change; answers the error's words, or null once saved. */
function useReportSave() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function save(call: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof errorText>[0] }>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(null);
    const epoch = storeEpoch();
    const reply = await call();
    if (epoch !== storeEpoch()) return false;
    setBusy(false);
    if (!reply.ok) setError(errorText(reply.error));
    return reply.ok;
  }
  return { busy, error, save };
}

export function ReceiveReportForm({ report, resourceId, onDone, onDirtyChange }: ReportFormProps & { resourceId: string | null }) {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const [today] = useState(() => localDayOf(new Date()));
  const [receivedOn, setReceivedOn] = useState(today);
  const [text, setText] = useState('');
  const [attachment, setAttachment] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const { busy, error, save } = useReportSave();
  const dirty = receivedOn !== today || text !== '' || attachment !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(receivedOn);
    setDateError(valid ? null : t('reports.error.date'));
    if (!valid) return;
    const received = { receivedOn, text, attachmentId: attachment === '' ? null : attachment };
    if (await save(() => request((api) => api.grantAwards.receiveReport({ id: report.id, report: received })))) onDone();
  }

  return (
    <form className="form grant-report-form" noValidate onSubmit={(event) => void submit(event)}>
      <DateField id="report-received-on" label={t('reports.receivedOn')} value={receivedOn} onChange={setReceivedOn} error={dateError} />
      <FieldShell id="report-text" label={t('reports.text')} hint={t('reports.textHint')}>
        <textarea id="report-text" className="input" rows={6} maxLength={50000} value={text} onChange={(event) => setText(event.target.value)} {...fieldAria('report-text', t('reports.textHint'), null)} />
      </FieldShell>
      <DocumentPicker id="report-attachment" label={t('reports.file')} resourceId={resourceId} value={attachment} onChange={setAttachment} />
      <LiveMessage id="report-receive-error" kind="alert" text={error} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('reports.markReceived')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}

export function ReviewReportForm({ report, onDone, onDirtyChange }: ReportFormProps) {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const [today] = useState(() => localDayOf(new Date()));
  const [outcome, setOutcome] = useState<'approved' | 'changes_needed' | ''>('');
  const [note, setNote] = useState('');
  const [reviewedOn, setReviewedOn] = useState(today);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const { busy, error, save } = useReportSave();
  const dirty = outcome !== '' || note !== '' || reviewedOn !== today;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setOutcomeError(outcome === '' ? t('reports.error.outcome') : null);
    // Changes needed says which: the grantee needs the note to act on it.
    setNoteError(outcome === 'changes_needed' && note.trim() === '' ? t('reports.error.note') : null);
    if (outcome === '' || (outcome === 'changes_needed' && note.trim() === '') || !/^\d{4}-\d{2}-\d{2}$/.test(reviewedOn)) return;
    const review = { outcome, note, reviewedOn };
    if (await save(() => request((api) => api.grantAwards.reviewReport({ id: report.id, review })))) onDone();
  }

  return (
    <form className="form grant-report-form" noValidate onSubmit={(event) => void submit(event)}>
      {report.text ? (
        <section className="grant-report-text" aria-labelledby="report-review-text-title">
          <h3 id="report-review-text-title">{t('reports.text')}</h3>
          <p className="prewrap">{report.text}</p>
        </section>
      ) : null}
      <fieldset className="form-section" aria-describedby={outcomeError ? 'report-outcome-error' : undefined}>
        <legend>{t('reports.outcome')}</legend>
        {(['approved', 'changes_needed'] as const).map((choice) => (
          <div className="radio-field" key={choice}>
            <input id={`report-outcome-${choice}`} type="radio" name="report-outcome" value={choice} checked={outcome === choice} onChange={() => setOutcome(choice)} />
            <label htmlFor={`report-outcome-${choice}`}>{t(`reports.state.${choice}`)}</label>
          </div>
        ))}
        <div id="report-outcome-error" className="live-region" aria-live="polite">
          {outcomeError ? <p className="field-error">{outcomeError}</p> : null}
        </div>
      </fieldset>
      <FieldShell id="report-note" label={t('reports.note')} error={noteError}>
        <textarea id="report-note" className="input" rows={3} maxLength={5000} value={note} onChange={(event) => setNote(event.target.value)} {...fieldAria('report-note', null, noteError)} />
      </FieldShell>
      <DateField id="report-reviewed-on" label={t('reports.reviewedOn')} value={reviewedOn} onChange={setReviewedOn} />
      <LiveMessage id="report-review-error" kind="alert" text={error} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('reports.saveReview')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}
