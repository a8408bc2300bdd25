// Telling when two roster entries are probably the same collaborator: normalized names, country overlap and fuzzy name similarity.

/** Lowercase, without diacritics, punctuation or repeated spaces: "Colectivo  Río-Verde!" → "colectivo rio verde". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Similarity of two names from 0 to 1 (Jaccard index of character trigrams of the normalized names). */
export function nameSimilarity(a: string, b: string): number {
  const left = trigrams(normalizeName(a));
  const right = trigrams(normalizeName(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Names at least this similar are offered as possible duplicates. */
export const SIMILAR_NAME_THRESHOLD = 0.6;

export type DuplicateReason = 'same_name_and_country' | 'same_name' | 'similar_name';

/** Why `candidate` may duplicate `entry`, or null when it does not look like the same collaborator. */
export function duplicateReason(
  entry: { name: string; countries: readonly string[] },
  candidate: { name: string; countries: readonly string[] },
): { reason: DuplicateReason; score: number } | null {
  const same = normalizeName(entry.name) === normalizeName(candidate.name);
  const shareCountry =
    entry.countries.length === 0 || candidate.countries.length === 0 || entry.countries.some((c) => candidate.countries.includes(c));
  if (same && shareCountry) return { reason: 'same_name_and_country', score: 1 };
  if (same) return { reason: 'same_name', score: 0.9 };
  const score = nameSimilarity(entry.name, candidate.name);
  return score >= SIMILAR_NAME_THRESHOLD ? { reason: 'similar_name', score } : null;
}
