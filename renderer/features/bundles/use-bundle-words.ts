// The Bundles screen's words in the user's language: record types, field names and values, and why a bundle or a choice was refused.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../../common/contract/errors.js';
import { regionSchema, sharingLevelSchema } from '../../../common/roster/taxonomy.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { countryName, languageName } from '../roster/place-names.js';
import { CHOICE_REFUSALS, fieldValueText, humanise, isLabelledField, isRecordType } from './bundle-format.js';

/** Fields holding codes the page can name: one country, or a list of country or language codes. */
const CODE_LISTS: Readonly<Record<string, (code: string, language: string) => string>> = { countries: countryName, languages: languageName };

function codesOf(value: unknown): string[] | null {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

export interface BundleWords {
  recordTypeName(table: string): string;
  fieldName(field: string): string;
  /** A field's value for the conflicts view: regions, sharing, countries and languages by name; `empty` for no value. */
  valueText(field: string, value: unknown, empty: string): string;
  /** Bundle refusals by their code (with the format version for unsupported_version); a wrong recipient choice by its reason. */
  refusalText(error: CreErrorPayload): string;
}

export function useBundleWords(): BundleWords {
  const { t, i18n } = useTranslation(['bundles', 'errors', 'taxonomy']);
  const language = i18n.language;
  const errorText = useErrorText();
  const recordTypeName = useCallback((table: string) => (isRecordType(table) ? t(`bundles:recordType.${table}`) : humanise(table)), [t]);
  const fieldName = useCallback((field: string) => (isLabelledField(field) ? t(`bundles:field.${field}`) : humanise(field)), [t]);
  const valueText = useCallback(
    (field: string, value: unknown, empty: string) => {
      const region = field === 'region' ? regionSchema.safeParse(value) : null;
      if (region?.success) return t(`taxonomy:region.${region.data}`);
      const sharing = field === 'sharing' ? sharingLevelSchema.safeParse(value) : null;
      if (sharing?.success) return t(`taxonomy:sharing.${sharing.data}`);
      if (field === 'country' && typeof value === 'string' && value !== '') return countryName(value, language);
      const naming = CODE_LISTS[field];
      const codes = naming ? codesOf(value) : null;
      if (naming && codes && codes.length > 0) return codes.map((code) => naming(code, language)).join(', ');
      return fieldValueText(value, empty);
    },
    [t, language],
  );
  const refusalText = useCallback(
    (error: CreErrorPayload) => {
      if (error.code === 'unsupported_version') return t('errors:unsupported_version', { version: String(error.details?.['version'] ?? '?') });
      const reason = CHOICE_REFUSALS.find((known) => known === error.details?.['reason']);
      if (error.code === 'invalid_input' && reason) return t(`bundles:refused.${reason}`);
      return errorText(error);
    },
    [t, errorText],
  );
  return { recordTypeName, fieldName, valueText, refusalText };
}
