// Who the call is for: open to every community of its regions, or targeted to named communities or support requests.
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CALL_KINDS, type CallTarget } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { FieldError } from '../../../ui/FieldShell.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import type { CallFormValues } from './call-form-model.js';

/** The most communities or requests offered as targets. */
const CHOICES_LIMIT = 500;
/** How much of a request's description names it. */
const EXCERPT = 80;

interface Choice {
  id: string;
  name: string;
}

async function loadChoices() {
  const [communities, requests] = await Promise.all([
    request((api) => api.communities.list({ text: '', deleted: false, region: null, offset: 0, limit: CHOICES_LIMIT })),
    request((api) => api.requests.list({ communityId: null, statuses: [], deleted: false, offset: 0, limit: CHOICES_LIMIT })),
  ]);
  if (!communities.ok) return communities;
  if (!requests.ok) return requests;
  const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);
  return {
    ok: true as const,
    value: {
      community: communities.value.map((community): Choice => ({ id: community.id, name: community.name })),
      request: requests.value.map((entry): Choice => ({ id: entry.id, name: `${entry.communityName}: ${excerpt(entry.description)}` })),
    },
  };
}

function TargetChoices() {
  const { t } = useTranslation('grants');
  const { control } = useFormContext<CallFormValues>();
  const { field } = useController({ control, name: 'targets' });
  const err = useErrorAt();
  const loaded = useLoaded(loadChoices, 'targets');
  const chosen: CallTarget[] = field.value;
  const isChosen = (kind: CallTarget['kind'], id: string) => chosen.some((target) => target.kind === kind && target.id === id);
  const toggle = (kind: CallTarget['kind'], id: string, on: boolean) =>
    field.onChange(on ? [...chosen, { kind, id }] : chosen.filter((target) => !(target.kind === kind && target.id === id)));
  const error = err('targets');

  if (loaded.state !== 'ready') return <p className="hint">{t('calls.loading')}</p>;
  return (
    <div>
      {(['community', 'request'] as const).map((kind) => (
        <fieldset key={kind} className="choice-group grants-target-choices" aria-describedby={error ? 'call-targets-error' : undefined}>
          <legend>{t(`callForm.targets.${kind}`)}</legend>
          {loaded.value[kind].length === 0 ? <p className="hint">{t(`callForm.targets.${kind}None`)}</p> : null}
          <div className="grants-scroll-choices">
            {loaded.value[kind].map((choice) => (
              <div className="checkbox-field" key={choice.id}>
                <input id={`call-target-${choice.id}`} type="checkbox" checked={isChosen(kind, choice.id)} onChange={(event) => toggle(kind, choice.id, event.target.checked)} />
                <label htmlFor={`call-target-${choice.id}`}>{choice.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <FieldError id="call-targets" error={error} />
    </div>
  );
}

export function TargetsFieldset() {
  const { t } = useTranslation('grants');
  const { control, register } = useFormContext<CallFormValues>();
  const kind = useWatch({ control, name: 'kind' });
  return (
    <fieldset className="form-section">
      <legend>{t('calls.field.kind')}</legend>
      {CALL_KINDS.map((option) => (
        <div className="radio-field" key={option}>
          <input id={`call-kind-${option}`} type="radio" value={option} aria-describedby={`call-kind-${option}-hint`} {...register('kind')} />
          <label htmlFor={`call-kind-${option}`}>{t(`calls.kind.${option}`)}</label>
          <p id={`call-kind-${option}-hint`} className="hint">
            {t(`callForm.kindHint.${option}`)}
          </p>
        </div>
      ))}
      {kind === 'targeted' ? <TargetChoices /> : null}
    </fieldset>
  );
}
