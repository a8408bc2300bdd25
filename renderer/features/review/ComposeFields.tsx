// The compose form's plain parts: title and message, the recipients (verified members in reviewer mode; the unverified
// shown but not selectable, with the way to verify them), the period with its report, and the packet's settings.
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldError, FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { useLoaded } from '../../ui/use-loaded.js';
import type { ComposeFormValues } from './compose-form-model.js';
import { useReviewWords } from './use-review-words.js';

export function CoverFields() {
  const { t } = useTranslation('review');
  const { register } = useFormContext<ComposeFormValues>();
  const err = useErrorAt();
  const messageHint = t('compose.messageHint');
  return (
    <fieldset className="form-section">
      <legend>{t('compose.cover')}</legend>
      <FieldShell id="packet-title" label={t('field.title')} error={err('title')}>
        <input id="packet-title" className="input" type="text" autoComplete="off" maxLength={300} {...register('title')} {...fieldAria('packet-title', null, err('title'))} />
      </FieldShell>
      <FieldShell id="packet-message" label={t('field.message')} hint={messageHint} error={err('message')}>
        <textarea id="packet-message" className="input" rows={4} maxLength={10_000} {...register('message')} {...fieldAria('packet-message', messageHint, err('message'))} />
      </FieldShell>
    </fieldset>
  );
}

export function RecipientsFieldset() {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const { roleName } = useReviewWords();
  const { control } = useFormContext<ComposeFormValues>();
  const { field } = useController({ control, name: 'recipientIds' });
  const err = useErrorAt();
  const members = useLoaded(() => request((api) => api.reviewPackets.members({})), 'members');
  const chosen = new Set<string>(field.value);
  const list = members.state === 'ready' ? members.value : [];
  const verified = list.filter((member) => member.verified);
  const unverified = list.filter((member) => !member.verified);
  const error = err('recipientIds');
  return (
    <fieldset className="form-section choice-group review-recipients" aria-describedby={error ? 'packet-recipients-hint packet-recipients-error' : 'packet-recipients-hint'}>
      <legend>{t('compose.recipients')}</legend>
      <p id="packet-recipients-hint" className="hint">
        {t('compose.recipientsHint')}
      </p>
      {members.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {members.state === 'failed' ? <p className="message message-error">{errorText(members.error)}</p> : null}
      {members.state === 'ready' && list.length === 0 ? <p className="message message-info">{t('compose.noMembers')}</p> : null}
      {verified.map((member) => (
        <div className="checkbox-field" key={member.id}>
          <input
            id={`packet-recipient-${member.id}`}
            type="checkbox"
            checked={chosen.has(member.id)}
            onChange={(event) => field.onChange(verified.filter((m) => (m.id === member.id ? event.target.checked : chosen.has(m.id))).map((m) => m.id))}
          />
          <label htmlFor={`packet-recipient-${member.id}`}>
            {member.displayName}
            <span className="muted"> · {roleName(member.role)}</span>
          </label>
        </div>
      ))}
      {unverified.map((member) => (
        <div className="checkbox-field" key={member.id}>
          <input id={`packet-recipient-${member.id}`} type="checkbox" disabled checked={false} aria-describedby="packet-unverified-hint" />
          <label htmlFor={`packet-recipient-${member.id}`}>
            {member.displayName}
            <span className="muted">
              {' '}
              · {roleName(member.role)} · {t('compose.unverified')}
            </span>
          </label>
        </div>
      ))}
      {unverified.length > 0 ? (
        <p id="packet-unverified-hint" className="hint">
          {t('compose.unverifiedHint')}{' '}
          <button type="button" className="link-button" onClick={() => goTo({ section: 'team' })}>
            {t('compose.openTeam')}
          </button>
        </p>
      ) : null}
      <FieldError id="packet-recipients" error={error} />
    </fieldset>
  );
}

export function PeriodFieldset() {
  const { t } = useTranslation('review');
  const { register } = useFormContext<ComposeFormValues>();
  const err = useErrorAt();
  return (
    <fieldset className="form-section">
      <legend>{t('compose.period')}</legend>
      <p className="hint">{t('compose.periodHint')}</p>
      <div className="field-row">
        <FormDateField<ComposeFormValues> id="packet-period-from" name="periodFrom" label={t('compose.periodFrom')} error={err('periodFrom')} />
        <FormDateField<ComposeFormValues> id="packet-period-to" name="periodTo" label={t('compose.periodTo')} error={err('periodTo')} />
      </div>
      <div className="checkbox-field">
        <input id="packet-include-report" type="checkbox" aria-describedby="packet-include-report-hint" {...register('includeReport')} />
        <label htmlFor="packet-include-report">{t('compose.includeReport')}</label>
      </div>
      <p id="packet-include-report-hint" className="hint review-checkbox-hint">
        {t('compose.includeReportHint')}
      </p>
    </fieldset>
  );
}

export function SettingsFieldset() {
  const { t } = useTranslation('review');
  const { register } = useFormContext<ComposeFormValues>();
  const err = useErrorAt();
  const daysHint = t('compose.expiresHint');
  return (
    <fieldset className="form-section">
      <legend>{t('compose.settings')}</legend>
      <div className="checkbox-field">
        <input id="packet-blind" type="checkbox" aria-describedby="packet-blind-hint" {...register('blind')} />
        <label htmlFor="packet-blind">{t('compose.blind')}</label>
      </div>
      <p id="packet-blind-hint" className="hint review-checkbox-hint">
        {t('compose.blindHint')}
      </p>
      <div className="field-row">
        <FormDateField<ComposeFormValues> id="packet-respond-by" name="respondBy" label={t('field.respondBy')} hint={t('compose.respondByHint')} error={err('respondBy')} />
        <FieldShell id="packet-expires" label={t('compose.expiresInDays')} hint={daysHint} error={err('expiresInDays')}>
          <input
            id="packet-expires"
            className="input review-days"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={3}
            {...register('expiresInDays')}
            {...fieldAria('packet-expires', daysHint, err('expiresInDays'))}
          />
        </FieldShell>
      </div>
    </fieldset>
  );
}
