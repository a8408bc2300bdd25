// How the application came in (title, who entered it, when, through which channel, and why a late one is accepted),
// then the applicant's own words beside their translation, each with its language.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INTAKE_CHANNELS } from '../../../../common/grants/application.schema.js';
import { FormDateField } from '../../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { formatDateTime } from '../../../ui/format.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { isLateEntry, type ApplicationFormValues, type CallContext } from './application-form-model.js';
import { LanguageSelect } from './LanguageSelect.js';
import { FormTimeField } from '../../../ui/TimeField.js';

export function ApplicationIntakeFields({ context }: { context: CallContext | null }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { t: ta } = useTranslation('grants', { keyPrefix: 'applications' });
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const [receivedDay, receivedTime] = useWatch({ control, name: ['receivedDay', 'receivedTime'] });
  const late = isLateEntry({ receivedDay, receivedTime }, context);
  const lateError = err('lateReason');

  return (
    <fieldset className="form-section">
      <legend>{t('intake')}</legend>
      <FieldShell id="application-title" label={t('title')} hint={t('titleHint')} error={err('title')}>
        <input id="application-title" className="input" type="text" maxLength={300} autoComplete="off" {...register('title')} {...fieldAria('application-title', t('titleHint'), err('title'))} />
      </FieldShell>
      <div className="field-row">
        <FieldShell id="application-entered-by" label={t('enteredBy')} error={err('enteredBy')}>
          <input id="application-entered-by" className="input" type="text" maxLength={100} autoComplete="off" {...register('enteredBy')} {...fieldAria('application-entered-by', null, err('enteredBy'))} />
        </FieldShell>
        <SelectField
          id="application-channel"
          label={t('channel')}
          error={err('channel')}
          options={INTAKE_CHANNELS}
          labelOf={(channel) => ta(`channel.${channel}`)}
          {...register('channel')}
        />
      </div>
      <div className="field-row">
        <FormDateField id="application-received-day" control={control} name="receivedDay" label={t('receivedDay')} error={err('receivedDay')} />
        <FormTimeField id="application-received-time" control={control} name="receivedTime" label={t('receivedTime')} error={err('receivedTime')} />
      </div>
      {context !== null ? <p className="hint">{t('closesAt', { moment: formatDateTime(context.closesAtInstant, i18n.language) })}</p> : null}
      {late ? (
        <FieldShell id="application-late-reason" label={t('lateReason')} hint={t('lateReasonHint')} error={lateError}>
          <textarea id="application-late-reason" className="input" rows={2} maxLength={2000} {...register('lateReason')} {...fieldAria('application-late-reason', t('lateReasonHint'), lateError)} />
        </FieldShell>
      ) : null}
    </fieldset>
  );
}

export function ApplicationTextsFields() {
  const { t } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { control, register } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const [originalLanguage, translationLanguage] = useWatch({ control, name: ['originalLanguage', 'translationLanguage'] });

  return (
    <fieldset className="form-section">
      <legend>{t('texts')}</legend>
      <p className="hint">{t('textsHint')}</p>
      <div className="grant-texts">
        <div className="grant-text">
          <LanguageSelect id="application-original-language" label={t('originalLanguage')} error={err('originalLanguage')} {...register('originalLanguage')} />
          <FieldShell id="application-original-text" label={t('originalText')} error={err('originalText')}>
            <textarea
              id="application-original-text"
              className="input"
              rows={12}
              maxLength={50000}
              lang={originalLanguage || undefined}
              {...register('originalText')}
              {...fieldAria('application-original-text', null, err('originalText'))}
            />
          </FieldShell>
        </div>
        <div className="grant-text">
          <LanguageSelect
            id="application-translation-language"
            label={t('translationLanguage')}
            noneChoice={t('noTranslation')}
            error={err('translationLanguage')}
            {...register('translationLanguage')}
          />
          <FieldShell id="application-translation" label={t('translation')} error={err('translation')}>
            <textarea
              id="application-translation"
              className="input"
              rows={12}
              maxLength={50000}
              readOnly={translationLanguage === ''}
              lang={translationLanguage || undefined}
              {...register('translation')}
              {...fieldAria('application-translation', null, err('translation'))}
            />
          </FieldShell>
        </div>
      </div>
    </fieldset>
  );
}
