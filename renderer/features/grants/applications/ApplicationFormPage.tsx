// Enter or edit an application: reads what the form starts from (the application and its call when editing; the open
// calls, the chosen call and the vault's own name when adding), then the form; Save goes to the application's page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../common/grants/application.schema.js';
import type { Call } from '../../../../common/grants/call.schema.js';
import { matchLanguage } from '../../../../common/languages.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { BackLink } from '../../../ui/BackLink.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { FormPageFrame } from '../../../ui/RecordFormPage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useLoaded, type Loaded } from '../../../ui/use-loaded.js';
import { ApplicationForm } from './ApplicationForm.js';
import { emptyApplicationValues, eligibilityOf, toApplicationFormValues } from './application-form-model.js';
import { useGrantCall, useGrantCalls } from '../use-grant-calls.js';
import './applications.css';

/** Everything the form starts from, read in one go. */
type Start = { application: Application | null; call: Call | null; openCalls: Call[]; me: string };

function useStart(id: string | null, callId: string | null): Loaded<Start> {
  const openCalls = useGrantCalls(['open']);
  const application = useLoaded<Application | null>(
    () => (id === null ? Promise.resolve({ ok: true, value: null }) : request((api) => api.grantApplications.get({ id }))),
    `application:${id ?? 'new'}`,
  );
  const chosenCallId = application.state === 'ready' ? (application.value?.callId ?? callId) : null;
  const call = useGrantCall(chosenCallId ?? null);
  const me = useLoaded(() => request((api) => api.team.me({})), 'me');
  if (openCalls.state !== 'ready') return openCalls;
  if (application.state !== 'ready') return application;
  if (me.state !== 'ready') return me;
  if (chosenCallId !== null && call.state !== 'ready') return call;
  return {
    state: 'ready',
    value: { application: application.value, call: call.state === 'ready' ? call.value : null, openCalls: openCalls.value, me: me.value.displayName },
  };
}

export function ApplicationFormPage({ id, callId, communityId }: { id: string | null; callId: string | null; communityId: string | null }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const errorText = useErrorText();
  const start = useStart(id, callId);
  // Read once: the clock of the defaults does not move while the form is open.
  const [now] = useState(() => new Date());
  const ready = start.state === 'ready' ? start.value : null;
  const title = id === null ? t('addTitle') : ready?.application ? t('editTitle', { title: ready.application.title }) : t('editTitleLoading');
  const back = () => goTo(id === null ? { section: 'grants', view: { name: 'applications', callId } } : { section: 'grants', view: { name: 'application', id } });

  return (
    <FormPageFrame title={title} intro={t('intro')}>
      {start.state === 'loading' ? <p className="hint">{t('loading')}</p> : null}
      <LiveMessage id="application-form-load-error" kind="alert" text={start.state === 'failed' ? errorText(start.error) : null} />
      {start.state === 'failed' ? <BackLink label={t('back')} onBack={back} /> : null}
      {ready !== null ? (
        <ApplicationForm
          id={id}
          defaults={
            ready.application !== null && ready.call !== null
              ? toApplicationFormValues(ready.application, ready.call)
              : {
                  ...emptyApplicationValues({ callId, communityId, enteredBy: ready.me, now, letterLanguage: matchLanguage(i18n.language) }),
                  ...(ready.call ? { eligibility: eligibilityOf(ready.call), budget: [{ description: '', amount: '', currency: ready.call.currency, rate: '1' }] } : {}),
                }
          }
          documents={ready.application?.documents ?? []}
          openCalls={ready.openCalls}
          initialCall={ready.call}
          fixedCommunity={ready.application?.communityName ?? null}
        />
      ) : null}
    </FormPageFrame>
  );
}
