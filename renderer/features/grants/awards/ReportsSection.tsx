// An award's reports: number, kind, due date (overdue ones marked), state, when received and reviewed, the review note;
// "Mark received" for a report due or sent back, "Review" for one received, each in a drawer.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../common/grants/award.schema.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { Drawer } from '../../../ui/Drawer.js';
import { formatDayOnly } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { ReceiveReportForm, ReviewReportForm } from './ReportForms.js';
import { useAwardDrawerTexts } from './use-award-drawer-texts.js';

type Step = { kind: 'receive' | 'review'; report: Report };

interface ReportsSectionProps {
  reports: Report[];
  resourceId: string | null;
  live: boolean;
  onChanged: () => void;
}

export function ReportsSection({ reports, resourceId, live, onChanged }: ReportsSectionProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const drawer = useAwardDrawerTexts();
  const language = i18n.language;
  const day = (value: string | null) => (value === null ? '—' : formatDayOnly(value, language));
  const [step, setStep] = useState<Step | null>(null);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((changed: boolean) => setDirty(changed), []);
  const [status, setStatus] = useState<string | null>(null);
  const nameOf = (report: Report) => t('reportName', { number: report.number, kind: t(`kind.${report.kind}`) });

  function close(): void {
    setStep(null);
    setDirty(false);
  }

  function done(message: string): void {
    close();
    setStatus(message);
    onChanged();
  }

  const sorted = [...reports].sort((a, b) => a.number - b.number);
  return (
    <DetailSection id="award-reports-title" title={t('reports.title')}>
      <LiveMessage id="award-reports-status" kind="status" tone="success" text={status} />
      {sorted.length === 0 ? (
        <p className="hint">{t('reports.none')}</p>
      ) : (
        <RecordTable
          className="activity grant-reports-table"
          caption={t('reports.title')}
          columns={[t('reports.report'), t('dueDate'), t('reports.stateLabel'), t('reports.receivedOn'), t('reports.note'), { label: t('reports.actions'), hidden: true }]}
        >
          {sorted.map((report) => (
            <tr key={report.id}>
              <th scope="row">{nameOf(report)}</th>
              <td>
                {day(report.dueDate)}
                {report.overdue ? <span className="badge grant-late">{t('reports.overdue')}</span> : null}
              </td>
              <td>{t(`reports.state.${report.state}`)}</td>
              <td>{day(report.receivedOn)}</td>
              <td className="prewrap">{report.reviewNote || '—'}</td>
              <td className="row-actions">
                {live && (report.state === 'due' || report.state === 'changes_needed') ? (
                  <button type="button" className="button secondary small" onClick={() => setStep({ kind: 'receive', report })}>
                    {t('reports.markReceived')}
                    <span className="visually-hidden"> {nameOf(report)}</span>
                  </button>
                ) : null}
                {live && report.state === 'received' ? (
                  <button type="button" className="button secondary small" onClick={() => setStep({ kind: 'review', report })}>
                    {t('reports.review')}
                    <span className="visually-hidden"> {nameOf(report)}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
      <Drawer
        isOpen={step !== null}
        title={step === null ? '' : t(step.kind === 'receive' ? 'reports.receiveTitle' : 'reports.reviewTitle', { name: nameOf(step.report) })}
        dirty={dirty}
        onClose={close}
        texts={drawer}
      >
        {step?.kind === 'receive' ? (
          <ReceiveReportForm report={step.report} resourceId={resourceId} onDirtyChange={onDirtyChange} onDone={() => done(t('reports.received', { name: nameOf(step.report) }))} />
        ) : null}
        {step?.kind === 'review' ? (
          <ReviewReportForm report={step.report} onDirtyChange={onDirtyChange} onDone={() => done(t('reports.reviewed', { name: nameOf(step.report) }))} />
        ) : null}
      </Drawer>
    </DetailSection>
  );
}
