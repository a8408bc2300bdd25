// The roster search's words and where they match a text: the marked words of a result row and the notes passage quoted.
import { describe, expect, it } from 'vitest';
import { matchedParts, notesExcerpt, searchWords } from '../../../common/roster/search-words.js';

const marked = (text: string, typed: string) =>
  matchedParts(text, searchWords(typed))
    .filter((part) => part.match)
    .map((part) => part.text);

describe('searchWords', () => {
  it('splits on anything but letters and digits, and keeps at most twelve words', () => {
    expect(searchWords(' "São Paulo"  c*d ')).toEqual(['São', 'Paulo', 'c', 'd']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});

describe('matchedParts', () => {
  it('marks whole words that a search word starts, ignoring accents and case, as the full-text index matches', () => {
    expect(marked('Fédération des Éleveurs du Sahel', 'federa eleveur')).toEqual(['Fédération', 'Éleveurs']);
    expect(marked('Coletivo de São Paulo', 'SAO')).toEqual(['São']);
    expect(marked('CAO complaints', 'cao')).toEqual(['CAO']);
    // Only word starts: "Paulo" does not match "aulo".
    expect(marked('Coletivo de São Paulo', 'aulo')).toEqual([]);
  });

  it('gives the text back unchanged, in order, matched or not', () => {
    const text = 'Rede Águas, de São Paulo!';
    for (const typed of ['', 'agua', 'rede paulo', 'zzz']) {
      expect(matchedParts(text, searchWords(typed)).map((part) => part.text).join('')).toBe(text);
    }
    expect(matchedParts('', ['a'])).toEqual([{ text: '', match: false }]);
  });
});

describe('notesExcerpt', () => {
  it('quotes a passage around the first matched word, cut at spaces and marked where text was left out', () => {
    const notes = `${'Earlier words. '.repeat(8)}They filed the CAO complaint in 2019.\nThen ${'later words '.repeat(20)}`;
    const excerpt = notesExcerpt(notes, ['cao'])!;
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('They filed the CAO complaint in 2019. Then');
    // Whole words only at both ends.
    expect(excerpt.slice(1, -1)).toMatch(/^\S.*\S$/);
    expect(notes).toContain(excerpt.slice(1, -1).split(' ').slice(0, 3).join(' '));
  });

  it('quotes short notes whole, and nothing when no word matches or nothing was typed', () => {
    expect(notesExcerpt('Works on river basins.', ['river'])).toBe('Works on river basins.');
    expect(notesExcerpt('Works on river basins.', ['mining'])).toBeNull();
    expect(notesExcerpt('Works on river basins.', [])).toBeNull();
    expect(notesExcerpt('', ['river'])).toBeNull();
  });
});
