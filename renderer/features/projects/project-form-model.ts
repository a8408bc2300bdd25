// The project form's values and their mapping to and from the contract: text fields for the investment, empty means none.
import type { z } from 'zod';
import {
  harmfulProjectInputSchema,
  type HarmfulProject,
  type HarmfulProjectInput,
} from '../../../common/community/community.schema.js';
import type { ProjectSector, ProjectStage, RiskCategory } from '../../../common/community/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export interface FinancierFormValue {
  name: string;
  /** The financier's own project number. */
  projectId: string;
  /** Empty when there is no public page. */
  url: string;
}

export interface ReferenceFormValue {
  title: string;
  url: string;
}

export interface ProjectFormValues {
  name: string;
  /** ISO 3166-1 alpha-2, or empty until chosen. */
  country: string;
  location: string;
  sectors: ProjectSector[];
  financiers: FinancierFormValue[];
  companies: string[];
  stage: ProjectStage;
  /** Empty means "not known". */
  riskCategory: RiskCategory | '';
  /** As typed, in the user's way of writing numbers; both empty means no investment recorded. */
  investment: { amount: string; currency: string };
  /** `YYYY-MM-DD` or empty, as date inputs give it. */
  boardDate: string;
  references: ReferenceFormValue[];
  notes: string;
}

export function emptyProjectFormValues(): ProjectFormValues {
  return {
    name: '',
    country: '',
    location: '',
    sectors: [],
    financiers: [],
    companies: [],
    stage: 'pending',
    riskCategory: '',
    investment: { amount: '', currency: '' },
    boardDate: '',
    references: [],
    notes: '',
  };
}

export function newFinancier(): FinancierFormValue {
  return { name: '', projectId: '', url: '' };
}

export function newReference(): ReferenceFormValue {
  return { title: '', url: '' };
}

function decimalSeparatorOf(language: string): string {
  const part = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/**
 * An amount as a person writes it in their language: "250000000", "1,200,000.5" in English, "1.200.000,5" in Spanish,
 * "1 200 000,5" in French. NaN when it is not a plain non-negative number.
 */
export function parseAmount(text: string, language: string): number {
  const decimal = decimalSeparatorOf(language);
  const group = decimal === ',' ? '\\.' : ',';
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  // Digits, or digits grouped by threes ("1,200,000"), then an optional decimal part.
  const shape = new RegExp(`^(\\d+|\\d{1,3}(${group}\\d{3})+)(\\${decimal}\\d+)?$`);
  if (!shape.test(compact)) return Number.NaN;
  const [whole = '', fraction] = compact.split(decimal);
  return Number(`${whole.replace(/[.,]/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** An amount for the form's text box, in the user's language and without grouping, so it reads back through parseAmount. */
export function amountText(amount: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(amount);
}

/** The form's starting values for a stored project. */
export function toProjectFormValues(project: HarmfulProject, language: string): ProjectFormValues {
  return {
    name: project.name,
    country: project.country,
    location: project.location,
    sectors: [...project.sectors],
    financiers: project.financiers.map((financier) => ({ name: financier.name, projectId: financier.projectId, url: financier.url ?? '' })),
    companies: [...project.companies],
    stage: project.stage,
    riskCategory: project.riskCategory ?? '',
    investment: project.investment
      ? { amount: amountText(project.investment.amount, language), currency: project.investment.currency }
      : { amount: '', currency: '' },
    boardDate: project.boardDate ?? '',
    references: project.references.map((reference) => ({ title: reference.title, url: reference.url })),
    notes: project.notes,
  };
}

/** What create and update receive. An amount that does not read as a number is sent as NaN, which validation reports. */
export function toProjectInput(values: ProjectFormValues, language: string): HarmfulProjectInput {
  const amount = values.investment.amount.trim();
  const currency = values.investment.currency.trim().toUpperCase();
  return {
    name: values.name,
    country: values.country,
    location: values.location,
    sectors: values.sectors,
    financiers: values.financiers.map((financier) => ({
      name: financier.name,
      projectId: financier.projectId,
      url: financier.url.trim() === '' ? null : financier.url.trim(),
    })),
    companies: values.companies,
    stage: values.stage,
    riskCategory: values.riskCategory === '' ? null : values.riskCategory,
    investment: amount === '' && currency === '' ? null : { amount: amount === '' ? Number.NaN : parseAmount(amount, language), currency },
    boardDate: values.boardDate === '' ? null : values.boardDate,
    references: values.references.map((reference) => ({ title: reference.title, url: reference.url.trim() })),
    notes: values.notes,
  };
}

/** The message keys (projects:form.error.*) a field can show. */
export type ProjectFieldErrorKey =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'unknownCountry'
  | 'invalidDate'
  | 'invalidUrl'
  | 'invalidAmount'
  | 'tooLarge'
  | 'currency'
  | 'choose'
  | 'invalid';

export interface ProjectFieldError {
  key: ProjectFieldErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: sectors and companies report on their list; financier and reference rows on their own input. */
export function projectFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'sectors' || parts[0] === 'companies') return parts[0];
  return parts.join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** A zod issue as one of the form's translated messages, never zod's English text; `sent` is what was checked. */
export function projectFieldErrorOf(issue: z.core.$ZodIssue, sent: unknown): ProjectFieldError {
  const value = valueAt(sent, issue.path);
  if (typeof value === 'string' && value.trim() === '') return { key: 'required' };
  if (issue.code === 'too_big' && issue.origin === 'number') return { key: 'tooLarge' };
  const size = sizeErrorOf(issue);
  if (size) return size;
  switch (issue.code) {
    case 'invalid_format':
      if (issue.format === 'url') return { key: 'invalidUrl' };
      if (issue.format === 'date') return { key: 'invalidDate' };
      if (issue.message === 'currency') return { key: 'currency' };
      return { key: 'invalid' };
    case 'invalid_type':
      return { key: typeof value === 'number' ? 'invalidAmount' : 'invalid' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom':
      if (issue.message === 'unknown_country') return { key: 'unknownCountry' };
      return { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateProject(values: ProjectFormValues, language: string): Map<string, ProjectFieldError> {
  const input = toProjectInput(values, language);
  const errors = firstErrorPerField(harmfulProjectInputSchema.safeParse(input), projectFieldPathOf, (issue): ProjectFieldError => projectFieldErrorOf(issue, input));
  // An amount left empty beside a currency is missing rather than malformed.
  if (errors.has('investment.amount') && values.investment.amount.trim() === '') errors.set('investment.amount', { key: 'required' });
  return errors;
}

