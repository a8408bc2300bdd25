// The packets screens' words in the user's language: a packet's state, a member's role, why something stays in this
// vault, and why main refused a packet or a return, said from the secretariat's side.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import type { PacketState, WithheldItem, WithheldReason } from '../../../common/review/review.schema.js';
import { TEAM_ROLES, type TeamRole } from '../../../common/team/team.schema.js';
import { useErrorText } from '../../ui/use-error-text.js';

/** Reasons main gives for refusing a packet's recipients or questions, which these screens word themselves. */
const CHOICE_REFUSALS = ['not_reviewer', 'unverified_recipient', 'duplicate_recipient', 'duplicate_question'] as const;
/** Codes whose general message speaks to a reviewer or to sync bundles; here they are said to the secretariat. */
const SECRETARIAT_CODES = ['packet_expired', 'recused', 'replayed'] as const;
/** Fields main names when it withholds part of a record, which these screens name in words. */
const WITHHELD_FIELDS = ['applicantContacts', 'communityContacts', 'lateReason', 'intake', 'participants'] as const;

const isRole = (role: string): role is TeamRole => (TEAM_ROLES as readonly string[]).includes(role);

export interface ReviewWords {
  stateName(state: PacketState): string;
  roleName(role: string): string;
  reasonText(reason: WithheldReason): string;
  whatName(what: WithheldItem['what']): string;
  /** A withheld item's name: a record's title as it came, a known field in words. */
  itemLabel(item: WithheldItem): string;
  refusalText(error: CreErrorPayload): string;
}

export function useReviewWords(): ReviewWords {
  const { t } = useTranslation(['review', 'team']);
  const errorText = useErrorText();
  const stateName = useCallback((state: PacketState) => t(`review:state.${state}`), [t]);
  const roleName = useCallback((role: string) => (isRole(role) ? t(`team:role.${role}`) : role), [t]);
  const reasonText = useCallback((reason: WithheldReason) => t(`review:withheld.reason.${reason}`), [t]);
  const whatName = useCallback((what: WithheldItem['what']) => t(`review:withheld.what.${what}`), [t]);
  const itemLabel = useCallback(
    (item: WithheldItem) => {
      const field = item.what === 'field' ? WITHHELD_FIELDS.find((known) => known === item.label) : undefined;
      return field ? t(`review:withheld.field.${field}`) : item.label;
    },
    [t],
  );
  const refusalText = useCallback(
    (error: CreErrorPayload) => {
      const reason = error.details?.['reason'];
      const choice = CHOICE_REFUSALS.find((known) => known === reason);
      if (error.code === 'invalid_input' && choice) return t(`review:refused.${choice}`);
      if (error.code === 'illegal_transition' && reason === 'already_sent') return t('review:refused.already_sent');
      const code = SECRETARIAT_CODES.find((known) => known === error.code);
      return code ? t(`review:refused.${code}`) : errorText(error);
    },
    [t, errorText],
  );
  return { stateName, roleName, reasonText, whatName, itemLabel, refusalText };
}
