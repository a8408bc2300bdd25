// The recipients of a new bundle: a checkbox per verified team member (name, role, region); the unverified are named apart.
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../common/team/team.schema.js';

interface RecipientsFieldsetProps {
  members: readonly TeamMember[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  /** This vault is a facilitator's: it may also send one collaboration to the facilitators of one region. */
  facilitator?: boolean;
}

export function RecipientsFieldset({ members, chosen, onChange, facilitator = false }: RecipientsFieldsetProps) {
  const { t } = useTranslation(['bundles', 'team', 'taxonomy']);
  const verified = members.filter((member) => member.verified);
  const unverified = members.filter((member) => !member.verified);
  const picked = new Set(chosen);
  return (
    <fieldset className="choice-group bundle-recipients" aria-describedby="bundle-recipients-hint">
      <legend>{t('create.recipients')}</legend>
      <p id="bundle-recipients-hint" className="hint">
        {t('create.recipientsHint')}
        {facilitator ? ` ${t('collaboration.recipientsHint')}` : null}
      </p>
      {verified.length === 0 ? <p className="message message-info">{t('create.noVerified')}</p> : null}
      {verified.map((member) => (
        <div className="checkbox-field" key={member.id}>
          <input
            id={`bundle-recipient-${member.id}`}
            type="checkbox"
            checked={picked.has(member.id)}
            onChange={(event) => onChange(verified.filter((m) => (m.id === member.id ? event.target.checked : picked.has(m.id))).map((m) => m.id))}
          />
          <label htmlFor={`bundle-recipient-${member.id}`}>
            {member.displayName}
            <span className="muted">
              {' '}
              · {t(`team:role.${member.role}`)} · {t(`taxonomy:region.${member.region}`)}
            </span>
          </label>
        </div>
      ))}
      {unverified.length > 0 ? <p className="hint">{t('create.unverified', { names: unverified.map((member) => member.displayName).join(', ') })}</p> : null}
    </fieldset>
  );
}
