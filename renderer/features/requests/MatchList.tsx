// The ranked collaborators for a request, best first, one compact row each: a tick box, who they are, the score as a
// share of the best possible with a small bar, the reasons behind it behind a "Why?" disclosure, and a role once ticked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../common/community/match.schema.js';
import { FieldError, fieldAria } from '../../ui/FieldShell.js';
import { countryName, languageName } from '../roster/place-names.js';
import { isCaution, percentText, pointsText, reasonText, type Translate } from './match-reasons.js';

interface MatchListProps {
  matches: readonly Match[];
  /** Rank in the full ranking, by collaborator id: filters hide rows but do not renumber them. */
  rankOf: ReadonlyMap<string, number>;
  picks: readonly { collaboratorId: string; role: string }[];
  onPick: (collaboratorId: string, on: boolean) => void;
  onRole: (collaboratorId: string, role: string) => void;
  error: string | undefined;
  roleError: (collaboratorId: string) => string | undefined;
}

interface MatchRowProps {
  match: Match;
  rank: number;
  role: string | undefined;
  onPick: (on: boolean) => void;
  onRole: (role: string) => void;
  roleError: string | undefined;
}

/** Kind, where, languages, availability and vetting on one line. */
function aboutLine(match: Match, t: Translate, language: string): string {
  const { kind, region, countries, languages, availability, vetting } = match.collaborator;
  const where = countries.length > 0 ? countries.map((code) => countryName(code, language)).join(', ') : t(`taxonomy:region.${region}`);
  return [
    t(`taxonomy:kind.${kind}`),
    where,
    languages.map((code) => languageName(code, language)).join(', '),
    t(`match.reason.availability.${availability}`),
    t(`match.reason.vetting.${vetting}`),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

function MatchRow({ match, rank, role, onPick, onRole, roleError }: MatchRowProps) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const language = i18n.language;
  const [open, setOpen] = useState(false);
  const { id, name } = match.collaborator;
  const picked = role !== undefined;
  const checkboxId = `match-pick-${id}`;
  const roleId = `match-role-${id}`;
  const reasonsId = `match-reasons-${id}`;
  const percent = percentText(match.score, language);
  return (
    <li className={picked ? 'match-row picked' : 'match-row'}>
      <div className="match-line">
        <div className="checkbox-field">
          <input id={checkboxId} type="checkbox" checked={picked} onChange={(event) => onPick(event.target.checked)} aria-describedby={`match-about-${id} match-score-${id}`} />
          <label htmlFor={checkboxId}>
            <span className="match-rank">{t('match.rank', { rank })}</span> {name}
          </label>
        </div>
        <span className="match-score" id={`match-score-${id}`}>
          <span className="score-number" aria-hidden="true">
            {percent}
          </span>
          <span className="score-bar" aria-hidden="true">
            <span className="score-fill" style={{ inlineSize: `${match.score}%` }} />
          </span>
          <span className="visually-hidden">{t('match.scoreLabel', { percent })}</span>
        </span>
        <button
          type="button"
          className="link-button match-why"
          aria-expanded={open}
          aria-controls={reasonsId}
          aria-label={t('match.reasonsLabel', { name })}
          onClick={() => setOpen(!open)}
        >
          {t('match.why')}
        </button>
      </div>
      <p id={`match-about-${id}`} className="match-about muted">
        {aboutLine(match, t, language)}
      </p>
      <div id={reasonsId} className="match-why-panel" hidden={!open}>
        <ul className="match-reasons" aria-label={t('match.reasonsLabel', { name })}>
          {match.reasons.map((reason, reasonIndex) => (
            <li key={`${reason.kind}-${reasonIndex}`} className={isCaution(reason) ? 'caution' : undefined}>
              {isCaution(reason) ? <span className="visually-hidden">{t('match.caution')} </span> : null}
              <span>{reasonText(reason, t, language)}</span> <span className="reason-points">{pointsText(reason.points, t, language)}</span>
            </li>
          ))}
        </ul>
        <p className="match-total muted">{t('match.total', { points: match.points, best: match.bestPoints })}</p>
      </div>
      {picked ? (
        <div className="field match-role">
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
            value={role}
            onChange={(event) => onRole(event.target.value)}
            {...fieldAria(roleId, t('match.roleHint'), roleError)}
          />
          <FieldError id={roleId} error={roleError} />
        </div>
      ) : null}
    </li>
  );
}

export function MatchList({ matches, rankOf, picks, onPick, onRole, error, roleError }: MatchListProps) {
  const { t } = useTranslation('requests');
  const roles = new Map(picks.map((pick) => [pick.collaboratorId, pick.role]));
  return (
    <fieldset className="choice-group match-list" aria-describedby={error ? 'match-members-error' : undefined}>
      <legend>{t('match.listLegend')}</legend>
      <ol className="matches">
        {matches.map((match) => {
          const { id } = match.collaborator;
          return (
            <MatchRow
              key={id}
              match={match}
              rank={rankOf.get(id) ?? 0}
              role={roles.get(id)}
              onPick={(on) => onPick(id, on)}
              onRole={(role) => onRole(id, role)}
              roleError={roleError(id)}
            />
          );
        })}
      </ol>
      <FieldError id="match-members" error={error} />
    </fieldset>
  );
}
