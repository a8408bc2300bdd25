// Explainable word matching for the ranking: texts folded to words (case, accents and a final "s" ignored), whole-word
// phrases, and which expertise tags a request's text, its projects' financiers and its companies name. No fuzzy scores.
import { FINANCIER_FAMILIES, type FinancierFamily } from './financier-families.js';

/** Small words that say nothing about expertise, in the four interface languages. */
const STOPWORDS_WRITTEN = [
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'its', 'their',
  'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'y', 'o', 'en', 'con', 'por', 'para', 'al', 'su', 'sus',
  'le', 'les', 'des', 'du', 'et', 'ou', 'au', 'aux', 'pour', 'par', 'sur', 'une', 'd', 'l',
  'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'em', 'no', 'na', 'nos', 'nas', 'com', 'um', 'uma', 'ao',
];

/** Words too common in financiers' and companies' names to tell one from another on their own. */
const GENERIC_WRITTEN = [
  'bank', 'group', 'development', 'fund', 'finance', 'financial', 'financing', 'corporation', 'company', 'co', 'ltd',
  'limited', 'inc', 'sa', 'plc', 'llc', 'holding', 'holdings', 'international', 'investment', 'agency', 'national',
  'banco', 'banque', 'desarrollo', 'desenvolvimento', 'développement', 'fondo', 'fundo', 'fonds', 'grupo', 'groupe',
  'corporación', 'compañía', 'companhia', 'empresa', 'sociedad', 'société', 'nacional',
];

/** Legal forms and the like at the end of a name ("Ltd", "S.A.", "Group"): a name part is also tried without them. */
const TRAILING_FORMS_WRITTEN = [
  'ltd', 'limited', 'inc', 'corp', 'corporation', 'co', 'plc', 'llc', 'ltda', 'gmbh', 'ag', 'spa', 'sas', 'sarl', 'bv', 'nv',
  'group', 'grupo', 'groupe', 'holding', 'holdings', 'de',
];

/** One word folded for comparison: accents and case removed, a final "s" dropped from words over three letters. */
export function foldWord(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.length > 3 && plain.endsWith('s') ? plain.slice(0, -1) : plain;
}

const STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS_WRITTEN.map(foldWord));
const GENERIC: ReadonlySet<string> = new Set(GENERIC_WRITTEN.map(foldWord));
const TRAILING_FORMS: ReadonlySet<string> = new Set(TRAILING_FORMS_WRITTEN.map(foldWord));

/** A name part without its trailing legal forms and single letters ("Energia S.A." → "energia"), at least one word kept. */
function withoutTrailingForms(part: readonly string[]): readonly string[] {
  let end = part.length;
  while (end > 1 && (TRAILING_FORMS.has(part[end - 1]!) || part[end - 1]!.length === 1)) end -= 1;
  return part.slice(0, end);
}

/** A text's words, as written and folded, in order. */
export interface Words {
  readonly written: readonly string[];
  readonly folded: readonly string[];
}

export function wordsOf(text: string): Words {
  const written = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  return { written, folded: written.map(foldWord) };
}

/** Where `needle` starts as consecutive whole words of `haystack`, or -1. */
export function phraseAt(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let k = 0; k < needle.length; k += 1) if (haystack[start + k] !== needle[k]) continue outer;
    return start;
  }
  return -1;
}

/** A tag as words: all of them (for phrases) and those that say something (for the request's text). */
export interface TagWords {
  readonly all: readonly string[];
  readonly significant: readonly string[];
  /** Has a word that is neither small nor generic, so it can stand for a financier or company on its own. */
  readonly distinctive: boolean;
}

export function tagWords(tag: string): TagWords {
  const all = wordsOf(tag).folded;
  const significant = all.filter((word) => !STOPWORDS.has(word));
  return { all, significant, distinctive: significant.some((word) => !GENERIC.has(word)) };
}

/** The request's text, folded once, with where each folded word first appears. */
export interface RequestText {
  readonly words: Words;
  readonly firstAt: ReadonlyMap<string, number>;
}

export function requestText(text: string): RequestText {
  const words = wordsOf(text);
  const firstAt = new Map<string, number>();
  words.folded.forEach((word, index) => {
    if (!firstAt.has(word)) firstAt.set(word, index);
  });
  return { words, firstAt };
}

/** The request's words a tag's every significant word finds, as written in the request (in the tag's order); null if one is missing. */
export function tagInText(tag: TagWords, text: RequestText): string[] | null {
  if (tag.significant.length === 0) return null;
  const found: string[] = [];
  for (const word of tag.significant) {
    const at = text.firstAt.get(word);
    if (at === undefined) return null;
    const written = text.words.written[at]!;
    if (!found.includes(written)) found.push(written);
  }
  return found;
}

