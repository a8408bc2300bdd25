// A team member's delivery state in words, in each language: what they acknowledged, what waits and for how long (under
// a day said so, not "0 days"), what the newest bundle carried, and "Overdue" in words.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES, type Language } from '../../../common/languages.js';
import { deliveryWords, type DeliveryTranslate } from '../../../renderer/features/bundles/delivery-words.js';

function translatorFor(language: Language): DeliveryTranslate {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, { bundles: CATALOG[lng].bundles }]));
  void instance.init({ lng: language, fallbackLng: false, ns: ['bundles'], defaultNS: 'bundles', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'bundles') as unknown as DeliveryTranslate;
}

const MEMBER = '0190a0e4-1c2b-7d3e-8f40-000000000041';
const waiting = (bundles: number, days: number, records: number, withdrawals: number) => ({ bundles, days, records, withdrawals, since: '2026-11-20T09:00:00.000Z' });
const state = (over: Partial<DeliveryState>): DeliveryState => ({ memberId: MEMBER, displayName: 'Dewi Santoso', lastAcknowledged: null, waiting: null, overdue: false, ...over });

describe('delivery in words', () => {
  it('says how many bundles wait and for how many days, what the newest carried, and that it is overdue', () => {
    const words = deliveryWords(state({ waiting: waiting(3, 12, 40, 2), overdue: true }), translatorFor('en'), 'en');
    expect(words.waiting).toBe('3 bundles, 12 days unacknowledged');
    expect(words.newest).toBe('40 records and 2 withdrawals');
    expect(words.overdue).toBe('Overdue');
    expect(words.acknowledged).toBe('No bundle acknowledged yet');
  });

  it('uses the singular, says less than a day rather than 0 days, and leaves out withdrawals when there are none', () => {
    const words = deliveryWords(state({ waiting: waiting(1, 0, 1, 0) }), translatorFor('en'), 'en');
    expect(words.waiting).toBe('1 bundle, unacknowledged for less than a day');
    expect(words.newest).toBe('1 record');
    expect(words.overdue).toBeNull();
    expect(deliveryWords(state({ waiting: waiting(1, 1, 0, 0) }), translatorFor('en'), 'en').waiting).toBe('1 bundle, 1 day unacknowledged');
  });

  it('names the last bundle acknowledged by its number and when, and says when nothing waits', () => {
    const words = deliveryWords(state({ lastAcknowledged: { sequence: 2, at: '2026-12-07T10:30:00.000Z' } }), translatorFor('en'), 'en');
    expect(words.acknowledged).toMatch(/^Acknowledged bundle #2 on .*2026/);
    expect(words.waiting).toBe('Nothing waiting');
    expect(words.newest).toBeNull();
  });

  it('reads in Spanish, French and Portuguese, numbers written the language’s way', () => {
    const late = state({ waiting: waiting(1200, 15, 2, 0), overdue: true });
    expect(deliveryWords(late, translatorFor('es'), 'es').waiting).toBe('1200 paquetes, 15 días sin acuse de recibo');
    expect(deliveryWords(late, translatorFor('fr'), 'fr').waiting.replace(/\s/g, ' ')).toBe('1 200 paquets, 15 jours sans accusé de réception');
    expect(deliveryWords(late, translatorFor('pt'), 'pt').waiting).toBe('1.200 pacotes, 15 dias sem confirmação de recebimento');
    expect(deliveryWords(late, translatorFor('fr'), 'fr').overdue).toBe('En retard');
  });
});
