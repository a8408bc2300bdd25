// The ranked collaborators for a request, best first: each with a tick box, who they are, the reasons behind their place, and a role once ticked.
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../common/community/match.schema.js';
import { formatNumber } from '../../ui/format.js';
import { FieldError, fieldAria } from '../../ui/FieldShell.js';
import { countryName } from '../roster/place-names.js';
import { isCaution, reasonText } from './match-reasons.js';

interface MatchListProps {
  matches: readonly Match[];
  picks: readonly { collaboratorId: string; role: string }[];
  onPick: (collaboratorId: string, on: boolean) => void;
  onRole: (collaboratorId: string, role: string) => void;
  error: string | undefined;
  roleError: (collaboratorId: string) => string | undefined;
}

export function MatchList({ matches, picks, onPick, onRole, error, roleError }: MatchListProps) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const language = i18n.language;
  const roles = new Map(picks.map((pick) => [pick.collaboratorId, pick.role]));
  return (
    <fieldset className="choice-group match-list" aria-describedby={error ? 'match-members-error' : undefined}>
      <legend>{t('match.listLegend')}</legend>
      <ol className="matches">
        {matches.map((match, index) => {
          const { id, name, kind, region, countries } = match.collaborator;
          const checkboxId = `match-pick-${id}`;
          const roleId = `match-role-${id}`;
          const picked = roles.has(id);
          const where = countries.length > 0 ? countries.map((code) => countryName(code, language)).join(', ') : t(`taxonomy:region.${region}`);
          const errorOfRole = roleError(id);
          return (
            <li key={id} className="match card">
              <div className="match-head">
                <div className="checkbox-field">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={picked}
                    onChange={(event) => onPick(id, event.target.checked)}
                    aria-describedby={`match-about-${id}`}
                  />
                  <label htmlFor={checkboxId}>
                    <span className="match-rank">{t('match.rank', { rank: index + 1 })}</span> {name}
                  </label>
                </div>
                <span className="match-score">{t('match.score', { score: formatNumber(match.score, language) })}</span>
              </div>
              <p id={`match-about-${id}`} className="muted">
                {t(`taxonomy:kind.${kind}`)} · {where}
              </p>
              <ul className="match-reasons" aria-label={t('match.reasonsLabel', { name })}>
                {match.reasons.map((reason, reasonIndex) => (
                  <li key={`${reason.kind}-${reasonIndex}`} className={isCaution(reason) ? 'caution' : undefined}>
                    {isCaution(reason) ? <span className="visually-hidden">{t('match.caution')} </span> : null}
                    {reasonText(reason, t, language)}
                  </li>
                ))}
              </ul>
              {picked ? (
                <div className="field">
                  <label htmlFor={roleId}>{t('match.role', { name })}</label>
                  <p id={`${roleId}-hint`} className="hint">
                    {t('match.roleHint')}
                  </p>
                  <input
                    id={roleId}
                    className="input"
                    type="text"
                    maxLength={200}
                    autoComplete="off"
                    value={roles.get(id) ?? ''}
                    onChange={(event) => onRole(id, event.target.value)}
                    {...fieldAria(roleId, t('match.roleHint'), errorOfRole)}
                  />
                  <FieldError id={roleId} error={errorOfRole} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <FieldError id="match-members" error={error} />
    </fieldset>
  );
}
