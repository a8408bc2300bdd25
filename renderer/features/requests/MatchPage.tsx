// Matching for one request: the roster ranked as compact rows with quick filters and reasons on demand; tick collaborators,
// give roles, name the owner, and create the collaboration from a bar that stays at the bottom of the window.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../common/community/match.schema.js';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { leaveThen, setLeaveGuard } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { DateField } from '../../ui/DateField.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { MatchFilters } from './MatchFilters.js';
import { MatchList } from './MatchList.js';
import { firstInvalidFieldId, toCollaborationInput, togglePick, validateMatchChoice, type MatchChoice, type MatchFieldError } from './match-choice-model.js';
import { filterMatches, filtersActive, languageChoices, NO_FILTERS, type MatchFilters as Filters } from './match-filters.js';
import { requestSummary } from './request-form-model.js';
import { useRequests } from './requests-store.js';
import { useSupportRequest } from './use-request.js';

/** Matches asked for at first and added by each "Show more", up to the contract's most. */
const MATCH_STEP = 30;
const MATCH_MOST = 200;

type Ranking = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready'; matches: Match[] };

function useRanking(requestId: string, limit: number): Ranking {
  const [ranking, setRanking] = useState<Ranking>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.matching.forRequest({ requestId, limit })).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      setRanking(reply.ok ? { state: 'ready', matches: reply.value } : { state: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [requestId, limit]);
  return ranking;
}

/** The community's own languages, for the language filters; none until read (or if it cannot be read). */
function useCommunityLanguages(communityId: string | null): readonly string[] {
  const [languages, setLanguages] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!communityId) return undefined;
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.communities.get({ id: communityId })).then((reply) => {
      if (current && epoch === storeEpoch() && reply.ok) setLanguages(reply.value.languages);
    });
    return () => {
      current = false;
    };
  }, [communityId]);
  return languages;
}

/** The vault owner's own name (Team → You), the usual owner of what they start; '' until known or when unset. */
function useOwnName(whenKnown: (name: string) => void): string {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    void request((api) => api.team.me({})).then((reply) => {
      if (!live || !reply.ok) return;
      const own = reply.value.displayName.trim();
      setName(own);
      if (own !== '') whenKnown(own);
    });
    return () => {
      live = false;
    };
  }, [whenKnown]);
  return name;
}

