// What an application says: the applicant's own words beside their translation (each named by its language), the
// budget with each line converted at its recorded rate, and the answers to the call's eligibility checklist.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import type { Application } from '../../../../common/grants/application.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency } from '../../../ui/format.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { convertedAmount } from './application-format.js';

export function ApplicationTexts({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const language = i18n.language;
  const hasTranslation = application.translationLanguage !== null && application.translation !== '';
  return (
    <DetailSection id="application-texts-title" title={t('texts.title')}>
      <div className="grant-texts">
        <section className="grant-text" aria-labelledby="application-original-title">
          <h3 id="application-original-title">{t('texts.original', { language: languageName(application.originalLanguage, language) })}</h3>
          <p className="prewrap" lang={application.originalLanguage}>
            {application.originalText}
          </p>
        </section>
        <section className="grant-text" aria-labelledby="application-translation-title">
          <h3 id="application-translation-title">
            {hasTranslation && application.translationLanguage !== null
              ? t('texts.translation', { language: languageName(application.translationLanguage, language) })
              : t('texts.noTranslationTitle')}
          </h3>
          {hasTranslation && application.translationLanguage !== null ? (
            <p className="prewrap" lang={application.translationLanguage}>
              {application.translation}
            </p>
          ) : (
            <p className="hint">{t('texts.noTranslation')}</p>
          )}
        </section>
      </div>
    </DetailSection>
  );
}

export function BudgetSection({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const language = i18n.language;
  const rate = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 8 }).format(value);
  return (
    <DetailSection id="application-budget-title" title={t('budget.title')}>
      <RecordTable
        className="activity grant-budget-table"
        caption={t('budget.title')}
        columns={[
          t('budget.description'),
          { label: t('budget.amount'), className: 'number' },
          { label: t('budget.rate'), className: 'number' },
          { label: t('budget.converted', { currency: application.currency }), className: 'number' },
        ]}
      >
        {application.budget.map((line, index) => (
          // Lines have no id of their own; their order is the record's.
          <tr key={index}>
            <th scope="row">{line.description}</th>
            <td className="number">{formatCurrency(line.amount, line.currency, language)}</td>
            <td className="number">{line.currency === application.currency ? '—' : t('budget.rateValue', { rate: rate(line.rate), from: line.currency, to: application.currency })}</td>
            <td className="number">{formatCurrency(convertedAmount(line), application.currency, language)}</td>
          </tr>
        ))}
        <tr className="grant-total">
          <th scope="row">{t('budget.total')}</th>
          <td />
          <td />
          <td className="number">
            <strong>{formatCurrency(application.amountRequested, application.currency, language)}</strong>
          </td>
        </tr>
      </RecordTable>
    </DetailSection>
  );
}

export function EligibilitySection({ application, call }: { application: Application; call: Call | null }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const items = call?.eligibility ?? [];
  const metOf = (itemId: string) => application.eligibility.find((answer) => answer.itemId === itemId)?.met ?? false;
  return (
    <DetailSection id="application-eligibility-title" title={t('eligibility.title')}>
      {items.length === 0 ? (
        <p className="hint">{t('eligibility.none')}</p>
      ) : (
        <ul className="grant-checklist">
          {items.map((item) => (
            <li key={item.id}>
              <span className={metOf(item.id) ? 'badge grant-met' : 'badge grant-unmet'}>{metOf(item.id) ? t('eligibility.met') : t('eligibility.notMet')}</span>{' '}
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
