// The matching screen's choice: the ticked collaborators with their roles, the owner and the follow-up, as a collaboration for the request.
import { collaborationInputSchema, type CollaborationInput } from '../../../common/community/collaboration.schema.js';

export interface MatchChoice {
  /** Ticked collaborators in ranking order, each with the role typed for it (may be empty). */
  picks: { collaboratorId: string; role: string }[];
  owner: string;
  /** `YYYY-MM-DD` from the date field, or empty for none yet. */
  nextFollowUp: string;
}

/** What collaborations.create receives for this request; the core marks the request linked. */
export function toCollaborationInput(target: { communityId: string; requestId: string }, choice: MatchChoice): CollaborationInput {
  return {
    communityId: target.communityId,
    requestId: target.requestId,
    members: choice.picks.map((pick) => ({ collaboratorId: pick.collaboratorId, role: pick.role })),
    owner: choice.owner,
    nextFollowUp: choice.nextFollowUp.trim() === '' ? null : choice.nextFollowUp.trim(),
  };
}

/** The message keys (requests:match.error.*) the choice can show. */
export type MatchErrorKey = 'pickOne' | 'tooMany' | 'ownerRequired' | 'tooLong' | 'badDate' | 'invalid';

export interface MatchFieldError {
  key: MatchErrorKey;
  max?: number;
}

/**
 * Checks the choice against the contract's schema. Errors are keyed `members`, `owner`, `nextFollowUp`,
 * or `role.<collaboratorId>` so a role's message sits next to that collaborator's role field.
 */
export function validateMatchChoice(target: { communityId: string; requestId: string }, choice: MatchChoice): Map<string, MatchFieldError> {
  const errors = new Map<string, MatchFieldError>();
  const result = collaborationInputSchema.safeParse(toCollaborationInput(target, choice));
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const [field, index, sub] = issue.path.map(String);
    let key: string;
    let error: MatchFieldError;
    if (field === 'members' && sub === 'role') {
      key = `role.${choice.picks[Number(index)]?.collaboratorId ?? ''}`;
      error = { key: 'tooLong', max: Number('maximum' in issue ? issue.maximum : 0) };
    } else if (field === 'members') {
      key = 'members';
      error = issue.code === 'too_big' ? { key: 'tooMany', max: Number(issue.maximum) } : { key: 'pickOne' };
    } else if (field === 'owner') {
      key = 'owner';
      error = issue.code === 'too_big' ? { key: 'tooLong', max: Number(issue.maximum) } : { key: 'ownerRequired' };
    } else if (field === 'nextFollowUp') {
      key = 'nextFollowUp';
      error = { key: 'badDate' };
    } else {
      key = field ?? '';
      error = { key: 'invalid' };
    }
    if (!errors.has(key)) errors.set(key, error);
  }
  return errors;
}

/** Ticks or unticks one collaborator, keeping the ranking's order and any role already typed for the others. */
export function togglePick(picks: MatchChoice['picks'], ranking: readonly string[], collaboratorId: string, on: boolean): MatchChoice['picks'] {
  const roles = new Map(picks.map((pick) => [pick.collaboratorId, pick.role]));
  if (on && !roles.has(collaboratorId)) roles.set(collaboratorId, '');
  if (!on) roles.delete(collaboratorId);
  return ranking.filter((id) => roles.has(id)).map((id) => ({ collaboratorId: id, role: roles.get(id) ?? '' }));
}

/**
 * The field to take the facilitator to after a refused create, in the page's order: the first tick box, a role, the
 * owner, the follow-up. Null when nothing is wrong.
 */
export function firstInvalidFieldId(errors: ReadonlyMap<string, MatchFieldError>, choice: MatchChoice, firstMatchId: string | null): string | null {
  if (errors.has('members') && firstMatchId) return `match-pick-${firstMatchId}`;
  const role = choice.picks.find((pick) => errors.has(`role.${pick.collaboratorId}`));
  if (role) return `match-role-${role.collaboratorId}`;
  if (errors.has('owner')) return 'match-owner';
  if (errors.has('nextFollowUp')) return 'match-follow-up';
  return null;
}