export function MatchPage({ requestId }: { requestId: string }) {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const open = useRequests((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const loaded = useSupportRequest(requestId);
  const [limit, setLimit] = useState(MATCH_STEP);
  const ranking = useRanking(requestId, limit);
  const [choice, setChoice] = useState<MatchChoice>({ picks: [], owner: '', nextFollowUp: '' });
  const [errors, setErrors] = useState<Map<string, MatchFieldError>>(new Map());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const communityLanguages = useCommunityLanguages(loaded.state === 'ready' ? loaded.request.communityId : null);
  const languages = languageChoices(loaded.state === 'ready' ? loaded.request.languages : [], communityLanguages);
  const matches = useMemo(() => (ranking.state === 'ready' ? ranking.matches : []), [ranking]);
  const rankOf = useMemo(() => new Map(matches.map((match, index) => [match.collaborator.id, index + 1])), [matches]);
  const shown = filterMatches(matches, filters, new Set(choice.picks.map((pick) => pick.collaboratorId)));
  // The owner starts as the person using the vault; a name they did not type is not unsaved work.
  const fillOwner = useCallback((own: string) => setChoice((current) => (current.owner === '' ? { ...current, owner: own } : current)), []);
  const ownName = useOwnName(fillOwner);
  const ownerTyped = choice.owner.trim() !== '' && choice.owner !== ownName;
  const started = choice.picks.length > 0 || ownerTyped || choice.nextFollowUp !== '';

  useEffect(() => {
    if (!started) return undefined;
    setLeaveGuard((proceed) => setPendingLeave(() => proceed));
    return () => setLeaveGuard(null);
  }, [started]);

  const messageOf = (key: string) => {
    const error = errors.get(key);
    return error ? t(`match.error.${error.key}`, { max: error.max ?? 0 }) : undefined;
  };

  function update(next: MatchChoice): void {
    setChoice(next);
    // Once the facilitator has been told what to fix, the messages follow the changes.
    if (errors.size > 0 && loaded.state === 'ready') setErrors(validateMatchChoice({ communityId: loaded.request.communityId, requestId }, next));
  }

  async function create(): Promise<void> {
    if (loaded.state !== 'ready' || saving) return;
    setSaveError(null);
    const target = { communityId: loaded.request.communityId, requestId };
    const found = validateMatchChoice(target, choice);
    setErrors(found);
    if (found.size > 0) {
      // The bar stays in view while the fields may be far above or below it: take the facilitator to the first one to fix.
      const fieldId = firstInvalidFieldId(found, choice, shown[0]?.collaborator.id ?? null);
      if (fieldId) document.getElementById(fieldId)?.focus();
      return;
    }
    setSaving(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.collaborations.create({ collaboration: toCollaborationInput(target, choice) }));
    if (epoch !== storeEpoch()) return;
    setSaving(false);
    if (!reply.ok) {
      setSaveError(errorText(reply.error));
      return;
    }
    setLeaveGuard(null);
    const notice = t('match.created', { count: choice.picks.length });
    goTo({ section: 'collaborations', view: { name: 'detail', id: reply.value.id, notice } });
  }

  const ranked = matches.map((match) => match.collaborator.id);
  const ownerError = messageOf('owner');
  const followUpError = messageOf('nextFollowUp');
  return (
    <div className="roster-stack match-page">
      <p>
        <button type="button" className="link-button" onClick={() => leaveThen(() => open({ name: 'detail', id: requestId }))}>
          {t('match.back')}
        </button>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('match.title')}
      </h1>
      {loaded.state === 'ready' ? (
        <p className="lead">{t('match.for', { community: loaded.request.communityName, summary: requestSummary(loaded.request.description) })}</p>
      ) : null}
      <p className="hint">{t('match.intro')}</p>
      <LiveMessage id="match-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : ranking.state === 'failed' ? errorText(ranking.error) : null} />
      <p role="status" className="result-count">
        {ranking.state === 'loading' ? t('match.ranking') : ranking.state === 'ready' ? t('match.count', { count: matches.length }) : ''}
      </p>
      {ranking.state === 'ready' && matches.length === 0 ? <p className="hint">{t('match.none')}</p> : null}
      {matches.length > 0 ? <MatchFilters filters={filters} languages={languages} onChange={setFilters} /> : null}
      <p className="hint" aria-live="polite">
        {filtersActive(filters) && matches.length > 0 ? t('match.filters.shown', { shown: shown.length, total: matches.length }) : ''}
      </p>
      {matches.length > 0 ? (
        <form
          className="form match-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <LiveMessage id="match-form-errors" kind="alert" text={errors.size > 0 ? t('form.fixErrors') : null} />
          <MatchList
            matches={shown}
            rankOf={rankOf}
            picks={choice.picks}
            onPick={(collaboratorId, on) => update({ ...choice, picks: togglePick(choice.picks, ranked, collaboratorId, on) })}
            onRole={(collaboratorId, role) =>
              update({ ...choice, picks: choice.picks.map((pick) => (pick.collaboratorId === collaboratorId ? { ...pick, role } : pick)) })
            }
            error={messageOf('members')}
            roleError={(collaboratorId) => messageOf(`role.${collaboratorId}`)}
          />
          {shown.length === 0 ? <p className="hint">{t('match.filters.none')}</p> : null}
          {matches.length === limit && limit < MATCH_MOST ? (
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => setLimit((value) => Math.min(value + MATCH_STEP, MATCH_MOST))}>
                {t('match.more')}
              </button>
            </div>
          ) : null}
          <fieldset className="form-section">
            <legend>{t('match.followTitle')}</legend>
            <div className="field-row">
              <FieldShell id="match-owner" label={t('match.owner')} hint={t('match.ownerHint')} error={ownerError}>
                <input
                  id="match-owner"
                  className="input"
                  type="text"
                  maxLength={200}
                  autoComplete="off"
                  value={choice.owner}
                  onChange={(event) => update({ ...choice, owner: event.target.value })}
                  {...fieldAria('match-owner', t('match.ownerHint'), ownerError)}
                />
              </FieldShell>
              <DateField
                id="match-follow-up"
                className="date-input"
                label={t('match.nextFollowUp')}
                hint={t('match.nextFollowUpHint')}
                error={followUpError}
                value={choice.nextFollowUp}
                onChange={(nextFollowUp) => update({ ...choice, nextFollowUp })}
              />
            </div>
          </fieldset>
          <LiveMessage id="match-save-error" kind="alert" text={saveError} />
          <div className="match-bar" role="region" aria-label={t('match.barLabel')}>
            <p role="status" className="match-chosen">
              {t('match.chosen', { count: choice.picks.length })}
            </p>
            <button type="submit" className="button primary" disabled={choice.picks.length === 0} aria-disabled={saving || undefined}>
              {t('match.create')}
              <ArrowRight aria-hidden="true" size={18} />
            </button>
          </div>
        </form>
      ) : null}
      <ConfirmLeaveDialog
        pending={pendingLeave}
        onStay={() => setPendingLeave(null)}
        texts={{ title: t('leave.title'), text: t('match.leaveText'), stay: t('leave.stay'), leave: t('leave.leave') }}
      />
    </div>
  );
}
