// Language and country names from CLDR in the four interface languages: accents, capitals as a label and not mid-sentence, fallbacks.
import { describe, expect, it } from 'vitest';
import { cldrLanguageName, countryName, countryNames, ISO_LANGUAGE_CODES, languageName, languageNames } from '../../../common/code-names.js';
import { allLanguages } from '../../../renderer/features/roster/place-names.js';

describe('language names', () => {
  it('names languages with their accents in Spanish, French and Portuguese', () => {
    expect(languageName('fr', 'es', 'middle-of-sentence')).toBe('francés');
    expect(languageName('ar', 'es', 'middle-of-sentence')).toBe('árabe');
    expect(languageName('gn', 'es', 'middle-of-sentence')).toBe('guaraní');
    expect(languageName('en', 'fr', 'middle-of-sentence')).toBe('anglais');
    expect(languageName('pt', 'fr', 'middle-of-sentence')).toBe('portugais');
    expect(languageName('fr', 'pt', 'middle-of-sentence')).toBe('francês');
    expect(languageName('en', 'pt', 'middle-of-sentence')).toBe('inglês');
    expect(languageName('ar', 'en', 'middle-of-sentence')).toBe('Arabic');
  });

  it('capitalizes a name standing alone (a label, a list or menu item) and keeps English capitals mid-sentence', () => {
    expect(languageName('fr', 'es')).toBe('Francés');
    expect(languageName('ar', 'es', 'standalone')).toBe('Árabe');
    expect(languageName('en', 'es', 'standalone')).toBe('Inglés');
    expect(languageName('en', 'fr', 'standalone')).toBe('Anglais');
    expect(languageName('es', 'pt', 'standalone')).toBe('Espanhol');
    expect(languageName('en', 'en', 'standalone')).toBe('English');
    expect(languageName('en', 'en', 'middle-of-sentence')).toBe('English');
  });

  it('matches regional interface tags to their language and shows an unknown code as it is', () => {
    expect(languageName('fr', 'es-MX', 'middle-of-sentence')).toBe('francés');
    expect(languageName('fr', 'pt-BR')).toBe('Francês');
    expect(languageName('zz', 'es')).toBe('zz');
  });

  it('gives every ISO 639-1 code a name of its own, from the ISO table where CLDR would name another language', () => {
    for (const ui of ['en', 'es', 'fr', 'pt'] as const) {
      const names = languageNames(ui);
      expect(Object.keys(names)).toHaveLength(ISO_LANGUAGE_CODES.length);
      expect(new Set(Object.values(names)).size, ui).toBe(ISO_LANGUAGE_CODES.length);
    }
    // ICU reads `tl` as Filipino and `tw` as Akan: the ISO table's Tagalog and Twi keep them apart.
    expect(cldrLanguageName('tl', 'es')).toBeUndefined();
    expect(languageName('tl', 'es')).toBe('Tagalo');
    expect(languageName('tw', 'en')).toBe('Twi');
    expect(languageName('ak', 'en')).not.toBe(languageName('tw', 'en'));
  });

  it('falls back to the ISO table, lowercased mid-sentence, for a code CLDR does not name', () => {
    // `tl` has no CLDR name of its own here; the table says "Tagalo", which mid-sentence reads "tagalo".
    expect(languageName('tl', 'es', 'middle-of-sentence')).toBe('tagalo');
    expect(languageName('tl', 'en', 'middle-of-sentence')).toBe('Tagalog');
  });

  it('sorts the picker by the accented names', () => {
    const names = allLanguages('es').map((entry) => entry.name);
    expect(names).toContain('Francés');
    expect(names).toContain('Árabe');
    expect(names).not.toContain('Frances');
    expect(names).not.toContain('Arabe');
    // "Árabe" sorts with the A's, not after Z.
    expect(names.indexOf('Árabe')).toBeLessThan(names.indexOf('Bretón'));
  });
});

describe('country names', () => {
  it('keeps the official names and corrects the Portuguese table, which swaps the two Congos', () => {
    expect(countryName('BR', 'es')).toBe('Brasil');
    expect(countryName('CG', 'pt')).toBe('República do Congo');
    expect(countryName('CD', 'pt')).toBe('República Democrática do Congo');
    expect(countryNames('pt')['CD']).toBe('República Democrática do Congo');
    expect(countryName('CD', 'en')).toBe('Democratic Republic of the Congo');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });
});
