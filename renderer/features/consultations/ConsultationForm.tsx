// The consultation round form: react-hook-form checked against the contract's schema, errors inline in the user's
// language, unsaved-changes guard; the round, who took part, what was heard and the follow-up actions.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_CHANNELS } from '../../../common/consultations/consultation.schema.js';
import { REGIONS, SHARING_LEVELS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RadioFieldset } from '../../ui/RadioFieldset.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { SelectField } from '../../ui/SelectField.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { ActionsFieldset } from './ActionsFieldset.js';
import { toConsultationInput, validateConsultation, type ConsultationFieldError, type ConsultationFormValues } from './consultation-form-model.js';
import { useConsultations } from './consultations-store.js';
import { FeedbackFieldset } from './FeedbackFieldset.js';
import { ParticipantsFieldset } from './ParticipantsFieldset.js';

export function ConsultationForm({ id, defaults }: { id: string | null; defaults: ConsultationFormValues }) {
  const { t } = useTranslation(['consultations', 'taxonomy']);
  const open = useConsultations((state) => state.open);
  const messageOf = useCallback((error: ConsultationFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateConsultation,
    messageOf,
    send: (values) => {
      const consultation = toConsultationInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.consultations.create({ consultation })),
        (saved) => request((api) => api.consultations.update({ id: saved, consultation })),
      );
    },
    onSaved: (saved) => open({ name: 'detail', id: saved }),
  });
  const { register } = record.form;
  const err = record.errorAt;
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });

  return (
    <RecordForm record={record} className="form roster-form consultation-form" idPrefix="consultation-" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('detail.about')}</legend>
        <FieldShell id="c-topic" label={t('field.topic')} hint={t('form.topicHint')} error={err('topic')}>
          <input id="c-topic" className="input" type="text" maxLength={300} autoComplete="off" {...register('topic')} {...fieldAria('c-topic', t('form.topicHint'), err('topic'))} />
        </FieldShell>
        <div className="field-row">
          <FormDateField<ConsultationFormValues> id="c-starts" className="date-input" name="startsOn" label={t('field.startsOn')} error={err('startsOn')} />
          <FormDateField<ConsultationFormValues> id="c-ends" className="date-input" name="endsOn" label={t('field.endsOn')} hint={t('form.endsHint')} error={err('endsOn')} />
        </div>
        <div className="field-row">
          <SelectField
            id="c-channel"
            label={t('field.channel')}
            error={err('channel')}
            options={CONSULTATION_CHANNELS}
            labelOf={(channel) => t(`channel.${channel}`)}
            {...register('channel')}
          />
          <SelectField
            id="c-region"
            label={t('field.region')}
            hint={t('form.regionHint')}
            error={err('region')}
            emptyChoice={t('form.chooseRegion')}
            options={REGIONS}
            labelOf={(region) => t(`taxonomy:region.${region}`)}
            {...register('region')}
          />
        </div>
      </fieldset>

      <RadioFieldset
        idPrefix="c-sharing"
        legend={t('field.sharing')}
        hint={t('form.sharingHint')}
        options={SHARING_LEVELS}
        labelOf={(level) => t(`taxonomy:sharing.${level}`)}
        hintOf={(level) => t(`sharing.${level}`)}
        registration={register('sharing')}
      />

      <ParticipantsFieldset />
      <FeedbackFieldset />
      <ActionsFieldset />

      <FieldShell id="c-notes" label={t('field.notes')} error={err('notes')}>
        <textarea id="c-notes" className="input" rows={4} maxLength={10000} {...register('notes')} {...fieldAria('c-notes', null, err('notes'))} />
      </FieldShell>
    </RecordForm>
  );
}
