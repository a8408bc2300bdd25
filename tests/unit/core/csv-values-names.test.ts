// CSV cells naming languages and countries: the screens' CLDR names, the ISO tables' older spellings, accents or not, in four languages.
import { describe, expect, it } from 'vitest';
import { lookupCountry, lookupLanguage } from '../../../main/core/roster/csv-values.js';

describe('language cells', () => {
  it('maps French named in every way a sheet may write it to fr', () => {
    for (const cell of ['fr', 'FR', 'fra', 'fre', 'French', 'francés', 'Francés', 'Frances', 'FRANCES', 'français', 'Francais', 'francês', ' frances ']) {
      expect(lookupLanguage(cell), cell).toBe('fr');
    }
  });

  it('accepts the accented CLDR names the screens show and the unaccented ISO-table spellings', () => {
    expect(lookupLanguage('árabe')).toBe('ar');
    expect(lookupLanguage('Arabe')).toBe('ar');
    expect(lookupLanguage('guaraní')).toBe('gn');
    expect(lookupLanguage('quíchua')).toBe('qu');
    expect(lookupLanguage('criollo haitiano')).toBe('ht');
    expect(lookupLanguage('Haitiano')).toBe('ht');
    expect(lookupLanguage('Griego (moderno)')).toBe('el');
    expect(lookupLanguage('griego')).toBe('el');
    expect(lookupLanguage('Klingon')).toBeUndefined();
  });
});

describe('country cells', () => {
  it('maps the corrected Portuguese names of the two Congos, and CLDR names the ISO table lacks', () => {
    expect(lookupCountry('República Democrática do Congo')).toBe('CD');
    expect(lookupCountry('República do Congo')).toBe('CG');
    expect(lookupCountry('Chequia')).toBe('CZ');
    expect(lookupCountry('Corea del Sur')).toBe('KR');
    expect(lookupCountry('República de Corea')).toBe('KR');
    expect(lookupCountry('Brasil')).toBe('BR');
    expect(lookupCountry('Côte d’Ivoire')).toBe('CI');
    expect(lookupCountry('Cote dIvoire')).toBeUndefined();
  });
});
