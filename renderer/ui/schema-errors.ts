// A form model's check against the contract's schema: the first issue of each form field, as the form's translated message keys.
import type { z } from 'zod';

/** A missing value, or a text or list over its limit: read the same way on every form. Null for any other issue. */
export function sizeErrorOf(issue: z.core.$ZodIssue): { key: 'required' } | { key: 'tooLong' | 'tooMany'; max: number } | null {
  if (issue.code === 'too_small') return { key: 'required' };
  if (issue.code === 'too_big') return { key: issue.origin === 'array' ? 'tooMany' : 'tooLong', max: Number(issue.maximum) };
  return null;
}

type CheckResult = { success: true } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };

/**
 * The first error of each form field, keyed by the field path `pathOf` gives each issue; added to `errors` (errors the
 * form found itself, which win over the schema's).
 */
export function firstErrorPerField<E>(
  result: CheckResult,
  pathOf: (path: readonly PropertyKey[]) => string,
  errorOf: (issue: z.core.$ZodIssue, field: string) => E,
  errors: Map<string, E> = new Map(),
): Map<string, E> {
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = pathOf(issue.path);
    if (!errors.has(field)) errors.set(field, errorOf(issue, field));
  }
  return errors;
}
