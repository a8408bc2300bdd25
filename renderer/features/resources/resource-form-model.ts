// The resource form's values and their mapping to the contract, and the form's checks as translated message keys.
import type { z } from 'zod';
import { resourceInputSchema, type Resource, type ResourceInput, type ResourceType } from '../../../common/resources/resource.schema.js';
import type { SharingLevel, StrategyArea } from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export interface ResourceFormValues {
  title: string;
  /** Empty until one is chosen. */
  type: ResourceType | '';
  strategyAreas: StrategyArea[];
  languages: string[];
  summary: string;
  sharing: SharingLevel;
}

export function emptyResourceValues(): ResourceFormValues {
  // The most careful sharing level until someone decides otherwise.
  return { title: '', type: '', strategyAreas: [], languages: [], summary: '', sharing: 'secretariat' };
}

export function toResourceFormValues(resource: Resource): ResourceFormValues {
  return {
    title: resource.title,
    type: resource.type,
    strategyAreas: [...resource.strategyAreas],
    languages: [...resource.languages],
    summary: resource.summary,
    sharing: resource.sharing,
  };
}

export function toResourceInput(values: ResourceFormValues): ResourceInput {
  return {
    title: values.title,
    type: values.type as ResourceType,
    strategyAreas: values.strategyAreas,
    languages: values.languages,
    summary: values.summary,
    sharing: values.sharing,
  };
}

/** The message keys (resources:form.error.*) a field can show. */
export type ResourceErrorKey = 'required' | 'tooLong' | 'tooMany' | 'unknownLanguage' | 'choose' | 'invalid';

export interface ResourceFieldError {
  key: ResourceErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

function errorOf(issue: z.core.$ZodIssue): ResourceFieldError {
  const size = sizeErrorOf(issue);
  if (size) return size;
  switch (issue.code) {
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom':
      return { key: issue.message === 'unknown_language' ? 'unknownLanguage' : 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** Checks the form against the contract's schema; the first error of each field, keyed by its top-level name. */
export function validateResource(values: ResourceFormValues): Map<string, ResourceFieldError> {
  return firstErrorPerField(resourceInputSchema.safeParse(toResourceInput(values)), (path) => String(path[0] ?? 'title'), errorOf);
}
