// The "link a harmful project" form's checks against the contract's struggle schema, and which projects it may offer.
import { struggleInputSchema, type HarmfulProjectSummary, type Struggle, type StruggleInput } from '../../../common/community/community.schema.js';

export interface StruggleLinkValues {
  /** Empty until a project is chosen. */
  projectId: string;
  resisting: string;
  /** `YYYY-MM-DD` as a date input gives it, or empty. */
  since: string;
}

export type StruggleLinkField = keyof StruggleLinkValues;

export function emptyStruggleLink(): StruggleLinkValues {
  return { projectId: '', resisting: '', since: '' };
}

export function toStruggleInput(communityId: string, values: StruggleLinkValues): StruggleInput {
  return { communityId, projectId: values.projectId, resisting: values.resisting, since: values.since === '' ? null : values.since };
}

/** The fields that fail the contract's schema (first failure of each); an empty set means the link can be sent. */
export function validateStruggleLink(communityId: string, values: StruggleLinkValues): Set<StruggleLinkField> {
  const failed = new Set<StruggleLinkField>();
  if (values.projectId === '') failed.add('projectId');
  const result = struggleInputSchema.safeParse(toStruggleInput(communityId, values));
  if (result.success) return failed;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'projectId' || field === 'resisting' || field === 'since') failed.add(field);
  }
  return failed;
}

/** Live projects not yet linked to the community, by name in the interface language: one live struggle per community and project. */
export function linkableProjects(projects: readonly HarmfulProjectSummary[], struggles: readonly Struggle[], language: string): HarmfulProjectSummary[] {
  const linked = new Set(struggles.map((struggle) => struggle.projectId));
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return projects.filter((project) => !linked.has(project.id)).sort((a, b) => collator.compare(a.name, b.name));
}
