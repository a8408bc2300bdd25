// The merge screen's choices: for each single-valued field, which of the two entries gives its value to the merged one.
import type { Collaborator, CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { proposeMerge } from '../../../common/roster/merge.js';

export const MERGE_CHOICE_FIELDS = ['name', 'kind', 'vetting', 'availability', 'sharing'] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];
export type MergeSide = 'kept' | 'other';
export type MergeChoices = Record<MergeChoiceField, MergeSide>;

/** Everything starts from the kept entry, as proposeMerge does. */
export function defaultMergeChoices(): MergeChoices {
  return { name: 'kept', kind: 'kept', vetting: 'kept', availability: 'kept', sharing: 'kept' };
}

/** The merged input: proposeMerge's joined lists, with each chosen field taken from the side the user picked. */
export function mergedInput(kept: Collaborator, other: Collaborator, choices: MergeChoices): CollaboratorInput {
  const from = (field: MergeChoiceField) => (choices[field] === 'kept' ? kept : other);
  return {
    ...proposeMerge(kept, other),
    name: from('name').name,
    kind: from('kind').kind,
    vetting: from('vetting').vetting,
    availability: from('availability').availability,
    sharing: from('sharing').sharing,
  };
}
