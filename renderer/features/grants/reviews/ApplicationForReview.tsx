// The application as a reviewer sees it once they declared no conflict: the original text beside its translation, the
// budget with each line's recorded rate, and the documents; the community only when the call is not blind.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import type { Application } from '../../../../common/grants/application.schema.js';
import { request } from '../../../app/cre.js';
import { DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency, formatNumber } from '../../../ui/format.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useLoaded } from '../../../ui/use-loaded.js';

function Documents({ application }: { application: Application }) {
  const { t } = useTranslation('grants');
  const folder = application.documentsResourceId;
  const files = useLoaded(
    () => (folder === null ? Promise.resolve({ ok: true as const, value: null }) : request((api) => api.resources.get({ id: folder }))),
    folder ?? 'none',
  );
  if (application.documents.length === 0) return <p className="hint">{t('reviews.noDocuments')}</p>;
  const nameOf = (attachmentId: string) =>
    (files.state === 'ready' ? files.value?.attachments.find((attachment) => attachment.id === attachmentId)?.fileName : undefined) ?? t('reviews.document');
  return (
    <ul className="grants-list">
      {application.documents.map((document) => (
        <li key={document.attachmentId}>
          {nameOf(document.attachmentId)}
          {document.requirement ? <span className="muted"> — {document.requirement}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function ApplicationForReview({ application, blind }: { application: Application; blind: boolean }) {
  const { t, i18n } = useTranslation('grants');
  const language = i18n.language;
  const translationLanguage = application.translationLanguage;
  return (
    <>
      <DetailSection id="grants-review-application-title" title={t('reviews.applicationSection')}>
        <dl className="details">
          <DetailRow term={t('reviews.application')}>{application.title}</DetailRow>
          <DetailRow term={t('reviews.community')}>{blind ? <span className="muted">{t('reviews.blindHidden')}</span> : application.communityName}</DetailRow>
          <DetailRow term={t('reviews.amountRequested')}>{formatCurrency(application.amountRequested, application.currency, language)}</DetailRow>
        </dl>
        <div className="grants-side-by-side">
          <section aria-labelledby="grants-review-original">
            <h3 id="grants-review-original">{t('reviews.original', { language: languageName(application.originalLanguage, language) })}</h3>
            <p className="prewrap" lang={application.originalLanguage}>
              {application.originalText}
            </p>
          </section>
          <section aria-labelledby="grants-review-translation">
            <h3 id="grants-review-translation">
              {translationLanguage ? t('reviews.translation', { language: languageName(translationLanguage, language) }) : t('reviews.noTranslationTitle')}
            </h3>
            {application.translation ? (
              <p className="prewrap" lang={translationLanguage ?? undefined}>
                {application.translation}
              </p>
            ) : (
              <p className="hint">{t('reviews.noTranslation')}</p>
            )}
          </section>
        </div>
      </DetailSection>
      <DetailSection id="grants-review-budget-title" title={t('reviews.budget')}>
        <RecordTable
          className="activity grants-table"
          caption={t('reviews.budget')}
          columns={[t('reviews.budgetLine'), t('reviews.budgetAmount'), t('reviews.budgetRate'), t('reviews.budgetConverted', { currency: application.currency })]}
        >
          {application.budget.map((line, index) => (
            <tr key={`${index}-${line.description}`}>
              <th scope="row">{line.description}</th>
              <td className="numeric">{formatCurrency(line.amount, line.currency, language)}</td>
              <td className="numeric">{new Intl.NumberFormat(language, { maximumFractionDigits: 8 }).format(line.rate)}</td>
              <td className="numeric">{formatCurrency(Math.round(line.amount * line.rate * 100) / 100, application.currency, language)}</td>
            </tr>
          ))}
        </RecordTable>
        <p>
          {t('reviews.budgetTotal', { total: formatCurrency(application.amountRequested, application.currency, language), lines: formatNumber(application.budget.length, language) })}
        </p>
      </DetailSection>
      <DetailSection id="grants-review-documents-title" title={t('reviews.documents')}>
        <Documents application={application} />
      </DetailSection>
    </>
  );
}
