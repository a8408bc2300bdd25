// "You": the name, role and region your card carries, and the card itself once you have a name.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../../common/roster/taxonomy.js';
import { MAX_DISPLAY_NAME_LENGTH, NETWORK_ROLES, REVIEWER_ROLES, type IdentityView, type TeamRole } from '../../../common/team/team.schema.js';
import { request } from '../../app/cre.js';
import { useSession } from '../../app/session-store.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { MyCard } from './MyCard.js';
import { useTeam } from './team-store.js';

function ProfileForm({ me }: { me: IdentityView }) {
  const { t } = useTranslation(['team', 'taxonomy']);
  const errorText = useErrorText();
  const [name, setName] = useState(me.displayName);
  const [role, setRole] = useState<TeamRole>(me.role);
  const [region, setRegion] = useState<Region>(me.region);
  const [nameError, setNameError] = useState<string | null>(null);
  // A vault keeps the mode it was made in (the core refuses a change): a reviewer's member is on the Advisory Committee
  // or a working group; a network vault is the secretariat's or a facilitator's.
  const roles = useSession((state) => state.mode) === 'reviewer' ? REVIEWER_ROLES : NETWORK_ROLES;
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    setStatus(null);
    setError(null);
    if (name.trim() === '') {
      setNameError(t('me.nameRequired'));
      document.getElementById('team-me-name')?.focus();
      return;
    }
    setNameError(null);
    const reply = await request((api) => api.team.updateMe({ displayName: name, role, region }));
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(t('me.saved'));
    await useTeam.getState().loadMe();
  }

  return (
    <form className="team-profile" noValidate onSubmit={(event) => void save(event)}>
      <FieldShell id="team-me-name" label={t('me.name')} hint={t('me.nameHint')} error={nameError}>
        <input
          id="team-me-name"
          className="input"
          type="text"
          value={name}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
          {...fieldAria('team-me-name', t('me.nameHint'), nameError)}
        />
      </FieldShell>
      <SelectField
        id="team-me-role"
        label={t('me.role')}
        options={roles}
        labelOf={(option) => t(`role.${option}`)}
        value={role}
        onChange={(event) => setRole(event.target.value as TeamRole)}
      />
      <SelectField
        id="team-me-region"
        label={t('me.region')}
        options={REGIONS}
        labelOf={(option) => t(`taxonomy:region.${option}`)}
        value={region}
        onChange={(event) => setRegion(event.target.value as Region)}
      />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('me.save')}
        </button>
      </div>
      <LiveMessage id="team-me-status" kind="status" tone="success" text={status} />
      <LiveMessage id="team-me-error" kind="alert" text={error} />
    </form>
  );
}

export function YouPanel() {
  const { t } = useTranslation('team');
  const me = useTeam((state) => state.me);
  return (
    <section className="card team-you" aria-labelledby="team-you-title">
      <h2 id="team-you-title">{t('me.title')}</h2>
      <p className="hint">{t('me.intro')}</p>
      {me === null ? null : (
        <>
          {me.displayName === '' ? <p className="message message-warning">{t('me.needName')}</p> : null}
          <ProfileForm key={me.vaultId} me={me} />
          {me.displayName === '' ? null : <MyCard key={`${me.displayName}|${me.role}|${me.region}`} />}
        </>
      )}
    </section>
  );
}
