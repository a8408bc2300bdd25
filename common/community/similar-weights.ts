// How similar struggles are ranked: the weights are data, documented in docs/similar-struggles.md.

export const SIMILAR_WEIGHTS = {
  /** Per harmful project both communities face. */
  project: 50,
  /** Per financier both face (names compared after normalising case, accents, spacing and punctuation). */
  financier: 40,
  /** Per company or borrower both face (names normalised the same way). */
  company: 30,
  /** The other community is in the same country. */
  country: 15,
  /** Per sector both face. */
  sector: 10,
  /** Per strategy area both have asked for or learned about. */
  strategyArea: 8,
} as const;

/** At most this many learnings are sent per similar community, newest collaboration first; the rest are counted. */
export const SIMILAR_LEARNINGS_SHOWN = 20;
