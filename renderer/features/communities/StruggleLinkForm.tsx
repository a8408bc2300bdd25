// Links a harmful project to a community: a choice among the live projects not yet linked, what the community resists, and since when.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarmfulProjectSummary, Struggle } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DateField } from '../../ui/DateField.js';
import { DrawerCancelButton } from '../../ui/Drawer.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { countryName } from '../roster/place-names.js';
import {
  emptyStruggleLink,
  linkableProjects,
  toStruggleInput,
  validateStruggleLink,
  type StruggleLinkField,
  type StruggleLinkValues,
} from './struggle-link-model.js';

const RESISTING_MAX = 2000;

interface StruggleLinkFormProps {
  communityId: string;
  projects: readonly HarmfulProjectSummary[];
  struggles: readonly Struggle[];
  onLinked: (projectName: string) => void;
  /** Hears whether the form holds something typed or chosen, so the drawer around it can ask before dropping it. */
  onDirtyChange?: (dirty: boolean) => void;
}

export function StruggleLinkForm({ communityId, projects, struggles, onLinked, onDirtyChange }: StruggleLinkFormProps) {
  const { t, i18n } = useTranslation('communities');
  const errorText = useErrorText();
  const base = useId();
  const [values, setValues] = useState<StruggleLinkValues>(emptyStruggleLink);
  const [failed, setFailed] = useState<Set<StruggleLinkField>>(new Set());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = useMemo(() => linkableProjects(projects, struggles, i18n.language), [projects, struggles, i18n.language]);
  const dirty = values.projectId !== '' || values.resisting !== '' || values.since !== '';
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  if (choices.length === 0) return <p className="hint">{t('struggles.allLinked')}</p>;

  const errorOf = (field: StruggleLinkField): string | null => {
    if (!failed.has(field)) return null;
    if (field === 'projectId') return t('struggles.error.project');
    if (field === 'resisting') return t('struggles.error.resisting', { max: RESISTING_MAX });
    return t('struggles.error.since');
  };
  const change = (field: StruggleLinkField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Once a field was reported, it is checked again as the user fixes it.
    if (failed.size > 0) setFailed(validateStruggleLink(communityId, next));
  };

  async function link(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setSaveError(null);
    const problems = validateStruggleLink(communityId, values);
    setFailed(problems);
    if (problems.size > 0) return;
    const projectName = choices.find((project) => project.id === values.projectId)?.name ?? '';
    const struggle = toStruggleInput(communityId, values);
    const epoch = storeEpoch();
    setBusy(true);
    const reply = await request((api) => api.struggles.link({ struggle }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setValues(emptyStruggleLink());
    onLinked(projectName);
  }

  const ids = { project: `${base}-project`, resisting: `${base}-resisting`, since: `${base}-since` };
  return (
    <form className="form struggle-link" noValidate onSubmit={(event) => void link(event)}>
      <SelectField
        id={ids.project}
        label={t('struggles.project')}
        error={errorOf('projectId')}
        emptyChoice={t('struggles.chooseProject')}
        options={choices}
        optionValue={(project) => project.id}
        labelOf={(project) => `${project.name} (${countryName(project.country, i18n.language)})`}
        value={values.projectId}
        onChange={(event) => change('projectId', event.target.value)}
      />
      <FieldShell id={ids.resisting} label={t('struggles.resisting')} hint={t('struggles.resistingHint')} error={errorOf('resisting')}>
        <textarea
          id={ids.resisting}
          className="input"
          rows={2}
          maxLength={RESISTING_MAX}
          value={values.resisting}
          onChange={(event) => change('resisting', event.target.value)}
          {...fieldAria(ids.resisting, t('struggles.resistingHint'), errorOf('resisting'))}
        />
      </FieldShell>
      <DateField
        id={ids.since}
        label={t('struggles.since')}
        hint={t('struggles.sinceHint')}
        error={errorOf('since')}
        value={values.since}
        onChange={(since) => change('since', since)}
      />
      <LiveMessage id={`${base}-error`} kind="alert" text={saveError} />
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('struggles.link')}
        </button>
        <DrawerCancelButton label={t('drawer.cancel')} />
      </div>
    </form>
  );
}
