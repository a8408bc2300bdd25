// The grants dashboard's words and numbers: shares as percents and days in the interface language, groups named by the taxonomy.
import { describe, expect, it } from 'vitest';
import { formatDays, formatShare, taxonomyKeyOf } from '../../../renderer/features/grants/dashboard/grants-dashboard-format.js';

describe('grants dashboard figures', () => {
  it('writes the direct share as a whole percent in the interface language, a dash without awards', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(2 / 3, 'fr').replace(/\s/g, ' ')).toBe('67 %');
    expect(formatShare(null, 'es')).toBe('—');
  });

  it('writes median days to one decimal, a dash before any decision', () => {
    expect(formatDays(12.5, 'pt')).toBe('12,5');
    expect(formatDays(null, 'en')).toBe('—');
  });

  it('names regions and strategy areas from the taxonomy, and leaves calls and unknown keys to their own label', () => {
    expect(taxonomyKeyOf('region', { key: 'latin_america' })).toBe('region.latin_america');
    expect(taxonomyKeyOf('strategyArea', { key: 'advocacy' })).toBe('strategy.advocacy');
    expect(taxonomyKeyOf('strategyArea', { key: 'not_stated' })).toBeNull();
    expect(taxonomyKeyOf('call', { key: 'advocacy' })).toBeNull();
  });
});
