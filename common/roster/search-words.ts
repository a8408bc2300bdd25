// The words of a roster search and where they match a text: the same split and folding as the vault's full-text index
// (accents and case ignored, each word matching the start of a word), for the notes excerpt and the highlighted matches.

/** At most this many words of a search are used, as the full-text query does. */
const MAX_WORDS = 12;

/** What a person typed, as the words the search looks for (letters and digits; everything else separates words). */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
}

/** Folds accents and case away, as the index's `remove_diacritics 2` tokenizer does: "Éleveurs" → "eleveurs". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface TextPart {
  text: string;
  /** True when this part is a word that one of the search words starts. */
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function matcher(words: readonly string[]): (token: string) => boolean {
  const folded = words.map(foldForSearch).filter((word) => word.length > 0);
  return (token) => {
    const candidate = foldForSearch(token);
    return folded.some((word) => candidate.startsWith(word));
  };
}

/** Splits `text` into the words the search matched and the rest, in order; one unmatched part when nothing matches. */
export function matchedParts(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0 || text === '') return [{ text, match: false }];
  const matches = matcher(words);
  const parts: TextPart[] = [];
  let from = 0;
  for (const found of text.matchAll(WORD)) {
    if (!matches(found[0])) continue;
    if (found.index > from) parts.push({ text: text.slice(from, found.index), match: false });
    parts.push({ text: found[0], match: true });
    from = found.index + found[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/** Characters of context kept before and after the first matched word of the notes. */
const BEFORE = 40;
const AFTER = 100;

/**
 * A short passage of the notes around the first word the search matched, so a row found through its notes says why;
 * null when the notes match none of the words. Cut at spaces, marked with "…" where text was left out.
 */
export function notesExcerpt(notes: string, words: readonly string[]): string | null {
  if (words.length === 0 || notes === '') return null;
  const matches = matcher(words);
  let first: RegExpExecArray | null = null;
  for (const found of notes.matchAll(WORD)) {
    if (matches(found[0])) {
      first = found;
      break;
    }
  }
  if (first === null) return null;
  const wordEnd = first.index + first[0].length;
  let start = Math.max(0, first.index - BEFORE);
  if (start > 0) {
    // Start after the first space in the window, so no word is cut; the matched word itself is never cut.
    const space = notes.slice(start, first.index).search(/\s/);
    start = space >= 0 ? start + space + 1 : first.index;
  }
  let end = Math.min(notes.length, wordEnd + AFTER);
  if (end < notes.length) {
    // End at the last space in the window, so no word is cut.
    let space = end;
    while (space > wordEnd && !/\s/.test(notes[space]!)) space -= 1;
    end = space;
  }
  const passage = notes.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${end < notes.length ? '…' : ''}`;
}
