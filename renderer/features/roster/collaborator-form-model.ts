// The edit form's values and their mapping to and from the contract: masked contacts are kept by id without their values.
import type { z } from 'zod';
import {
  collaboratorInputSchema,
  type Collaborator,
  type CollaboratorInput,
} from '../../../common/roster/collaborator.schema.js';
import type {
  AvailabilityStatus,
  CollaboratorKind,
  ContactType,
  Level,
  SharingLevel,
  StrategyArea,
  VettingStatus,
} from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';

export interface ContactFormValue {
  /** The channel's id in the vault; null for a channel added in this form. */
  contactId: string | null;
  type: ContactType;
  /** Empty while masked: the vault keeps the stored value when none is sent. */
  value: string;
  /** True while the value is hidden (sensitive and not revealed here): it cannot be edited, only kept or removed. */
  masked: boolean;
  note: string;
  sensitive: boolean;
}

export interface CollaboratorFormValues {
  name: string;
  kind: CollaboratorKind;
  countries: string[];
  levels: Level[];
  strategyAreas: StrategyArea[];
  expertise: string[];
  languages: string[];
  contacts: ContactFormValue[];
  /** Dates are `YYYY-MM-DD` or empty, as date inputs give them. */
  vetting: { status: VettingStatus; vouchedBy: string; date: string; note: string };
  availability: { status: AvailabilityStatus; until: string };
  sharing: SharingLevel;
  riskNotes: string;
  /** True while stored risk notes are hidden: the field is not shown and the stored text must be kept. */
  riskNotesMasked: boolean;
  notes: string;
}

export function emptyFormValues(): CollaboratorFormValues {
  return {
    name: '',
    kind: 'cso',
    countries: [],
    levels: [],
    strategyAreas: [],
    expertise: [],
    languages: [],
    contacts: [],
    vetting: { status: 'proposed', vouchedBy: '', date: '', note: '' },
    availability: { status: 'available', until: '' },
    // The most careful choice until someone decides otherwise.
    sharing: 'secretariat',
    riskNotes: '',
    riskNotesMasked: false,
    notes: '',
  };
}

export function newContact(): ContactFormValue {
  return { contactId: null, type: 'email', value: '', masked: false, note: '', sensitive: true };
}

/** The form's starting values for an existing collaborator as the page received it (sensitive values still hidden). */
export function toFormValues(collaborator: Collaborator): CollaboratorFormValues {
  return {
    name: collaborator.name,
    kind: collaborator.kind,
    countries: [...collaborator.countries],
    levels: [...collaborator.levels],
    strategyAreas: [...collaborator.strategyAreas],
    expertise: [...collaborator.expertise],
    languages: [...collaborator.languages],
    contacts: collaborator.contacts.map((contact) => ({
      contactId: contact.id,
      type: contact.type,
      value: contact.value ?? '',
      masked: contact.masked,
      note: contact.note,
      sensitive: contact.sensitive,
    })),
    vetting: {
      status: collaborator.vetting.status,
      vouchedBy: collaborator.vetting.vouchedBy,
      date: collaborator.vetting.date ?? '',
      note: collaborator.vetting.note,
    },
    availability: { status: collaborator.availability.status, until: collaborator.availability.until ?? '' },
    sharing: collaborator.sharing,
    riskNotes: collaborator.riskNotes,
    riskNotesMasked: collaborator.riskNotesMasked,
    notes: collaborator.notes,
  };
}

/**
 * What update/create receive. A masked contact goes with its id and no value, so the vault keeps the stored one.
 * Risk notes never revealed in the form are sent empty; the update's `keepRiskNotes` tells the vault to keep the stored ones.
 */
export function toCollaboratorInput(values: CollaboratorFormValues): CollaboratorInput {
  return {
    name: values.name,
    kind: values.kind,
    countries: values.countries,
    levels: values.levels,
    strategyAreas: values.strategyAreas,
    expertise: values.expertise,
    languages: values.languages,
    contacts: values.contacts.map((contact) => ({
      ...(contact.contactId === null ? {} : { id: contact.contactId }),
      type: contact.type,
      ...(contact.masked ? {} : { value: contact.value }),
      note: contact.note,
      sensitive: contact.sensitive,
    })),
    vetting: {
      status: values.vetting.status,
      vouchedBy: values.vetting.vouchedBy,
      date: values.vetting.date === '' ? null : values.vetting.date,
      note: values.vetting.note,
    },
    availability: { status: values.availability.status, until: values.availability.until === '' ? null : values.availability.until },
    sharing: values.sharing,
    riskNotes: values.riskNotesMasked ? '' : values.riskNotes,
    notes: values.notes,
  };
}

/** The message keys (roster:form.error.*) a field can show. */
export type FieldErrorKey = 'required' | 'tooLong' | 'tooMany' | 'unknownCountry' | 'unknownLanguage' | 'invalidDate' | 'choose' | 'invalid';

export interface FieldError {
  key: FieldErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: list items report on their list (`countries.3` → `countries`), contacts on their own field. */
export function fieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'contacts' && parts.length >= 3) return parts.slice(0, 3).join('.');
  if (['countries', 'levels', 'strategyAreas', 'expertise', 'languages'].includes(parts[0] ?? '')) return parts[0] ?? '';
  return parts.join('.');
}

/** A zod issue as one of the form's translated messages, never zod's English text. */
export function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  const size = sizeErrorOf(issue);
  if (size) return size;
  switch (issue.code) {
    case 'invalid_format':
      return { key: issue.format === 'date' ? 'invalidDate' : 'invalid' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom':
      if (issue.message === 'unknown_country') return { key: 'unknownCountry' };
      if (issue.message === 'unknown_language') return { key: 'unknownLanguage' };
      if (issue.message === 'required') return { key: 'required' };
      return { key: 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateCollaborator(values: CollaboratorFormValues): Map<string, FieldError> {
  // Hidden risk notes go out empty (the vault keeps the stored text), so only what the user typed is checked here.
  return firstErrorPerField(collaboratorInputSchema.safeParse(toCollaboratorInput(values)), fieldPathOf, fieldErrorOf);
}

