// The applications a packet asks advice on, picked call by call, and the list of those chosen so far (from any call),
// each with its own remove button. Unticking an application also drops its files.
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { callTitle } from '../../../common/grants/call.schema.js';
import type { Application } from '../../../common/grants/application.schema.js';
import { request } from '../../app/cre.js';
import { FieldError } from '../../ui/FieldShell.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { toggleApplication, type ComposeFormValues } from './compose-form-model.js';

interface ApplicationsPickerProps {
  callId: string;
  onCallChange: (callId: string) => void;
  /** The applications read so far, by id: the chosen ones are named from it. */
  known: ReadonlyMap<string, Application>;
  onKnown: (applications: readonly Application[]) => void;
  /** The attachment ids of an application's documents, as far as they were read. */
  filesOf: (applicationId: string) => readonly string[];
}

/** Ticks or unticks one application in the form, dropping its files when unticked. */
export function useToggleApplication(filesOf: (applicationId: string) => readonly string[]) {
  const { getValues, setValue } = useFormContext<ComposeFormValues>();
  return (applicationId: string, chosen: boolean) => {
    const next = toggleApplication({ applicationIds: getValues('applicationIds'), fileIds: getValues('fileIds') }, applicationId, chosen, filesOf(applicationId));
    setValue('applicationIds', next.applicationIds, { shouldDirty: true, shouldValidate: getValues('applicationIds').length === 0 });
    setValue('fileIds', next.fileIds, { shouldDirty: true });
  };
}

function CallApplications({ callId, onKnown, filesOf }: Pick<ApplicationsPickerProps, 'callId' | 'onKnown' | 'filesOf'>) {
  const { t } = useTranslation(['review', 'grants']);
  const errorText = useErrorText();
  const { control } = useFormContext<ComposeFormValues>();
  const chosen = new Set(useWatch({ control, name: 'applicationIds' }));
  const toggle = useToggleApplication(filesOf);
  const applications = useLoaded(() => request((api) => api.grantApplications.list({ callId, limit: 500 })), `applications:${callId}`);

  useEffect(() => {
    if (applications.state === 'ready') onKnown(applications.value);
  }, [applications, onKnown]);

  if (applications.state === 'loading') return <p className="hint">{t('review:list.loading')}</p>;
  if (applications.state === 'failed') return <p className="message message-error">{errorText(applications.error)}</p>;
  if (applications.value.length === 0) return <p className="hint">{t('review:compose.noApplications')}</p>;
  return (
    <fieldset className="choice-group review-call-applications">
      <legend>{t('review:compose.callApplications')}</legend>
      {applications.value.map((application) => (
        <div className="checkbox-field" key={application.id}>
          <input id={`packet-application-${application.id}`} type="checkbox" checked={chosen.has(application.id)} onChange={(event) => toggle(application.id, event.target.checked)} />
          <label htmlFor={`packet-application-${application.id}`}>
            {application.title}
            <span className="muted">
              {' '}
              · {application.communityName} · {t(`grants:applications.state.${application.state}`)}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function ChosenApplications({ known, filesOf }: Pick<ApplicationsPickerProps, 'known' | 'filesOf'>) {
  const { t } = useTranslation('review');
  const { control } = useFormContext<ComposeFormValues>();
  const chosen = useWatch({ control, name: 'applicationIds' });
  const toggle = useToggleApplication(filesOf);
  if (chosen.length === 0) return <p className="hint">{t('compose.noneChosen')}</p>;
  return (
    <>
      <p className="review-chosen-title">{t('compose.chosen', { count: chosen.length })}</p>
      <ul className="review-chosen" aria-label={t('compose.chosenLabel')}>
        {chosen.map((id) => {
          const title = known.get(id)?.title ?? id;
          return (
            <li key={id}>
              <span>{title}</span>
              <button type="button" className="button secondary small" onClick={() => toggle(id, false)}>
                {t('compose.remove')}
                <span className="visually-hidden"> {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function ApplicationsPicker({ callId, onCallChange, known, onKnown, filesOf }: ApplicationsPickerProps) {
  const { t, i18n } = useTranslation('review');
  const errorText = useErrorText();
  const err = useErrorAt();
  const calls = useLoaded(() => request((api) => api.grantCalls.list({ limit: 500 })), 'calls');
  const error = err('applicationIds');
  return (
    <fieldset className="form-section review-applications" aria-describedby={error ? 'packet-applications-error' : undefined}>
      <legend>{t('compose.applications')}</legend>
      <p className="hint">{t('compose.applicationsHint')}</p>
      {calls.state === 'failed' ? <p className="message message-error">{errorText(calls.error)}</p> : null}
      {calls.state === 'ready' && calls.value.length === 0 ? <p className="hint">{t('compose.noCalls')}</p> : null}
      {calls.state === 'ready' && calls.value.length > 0 ? (
        <SelectField
          id="packet-call"
          label={t('compose.call')}
          options={calls.value}
          optionValue={(call) => call.id}
          labelOf={(call) => callTitle(call, i18n.language)}
          emptyChoice={t('compose.chooseCall')}
          value={callId}
          onChange={(event) => onCallChange(event.target.value)}
        />
      ) : null}
      {callId !== '' ? <CallApplications key={callId} callId={callId} onKnown={onKnown} filesOf={filesOf} /> : null}
      <ChosenApplications known={known} filesOf={filesOf} />
      <FieldError id="packet-applications" error={error} />
    </fieldset>
  );
}
