// The application form's "what for": the call (open calls, and the one already chosen), the community (found by name),
// and optionally one of that community's struggles, support requests or collaborations.
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import { callTitle, type Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import type { ApplicationFormValues } from './application-form-model.js';

const TYPING_PAUSE_MS = 150;
const CHOICES_LIMIT = 100;

interface Choice {
  id: string;
  label: string;
}

/** Choices read from main after `delay` ms, again whenever `key` changes; none while `key` is null. */
function useChoices(key: string | null, load: () => Promise<Reply<Choice[]>>, onError: (message: string) => void, delay = 0): Choice[] {
  const errorText = useErrorText();
  const [answer, setAnswer] = useState<{ key: string | null; items: Choice[] }>({ key: null, items: [] });
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      const epoch = storeEpoch();
      void load().then((reply) => {
        if (!current || epoch !== storeEpoch()) return;
        if (reply.ok) setAnswer({ key, items: reply.value });
        else onError(errorText(reply.error));
      });
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `load` is rebuilt on every render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay, errorText, onError]);
  return answer.key === key ? answer.items : [];
}

async function mapped<T>(reply: Promise<Reply<T[]>>, toChoice: (item: T) => Choice): Promise<Reply<Choice[]>> {
  const answer = await reply;
  return answer.ok ? { ok: true, value: answer.value.map(toChoice) } : answer;
}

interface ApplicationForFieldsProps {
  /** The calls open for applications. */
  openCalls: readonly Call[];
  /** The chosen call when it is not among them (editing an application of a closed call). */
  chosenCall: Call | null;
  /** The community's name when it cannot change (editing). */
  fixedCommunity: string | null;
}

export function ApplicationForFields({ openCalls, chosenCall, fixedCommunity }: ApplicationForFieldsProps) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const { control, setValue, formState } = useFormContext<ApplicationFormValues>();
  const err = useErrorAt();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [callId, communityId, ...links] = useWatch({ control, name: ['callId', 'communityId', 'struggleId', 'requestId', 'collaborationId'] });
  const linkValues = { struggleId: links[0], requestId: links[1], collaborationId: links[2] };
  const choose = (name: 'callId' | 'struggleId' | 'requestId' | 'collaborationId', value: string) =>
    setValue(name, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const calls = chosenCall !== null && !openCalls.some((call) => call.id === chosenCall.id) ? [chosenCall, ...openCalls] : openCalls;
  const communities = useChoices(
    fixedCommunity === null ? `communities:${text}` : null,
    () => mapped(request((api) => api.communities.list({ text, offset: 0, limit: CHOICES_LIMIT })), (community) => ({ id: community.id, label: community.name })),
    setError,
    TYPING_PAUSE_MS,
  );
  const forCommunity = communityId === '' ? null : communityId;
  const struggles = useChoices(forCommunity && `struggles:${forCommunity}`, () =>
    mapped(request((api) => api.struggles.list({ communityId })), (struggle) => ({ id: struggle.id, label: struggle.project.name })),
  setError);
  const requests = useChoices(forCommunity && `requests:${forCommunity}`, () =>
    mapped(request((api) => api.requests.list({ communityId, offset: 0, limit: CHOICES_LIMIT })), (item) => ({ id: item.id, label: item.description.replace(/\s+/g, ' ').slice(0, 80) })),
  setError);
  const collaborations = useChoices(forCommunity && `collaborations:${forCommunity}`, () =>
    mapped(request((api) => api.collaborations.list({ communityId, offset: 0, limit: CHOICES_LIMIT })), (item) => ({ id: item.id, label: item.members.map((member) => member.name).join(', ') || item.communityName })),
  setError);
  const communityError = err('communityId');
  const linkField = (name: 'struggleId' | 'requestId' | 'collaborationId', label: string, choices: Choice[]) => (
    <SelectField
      id={`application-${name}`}
      label={label}
      emptyChoice={t('none')}
      options={choices}
      optionValue={(choice) => choice.id}
      labelOf={(choice) => choice.label}
      disabled={communityId === ''}
      value={linkValues[name]}
      onChange={(event) => choose(name, event.target.value)}
    />
  );

  return (
    <fieldset className="form-section">
      <legend>{t('whatFor')}</legend>
      <LiveMessage id="application-choices-error" kind="alert" text={error} />
      <SelectField
        id="application-call"
        label={t('call')}
        hint={t('callHint')}
        error={err('callId')}
        emptyChoice={t('chooseCall')}
        options={calls}
        optionValue={(call) => call.id}
        labelOf={(call) => callTitle(call, i18n.language)}
        value={callId}
        onChange={(event) => choose('callId', event.target.value)}
      />
      {fixedCommunity !== null ? (
        <p>
          {t('community')}: <strong>{fixedCommunity}</strong>
        </p>
      ) : (
        <div className="field-row">
          <div className="field">
            <label htmlFor="application-community-filter">{t('findCommunity')}</label>
            <input
              id="application-community-filter"
              className="input"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
            />
          </div>
          <FieldShell id="application-community" label={t('community')} error={communityError}>
            <select
              id="application-community"
              className="select"
              value={communityId}
              onChange={(event) => {
                setValue('communityId', event.target.value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
                for (const name of ['struggleId', 'requestId', 'collaborationId'] as const) setValue(name, '', { shouldDirty: true });
              }}
              {...fieldAria('application-community', null, communityError)}
            >
              <option value="">{t('chooseCommunity')}</option>
              {communityId !== '' && !communities.some((community) => community.id === communityId) ? <option value={communityId}>{t('chosenCommunity')}</option> : null}
              {communities.map((community) => (
                <option key={community.id} value={community.id}>
                  {community.label}
                </option>
              ))}
            </select>
          </FieldShell>
        </div>
      )}
      <div className="field-row">
        {linkField('struggleId', t('struggle'), struggles)}
        {linkField('requestId', t('request'), requests)}
        {linkField('collaborationId', t('collaboration'), collaborations)}
      </div>
    </fieldset>
  );
}
