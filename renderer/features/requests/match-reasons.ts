// Why a collaborator ranks where it does, in words: each reason matching gave, in the interface language.
import type { TFunction } from 'i18next';
import type { MatchReason } from '../../../common/community/match.schema.js';
import { countryName, languageName } from '../roster/place-names.js';

/** The translate function of the `requests` namespace, with `taxonomy:` labels reachable. */
export type Translate = TFunction<readonly ['requests', 'taxonomy']>;

/** A plain comma list in every language: strategy area labels contain "and" themselves, so a conjunction would blur where one ends. */
function listOf(items: readonly string[]): string {
  return items.join(', ');
}

/** One reason as a sentence, e.g. "Covers Advocacy with decision-makers, Media and campaigning". */
export function reasonText(reason: MatchReason, t: Translate, language: string): string {
  switch (reason.kind) {
    case 'strategy':
      return t('match.reason.strategy', { areas: listOf(reason.areas.map((area) => t(`taxonomy:strategy.${area}`))) });
    case 'country':
      return t('match.reason.country', { country: countryName(reason.country, language) });
    case 'region':
      return t('match.reason.region', { region: t(`taxonomy:region.${reason.region}`) });
    case 'global':
      return t('match.reason.global');
    case 'language':
      return t('match.reason.language', { languages: listOf(reason.languages.map((code) => languageName(code, language))) });
    case 'level':
      return t('match.reason.level', { level: t(`taxonomy:level.${reason.level}`) });
    case 'availability':
      return t(`match.reason.availability.${reason.status}`);
    case 'vetting':
      return t(`match.reason.vetting.${reason.status}`);
    case 'past':
      return t('match.reason.past', { concluded: reason.concluded, declined: reason.declined });
  }
}

/** Whether a reason counts against the collaborator, so the screen can say so beside it. */
export function isCaution(reason: MatchReason): boolean {
  switch (reason.kind) {
    case 'availability':
      return reason.status !== 'available';
    case 'vetting':
      return reason.status !== 'vetted';
    case 'past':
      return reason.declined > 0;
    default:
      return false;
  }
}
