// The support request form: react-hook-form checked against the contract's schema, errors inline in the user's language, unsaved-changes guard.
import { useCallback } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import { REQUEST_STATUSES, URGENCIES } from '../../../common/community/taxonomy.js';
import { LEVELS, STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { request } from '../../app/cre.js';
import { CheckboxGroupField } from '../../ui/CheckboxGroup.js';
import { FormDateField } from '../../ui/DateField.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { RecordForm, recordFormTexts } from '../../ui/RecordForm.js';
import { SelectField } from '../../ui/SelectField.js';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form.js';
import { LanguagesField } from '../roster/FormBits.js';
import { toRequestInput, validateRequest, type RequestFieldError, type RequestFormValues } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { StruggleChoice } from './StruggleChoice.js';

interface RequestFormProps {
  /** null for a new request. */
  id: string | null;
  defaults: RequestFormValues;
  /** The community the request is for when it is settled (editing, or opened from a community); otherwise chosen from `choices`. */
  fixedCommunity: { id: string; name: string } | null;
  choices: readonly CommunitySummary[];
}

export function RequestForm({ id, defaults, fixedCommunity, choices }: RequestFormProps) {
  const { t } = useTranslation(['requests', 'taxonomy']);
  const open = useRequests((state) => state.open);
  const messageOf = useCallback((error: RequestFieldError) => t(`form.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm({
    defaults,
    validate: validateRequest,
    messageOf,
    send: (values) => {
      const input = toRequestInput(values);
      return createOrUpdate(
        id,
        () => request((api) => api.requests.create({ request: input })),
        (saved) => request((api) => api.requests.update({ id: saved, request: input })),
      );
    },
    onSaved: (saved) => open({ name: 'detail', id: saved, notice: t('detail.saved') }),
  });
  const { register, control, setValue } = record.form;
  const err = record.errorAt;
  const communityId = useWatch({ control, name: 'communityId' });
  const back = () => open(id === null ? { name: 'list' } : { name: 'detail', id });
  const communityRegistration = register('communityId', {
    // A struggle belongs to one community: choosing another community clears it.
    onChange: () => setValue('struggleId', ''),
  });
  return (
    <RecordForm record={record} className="form roster-form request-form" idPrefix="request-" texts={recordFormTexts(t)} onCancel={back}>
      <fieldset className="form-section">
        <legend>{t('form.who')}</legend>
        {fixedCommunity ? (
          <p className="fixed-community">
            <span className="field-label">{t('field.community')}: </span>
            {fixedCommunity.name}
          </p>
        ) : (
          <SelectField
            id="rq-community"
            label={t('field.community')}
            error={err('communityId')}
            emptyChoice={t('form.chooseCommunity')}
            options={choices}
            optionValue={(community) => community.id}
            labelOf={(community) => community.name}
            {...communityRegistration}
          />
        )}
        <StruggleChoice communityId={communityId === '' ? null : communityId} error={err('struggleId')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.what')}</legend>
        <FieldShell id="rq-description" label={t('field.description')} hint={t('form.descriptionHint')} error={err('description')}>
          <textarea
            id="rq-description"
            className="input"
            rows={5}
            maxLength={10000}
            {...register('description')}
            {...fieldAria('rq-description', t('form.descriptionHint'), err('description'))}
          />
        </FieldShell>
        <CheckboxGroupField
          control={control}
          name="strategyAreas"
          id="rq-areas"
          legend={t('field.strategyAreas')}
          options={STRATEGY_AREAS}
          labelOf={(area) => t(`taxonomy:strategy.${area}`)}
          error={err('strategyAreas')}
        />
        <SelectField id="rq-level" label={t('field.level')} error={err('level')} options={LEVELS} labelOf={(level) => t(`taxonomy:level.${level}`)} {...register('level')} />
        <LanguagesField control={control} id="rq-languages" legend={t('field.languages')} filterLabel={t('form.findLanguage')} error={err('languages')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.when')}</legend>
        <div className="field-row">
          <SelectField
            id="rq-urgency"
            label={t('field.urgency')}
            error={err('urgency')}
            options={URGENCIES}
            labelOf={(urgency) => t(`taxonomy:urgency.${urgency}`)}
            {...register('urgency')}
          />
          <FormDateField id="rq-deadline" control={control} name="deadline" label={t('field.deadline')} hint={t('form.deadlineHint')} error={err('deadline')} />
        </div>
        {id !== null ? (
          <SelectField
            id="rq-status"
            label={t('field.status')}
            error={err('status')}
            options={REQUEST_STATUSES}
            labelOf={(status) => t(`taxonomy:requestStatus.${status}`)}
            {...register('status')}
          />
        ) : null}
      </fieldset>
    </RecordForm>
  );
}
