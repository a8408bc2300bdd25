// Why a collaborator ranks where it does, in words: each reason matching gave with its points, and the score as a percentage, in the interface language.
import type { TFunction } from 'i18next';
import type { FinancierMatch, MatchReason } from '../../../common/community/match.schema.js';
import { countryName, languageName } from '../roster/place-names.js';

/** The translate function of the `requests` namespace, with `taxonomy:` labels reachable. */
export type Translate = TFunction<readonly ['requests', 'taxonomy']>;

/** A plain comma list in every language: strategy area labels contain "and" themselves, so a conjunction would blur where one ends. */
function listOf(items: readonly string[]): string {
  return items.join(', ');
}

/** Tag matches in turn: each already holds commas (a financier's name may), so they are set apart with semicolons. */
function inTurn(items: readonly string[]): string {
  return items.join('; ');
}

function financierText(found: FinancierMatch, t: Translate): string {
  if (found.named === 'request') return t('match.reason.financierNamed', { tag: found.tag, financier: found.financier });
  if (found.family) return t('match.reason.financierVia', { tag: found.tag, financier: found.financier, family: found.family });
  return t('match.reason.financierMatch', { tag: found.tag, financier: found.financier });
}

/** A reason's raw points, signed ("+30 points", "−10 points"), so the facilitator can see how the score adds up. */
export function pointsText(points: number, t: Translate, language: string): string {
  const signed = new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(points);
  return t('match.reasonPoints', { count: Math.abs(points), points: signed });
}

/** A score as a percentage in the language's own way of writing it ("78%", "78 %"). */
export function percentText(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(score / 100);
}

/** One reason as a sentence, e.g. "Covers Advocacy with decision-makers, Media and campaigning". */
export function reasonText(reason: MatchReason, t: Translate, language: string): string {
  switch (reason.kind) {
    case 'strategy':
      return t('match.reason.strategy', { areas: listOf(reason.areas.map((area) => t(`taxonomy:strategy.${area}`))) });
    case 'expertise':
      return t('match.reason.expertise', { matches: inTurn(reason.matches.map(({ tag, words }) => t('match.reason.expertiseMatch', { tag, words: words.join(' ') }))) });
    case 'financier':
      return t('match.reason.financier', { matches: inTurn(reason.matches.map((found) => financierText(found, t))) });
    case 'company':
      return t('match.reason.company', { matches: inTurn(reason.matches.map(({ tag, company }) => t('match.reason.companyMatch', { tag, company }))) });
    case 'country':
      return t('match.reason.country', { country: countryName(reason.country, language) });
    case 'region':
      return t('match.reason.region', { region: t(`taxonomy:region.${reason.region}`) });
    case 'global':
      return t('match.reason.global');
    case 'language':
      return t('match.reason.language', { languages: listOf(reason.languages.map((code) => languageName(code, language, 'middle-of-sentence'))) });
    case 'communityLanguage':
      return t('match.reason.communityLanguage', { languages: listOf(reason.languages.map((code) => languageName(code, language, 'middle-of-sentence'))) });
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
