// Language names inside the matching screen's sentences: lowercase where the language writes them so ("Habla francés"), capitalized in English.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../common/community/match.schema.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES, type Language } from '../../../common/languages.js';
import { reasonText, type Translate } from '../../../renderer/features/requests/match-reasons.js';

function translatorFor(language: Language): Translate {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, { requests: CATALOG[lng].requests, taxonomy: CATALOG[lng].taxonomy }]));
  void instance.init({ lng: language, fallbackLng: false, ns: ['requests', 'taxonomy'], defaultNS: 'requests', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, ['requests', 'taxonomy']) as unknown as Translate;
}

const speaks = { kind: 'language', points: 10, languages: ['fr', 'en'] } as MatchReason;
const speaksTheCommunitys = { kind: 'communityLanguage', points: 10, languages: ['ar'] } as MatchReason;

describe('language names in sentences', () => {
  it('writes them lowercase mid-sentence in Spanish, French and Portuguese, with their accents', () => {
    expect(reasonText(speaks, translatorFor('es'), 'es')).toBe('Habla francés, inglés');
    expect(reasonText(speaks, translatorFor('fr'), 'fr')).toBe('Parle français, anglais');
    expect(reasonText(speaks, translatorFor('pt'), 'pt')).toBe('Fala francês, inglês');
    expect(reasonText(speaksTheCommunitys, translatorFor('es'), 'es')).toBe('Habla el idioma de la comunidad: árabe');
  });

  it('keeps the capitals English gives language names everywhere', () => {
    expect(reasonText(speaks, translatorFor('en'), 'en')).toBe('Speaks French, English');
    expect(reasonText(speaksTheCommunitys, translatorFor('en'), 'en')).toBe('Speaks the community’s language: Arabic');
  });
});
