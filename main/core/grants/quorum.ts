// Quorum after recusals, as a pure function: of the working-group members present at a meeting, those who declared a
// conflict with an application leave its decision; the rest must number at least the call's quorum.
import type { GroupMember } from '../../../common/grants/call.schema.js';
import type { Declaration } from '../../../common/grants/review.schema.js';

export interface ReviewerDeclaration {
  reviewerVaultId: string;
  reviewerName: string;
  declaration: Declaration;
  conflictReason: string;
}

export interface Recusal {
  applicationId: string;
  vaultId: string;
  name: string;
  reason: string;
}

export interface ApplicationQuorum {
  applicationId: string;
  present: number;
  required: number;
  met: boolean;
  /** The attendees recused from this application, in the order they attended. */
  recusals: Recusal[];
}

/**
 * `attendees` are vault ids of working-group members; `reviews` are the application's reviews with their declarations.
 * An attendee is recused when one of their reviews of the application declares a conflict.
 */
export function quorumOf(input: {
  applicationId: string;
  workingGroup: readonly GroupMember[];
  attendees: readonly string[];
  required: number;
  reviews: readonly ReviewerDeclaration[];
}): ApplicationQuorum {
  const conflicts = new Map<string, ReviewerDeclaration>();
  for (const review of input.reviews) if (review.declaration === 'conflict') conflicts.set(review.reviewerVaultId, review);
  const members = new Map(input.workingGroup.map((member) => [member.vaultId, member.name]));
  const attending = [...new Set(input.attendees)].filter((vaultId) => members.has(vaultId));
  const recusals: Recusal[] = [];
  for (const vaultId of attending) {
    const conflict = conflicts.get(vaultId);
    if (conflict) recusals.push({ applicationId: input.applicationId, vaultId, name: members.get(vaultId) ?? conflict.reviewerName, reason: conflict.conflictReason });
  }
  const present = attending.length - recusals.length;
  return { applicationId: input.applicationId, present, required: input.required, met: present >= input.required, recusals };
}