/** A financier or company the request is about, with the phrases that name it. */
export interface Party {
  /** As written on the project, or the family's name when the request's text names it. */
  readonly name: string;
  readonly named: 'project' | 'request';
  /** The name's parts (split at brackets, commas, slashes), each also without trailing legal forms, that are distinctive. */
  readonly ownKeys: readonly (readonly string[])[];
  /** The family the name belongs to, if any, and all its aliases. */
  readonly family: FinancierFamily | null;
  readonly familyKeys: readonly (readonly string[])[];
}

const FAMILY_KEYS: ReadonlyMap<FinancierFamily, readonly (readonly string[])[]> = new Map(
  FINANCIER_FAMILIES.map((family) => [family, family.aliases.map((alias) => wordsOf(alias).folded)]),
);

function isDistinctive(words: readonly string[]): boolean {
  return words.some((word) => !STOPWORDS.has(word) && !GENERIC.has(word));
}

/** The financier family one of whose aliases appears, as whole words, in a name part. */
function familyOf(parts: readonly (readonly string[])[]): FinancierFamily | null {
  for (const [family, keys] of FAMILY_KEYS) if (keys.some((key) => parts.some((part) => phraseAt(part, key) >= 0))) return family;
  return null;
}

export function party(name: string, named: 'project' | 'request', withFamilies: boolean): Party {
  const parts = name.split(/[(),;/]+/).map((part) => wordsOf(part).folded).filter((part) => part.length > 0);
  const family = withFamilies ? familyOf(parts) : null;
  const trimmed = parts.map(withoutTrailingForms).filter((part, k) => part.length < parts[k]!.length);
  return { name, named, ownKeys: [...parts, ...trimmed].filter(isDistinctive), family, familyKeys: family ? FAMILY_KEYS.get(family)! : [] };
}

/** Financier families the request's text names: a several-word alias anywhere, a one-word alias only with its own capitals ("IFC", not "ida"). */
export function familiesNamedIn(text: RequestText): FinancierFamily[] {
  const asWritten = text.words.written.map((word) => word.normalize('NFD').replace(/\p{M}/gu, ''));
  return FINANCIER_FAMILIES.filter((family) =>
    family.aliases.some((alias) => {
      const words = wordsOf(alias);
      if (words.folded.length > 1) return phraseAt(text.words.folded, words.folded) >= 0;
      return asWritten.includes(words.written[0]!.normalize('NFD').replace(/\p{M}/gu, ''));
    }),
  );
}

function keyMatches(tag: TagWords, key: readonly string[]): boolean {
  return phraseAt(tag.all, key) >= 0 || (tag.distinctive && phraseAt(key, tag.all) >= 0);
}

/**
 * Whether a tag names a party: one of the party's name parts appears in the tag as whole words, or the whole tag
 * appears in one (if the tag is distinctive). `via` says whether it took the family's aliases to see it.
 */
export function tagNamesParty(tag: TagWords, target: Party): { via: 'name' | 'family' } | null {
  if (tag.all.length === 0) return null;
  if (target.ownKeys.some((key) => keyMatches(tag, key))) return { via: 'name' };
  if (target.familyKeys.some((key) => keyMatches(tag, key))) return { via: 'family' };
  return null;
}

/** What a request offers tags to match: its text, the financiers and the companies of its projects. */
export interface RequestTerms {
  readonly text: RequestText;
  readonly financiers: readonly Party[];
  readonly companies: readonly Party[];
}

/**
 * The terms of a request: its text; its projects' financiers (each with its family, if known) plus families its text
 * names that no project financier already stands for; its projects' companies. Names are kept once each.
 */
export function requestTerms(description: string, projects: readonly { financiers: readonly string[]; companies: readonly string[] }[]): RequestTerms {
  const text = requestText(description);
  const financiers = [...new Set(projects.flatMap((project) => project.financiers))].map((name) => party(name, 'project', true));
  const covered = new Set(financiers.map((financier) => financier.family));
  for (const family of familiesNamedIn(text)) {
    if (!covered.has(family)) financiers.push(party(family.name, 'request', true));
  }
  const companies = [...new Set(projects.flatMap((project) => project.companies))].map((name) => party(name, 'project', false));
  return { text, financiers, companies };
}

/** One tag against a request: the request's words it finds, the financiers and the companies it names. */
export interface TagVerdict {
  textWords: string[] | null;
  financiers: { financier: string; family: string | null; named: 'project' | 'request' }[];
  companies: string[];
}

export function judgeTag(tag: TagWords, terms: RequestTerms): TagVerdict {
  const financiers: TagVerdict['financiers'] = [];
  for (const financier of terms.financiers) {
    const seen = tagNamesParty(tag, financier);
    if (!seen) continue;
    // Through the family, say which, unless the financier is named by the family's own name.
    const family = seen.via === 'family' && financier.family!.name !== financier.name ? financier.family!.name : null;
    financiers.push({ financier: financier.name, family, named: financier.named });
  }
  const companies = terms.companies.filter((company) => tagNamesParty(tag, company) !== null).map((company) => company.name);
  return { textWords: tagInText(tag, terms.text), financiers, companies };
}
