// Duplicate detection rules: normalization, same name and country, fuzzy similarity.
import { describe, expect, it } from 'vitest';
import { duplicateReason, nameSimilarity, normalizeName } from '../../../common/roster/duplicates.js';

describe('duplicates', () => {
  it('normalizes case, accents, punctuation and spacing', () => {
    expect(normalizeName('  Colectivo  Río-Verde! ')).toBe('colectivo rio verde');
    expect(normalizeName('CÔTE D’IVOIRE Réseau')).toBe('cote d ivoire reseau');
  });

  it('flags the same name in a shared country, the same name elsewhere, and similar names', () => {
    const entry = { name: 'Red Imaginaria de Ríos', countries: ['CO'] };
    expect(duplicateReason(entry, { name: 'red imaginaria de rios', countries: ['CO', 'EC'] })).toEqual({ reason: 'same_name_and_country', score: 1 });
    expect(duplicateReason(entry, { name: 'Red Imaginaria de Rios', countries: ['PE'] })?.reason).toBe('same_name');
    expect(duplicateReason(entry, { name: 'Red Imaginaria de los Ríos', countries: ['PE'] })?.reason).toBe('similar_name');
    expect(duplicateReason(entry, { name: 'Fictional Mangrove Network', countries: ['CO'] })).toBeNull();
  });

  it('scores identical names 1 and unrelated names low', () => {
    expect(nameSimilarity('Sahel Collective', 'sahel collective')).toBe(1);
    expect(nameSimilarity('Sahel Collective', 'Andes Watch')).toBeLessThan(0.2);
  });
});
