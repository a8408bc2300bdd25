// The call's working group: team members (and this vault's own reviewer) ticked by name, the quorum, and blind review.
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { request } from '../../../app/cre.js';
import { FieldShell, fieldAria, FieldError } from '../../../ui/FieldShell.js';
import { useErrorAt } from '../../../ui/use-record-form.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import type { CallFormValues } from './call-form-model.js';

interface Candidate {
  vaultId: string;
  name: string;
}

/** This vault's own reviewer first, then the team directory, by name. */
async function loadCandidates(meLabel: string) {
  const [me, team] = await Promise.all([request((api) => api.team.me({})), request((api) => api.team.list({}))]);
  if (!me.ok) return me;
  if (!team.ok) return team;
  const own: Candidate = { vaultId: me.value.vaultId, name: me.value.displayName || meLabel };
  const others = team.value.map((member) => ({ vaultId: member.vaultId, name: member.displayName })).sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true as const, value: [own, ...others.filter((member) => member.vaultId !== own.vaultId)] };
}

export function WorkingGroupFieldset() {
  const { t } = useTranslation('grants');
  const { control, register } = useFormContext<CallFormValues>();
  const { field } = useController({ control, name: 'workingGroup' });
  const err = useErrorAt();
  const loaded = useLoaded(() => loadCandidates(t('callForm.me')), 'team');
  const chosen: Candidate[] = field.value;
  const chosenIds = new Set(chosen.map((member) => member.vaultId));
  const candidates = loaded.state === 'ready' ? loaded.value : [];
  // A member who left the directory stays in the group until unticked.
  const gone = chosen.filter((member) => !candidates.some((candidate) => candidate.vaultId === member.vaultId));
  const everyone = [...candidates, ...gone];
  const groupError = err('workingGroup');
  const quorumError = err('quorum');

  function toggle(member: Candidate, on: boolean): void {
    field.onChange(on ? [...chosen, member] : chosen.filter((entry) => entry.vaultId !== member.vaultId));
  }

  return (
    <fieldset className="form-section">
      <legend>{t('calls.field.workingGroup')}</legend>
      <p className="hint">{t('callForm.groupHint')}</p>
      <fieldset className="choice-group" aria-describedby={groupError ? 'call-group-error' : undefined}>
        <legend>{t('callForm.groupMembers')}</legend>
        {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
        <div className="choice-grid">
          {everyone.map((member, index) => (
            <div className="checkbox-field" key={member.vaultId}>
              <input id={`call-group-${index}`} type="checkbox" checked={chosenIds.has(member.vaultId)} onChange={(event) => toggle(member, event.target.checked)} />
              <label htmlFor={`call-group-${index}`}>{member.name}</label>
            </div>
          ))}
        </div>
        <FieldError id="call-group" error={groupError} />
      </fieldset>
      <FieldShell id="call-quorum" label={t('calls.field.quorum')} hint={t('callForm.quorumHint')} error={quorumError}>
        <input id="call-quorum" className="input grants-number" type="text" inputMode="numeric" autoComplete="off" maxLength={2} {...register('quorum')} {...fieldAria('call-quorum', t('callForm.quorumHint'), quorumError)} />
      </FieldShell>
      <div className="checkbox-field">
        <input id="call-blind" type="checkbox" aria-describedby="call-blind-hint" {...register('blind')} />
        <label htmlFor="call-blind">{t('callForm.blind')}</label>
      </div>
      <p id="call-blind-hint" className="hint">
        {t('callForm.blindHint')}
      </p>
    </fieldset>
  );
}
