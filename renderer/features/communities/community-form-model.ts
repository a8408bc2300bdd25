// The community form's values and their mapping to and from the contract: coordinates typed as text, masked contacts kept by id.
import type { z } from 'zod';
import { communityInputSchema, type Community, type CommunityInput } from '../../../common/community/community.schema.js';
import type { SharingLevel } from '../../../common/roster/taxonomy.js';
import { firstErrorPerField, sizeErrorOf } from '../../ui/schema-errors.js';
import type { ContactFormValue } from '../roster/collaborator-form-model.js';

export interface CommunityFormValues {
  name: string;
  /** An ISO country code, or empty until one is chosen. */
  country: string;
  area: string;
  /** As typed: empty, or a decimal number (a comma works as the decimal separator too). */
  latitude: string;
  longitude: string;
  languages: string[];
  contacts: ContactFormValue[];
  sharing: SharingLevel;
  notes: string;
}

export function emptyCommunityValues(): CommunityFormValues {
  return {
    name: '',
    country: '',
    area: '',
    latitude: '',
    longitude: '',
    languages: [],
    contacts: [],
    // The most careful choice until the community's consent says otherwise.
    sharing: 'secretariat',
    notes: '',
  };
}

/** The form's starting values for a community as the page received it (sensitive contact values still hidden). */
export function toCommunityFormValues(community: Community): CommunityFormValues {
  return {
    name: community.name,
    country: community.country,
    area: community.area,
    latitude: community.coordinates ? String(community.coordinates.latitude) : '',
    longitude: community.coordinates ? String(community.coordinates.longitude) : '',
    languages: [...community.languages],
    contacts: community.contacts.map((contact) => ({
      contactId: contact.id,
      type: contact.type,
      value: contact.value ?? '',
      masked: contact.masked,
      note: contact.note,
      sensitive: contact.sensitive,
    })),
    sharing: community.sharing,
    notes: community.notes,
  };
}

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** A typed coordinate as a number: null when blank, NaN when it is not a decimal number. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** Both coordinates blank means none; otherwise a pair (a blank or unreadable half is NaN, which the checks report). */
function coordinatesOf(values: CommunityFormValues): CommunityInput['coordinates'] {
  const latitude = parseCoordinate(values.latitude);
  const longitude = parseCoordinate(values.longitude);
  if (latitude === null && longitude === null) return null;
  return { latitude: latitude ?? Number.NaN, longitude: longitude ?? Number.NaN };
}

/** What create and update receive. A masked contact goes with its id and no value, so the vault keeps the stored one. */
export function toCommunityInput(values: CommunityFormValues): CommunityInput {
  return {
    name: values.name,
    country: values.country,
    area: values.area,
    coordinates: coordinatesOf(values),
    languages: values.languages,
    contacts: values.contacts.map((contact) => ({
      ...(contact.contactId === null ? {} : { id: contact.contactId }),
      type: contact.type,
      ...(contact.masked ? {} : { value: contact.value }),
      note: contact.note,
      sensitive: contact.sensitive,
    })),
    sharing: values.sharing,
    notes: values.notes,
  };
}

/** The message keys (communities:form.error.*) a field can show. */
export type CommunityErrorKey =
  | 'required'
  | 'tooLong'
  | 'tooMany'
  | 'unknownCountry'
  | 'unknownLanguage'
  | 'notANumber'
  | 'bothCoordinates'
  | 'latitudeRange'
  | 'longitudeRange'
  | 'choose'
  | 'invalid';

export interface CommunityFieldError {
  key: CommunityErrorKey;
  /** The limit for tooLong / tooMany. */
  max?: number;
}

/** The form field an issue belongs to: `coordinates.latitude` → `latitude`, `languages.3` → `languages`, contacts on their own field. */
export function communityFieldPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'coordinates') return parts[1] ?? 'latitude';
  if (parts[0] === 'contacts' && parts.length >= 3) return parts.slice(0, 3).join('.');
  if (parts[0] === 'languages') return 'languages';
  return parts.join('.');
}

/** A zod issue as one of the form's translated messages, never zod's English text. */
export function communityErrorOf(issue: z.core.$ZodIssue, field: string): CommunityFieldError {
  if (field === 'latitude' || field === 'longitude') {
    if (issue.code === 'too_small' || issue.code === 'too_big') return { key: field === 'latitude' ? 'latitudeRange' : 'longitudeRange' };
    return { key: 'notANumber' };
  }
  if (field === 'country' && (issue.code === 'too_small' || issue.code === 'too_big')) return { key: 'required' };
  const size = sizeErrorOf(issue);
  if (size) return size;
  switch (issue.code) {
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

/** Reports a half-filled or unreadable pair of coordinates before the schema sees it (the schema would only say "not a number"). */
function coordinateErrors(values: CommunityFormValues, errors: Map<string, CommunityFieldError>): void {
  const latitude = parseCoordinate(values.latitude);
  const longitude = parseCoordinate(values.longitude);
  if (latitude === null && longitude === null) return;
  for (const [field, parsed] of [
    ['latitude', latitude],
    ['longitude', longitude],
  ] as const) {
    if (parsed === null) errors.set(field, { key: 'bothCoordinates' });
    else if (Number.isNaN(parsed)) errors.set(field, { key: 'notANumber' });
  }
}

/** Checks the form against the contract's schema; returns the first error of each field, keyed by field path. */
export function validateCommunity(values: CommunityFormValues): Map<string, CommunityFieldError> {
  const errors = new Map<string, CommunityFieldError>();
  coordinateErrors(values, errors);
  return firstErrorPerField(communityInputSchema.safeParse(toCommunityInput(values)), communityFieldPathOf, communityErrorOf, errors);
}

