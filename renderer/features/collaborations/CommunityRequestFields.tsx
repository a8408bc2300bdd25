// The form's community and request: a community chooser (search by name) unless the community is fixed, then that community's requests.
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CommunitySummary } from '../../../common/community/community.schema.js';
import type { SupportRequest } from '../../../common/community/request.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { formatDay } from './collaboration-format.js';
import type { CollaborationFormValues } from './collaboration-form-model.js';

const TYPING_PAUSE_MS = 150;
const CHOICES_LIMIT = 100;
/** How much of a request's description names it in the list. */
const DESCRIPTION_EXCERPT = 80;

/** Live communities whose name or area matches the text, for the chooser. */
function useCommunityChoices(text: string, enabled: boolean, onError: (message: string) => void): CommunitySummary[] | null {
  const errorText = useErrorText();
  const [choices, setChoices] = useState<CommunitySummary[] | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      const epoch = storeEpoch();
      void request((api) => api.communities.list({ text, offset: 0, limit: CHOICES_LIMIT })).then((reply) => {
        if (!current || epoch !== storeEpoch()) return;
        if (reply.ok) setChoices(reply.value);
        else onError(errorText(reply.error));
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, enabled, errorText, onError]);
  return choices;
}

/** The chosen community's live requests, for the optional request. */
function useRequestChoices(communityId: string, onError: (message: string) => void): SupportRequest[] {
  const errorText = useErrorText();
  // Kept with the community they belong to, so another community never shows them.
  const [answer, setChoices] = useState<{ communityId: string; items: SupportRequest[] }>({ communityId: '', items: [] });
  useEffect(() => {
    if (communityId === '') return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.requests.list({ communityId, offset: 0, limit: CHOICES_LIMIT })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setChoices({ communityId, items: reply.value });
      else onError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [communityId, errorText, onError]);
  return answer.communityId === communityId ? answer.items : [];
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > DESCRIPTION_EXCERPT ? `${line.slice(0, DESCRIPTION_EXCERPT)}…` : line;
}

export function CommunityRequestFields({ fixedCommunity }: { fixedCommunity: string | null }) {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const { watch, setValue, formState } = useFormContext<CollaborationFormValues>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const communityId = watch('communityId');
  const requestId = watch('requestId');
  const communities = useCommunityChoices(text, fixedCommunity === null, setError);
  const requests = useRequestChoices(communityId, setError);
  const errorAt = useErrorAt();
  const communityError = errorAt('communityId');
  const requestLabel = (item: SupportRequest) =>
    [t(`taxonomy:urgency.${item.urgency}`), t(`taxonomy:requestStatus.${item.status}`), item.deadline ? formatDay(item.deadline, i18n.language) : null, excerpt(item.description)]
      .filter((part) => part !== null)
      .join(' · ');

  return (
    <fieldset className="form-section">
      <legend>{t('form.whatFor')}</legend>
      <LiveMessage id="collaboration-choices-error" kind="alert" text={error} />
      {fixedCommunity !== null ? (
        <p>
          {t('field.community')}: <strong>{fixedCommunity}</strong>
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="community-filter">{t('form.findCommunity')}</label>
            <input id="community-filter" className="input" type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" spellCheck={false} maxLength={200} />
          </div>
          <FieldShell id="collaboration-community" label={t('field.community')} error={communityError}>
            <select
              id="collaboration-community"
              className="select"
              value={communityId}
              onChange={(event) => {
                setValue('communityId', event.target.value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
                setValue('requestId', '', { shouldDirty: true });
              }}
              {...fieldAria('collaboration-community', null, communityError)}
            >
              <option value="">{t('form.chooseCommunity')}</option>
              {communityId !== '' && !communities?.some((community) => community.id === communityId) ? <option value={communityId}>{t('form.chosenCommunity')}</option> : null}
              {(communities ?? []).map((community) => (
                <option key={community.id} value={community.id}>
                  {community.name}
                </option>
              ))}
            </select>
          </FieldShell>
        </>
      )}
      <SelectField
        id="collaboration-request"
        label={t('field.request')}
        hint={t('form.requestHint')}
        emptyChoice={t('form.noRequest')}
        options={requests}
        optionValue={(item) => item.id}
        labelOf={requestLabel}
        disabled={communityId === ''}
        value={requestId}
        onChange={(event) => setValue('requestId', event.target.value, { shouldDirty: true })}
      />
    </fieldset>
  );
}
