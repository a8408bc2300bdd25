// Numbers, money, dates and date-field values in the interface language, never the computer's locale (run it under LANG=en_US.UTF-8 too).
import { CalendarDate } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { formatInvestment } from '../../../renderer/features/projects/project-format.js';
import { fromDateValue, toCalendarDate } from '../../../renderer/ui/date-value.js';
import { formatCurrency, formatDateTime, formatMinutes, formatNumber } from '../../../renderer/ui/format.js';

/** Intl separates groups and units with no-break spaces in French; compare what a reader sees. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the interface language', () => {
  it('writes amounts of money the way each language does', () => {
    expect(formatCurrency(250_000_000, 'USD', 'en')).toBe('$250,000,000');
    expect(plain(formatCurrency(250_000_000, 'USD', 'es'))).toBe('250.000.000 US$');
    expect(plain(formatCurrency(250_000_000, 'USD', 'fr'))).toBe('250 000 000 $US');
    expect(plain(formatCurrency(250_000_000, 'USD', 'pt'))).toBe('US$ 250.000.000');
    expect(plain(formatCurrency(1234.5, 'EUR', 'es'))).toBe('1234,50 €');
    expect(plain(formatCurrency(1234.5, 'EUR', 'fr'))).toBe('1 234,50 €');
    expect(formatInvestment({ amount: 1234.5, currency: 'EUR' }, 'en')).toBe('€1,234.50');
  });

  it('shows an amount in a currency Intl does not know after the number', () => {
    expect(formatCurrency(1500, 'XYZ1', 'es')).toBe('1500 XYZ1');
    expect(formatCurrency(15000, 'XYZ1', 'es')).toBe('15.000 XYZ1');
  });

  it('writes numbers, durations and moments in the given language whatever the computer says', () => {
    // The computer's own locale (English under LANG=en_US.UTF-8) must not leak into Spanish text.
    expect(formatNumber(12345.67, 'es')).toBe('12.345,7');
    expect(plain(formatNumber(12345.67, 'fr'))).toBe('12 345,7');
    expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
    expect(formatMinutes(5, 'es')).toBe('5 minutos');
    expect(formatMinutes(5, 'pt')).toBe('5 minutos');
    const moment = new Date(Date.UTC(2025, 2, 12, 14, 5)).toISOString();
    const spanish = formatDateTime(moment, 'es');
    expect(spanish).toMatch(/^12 mar 2025, \d{2}:\d{2}$/);
    expect(spanish).not.toMatch(/AM|PM|Mar 12/);
    expect(formatDateTime(moment, 'en')).toMatch(/^Mar 12, 2025, \d{1,2}:\d{2}\s?[AP]M$/);
  });
});

describe('date field values', () => {
  it('reads YYYY-MM-DD as a calendar day and nothing else', () => {
    expect(toCalendarDate('2024-06-30')).toEqual(new CalendarDate(2024, 6, 30));
    expect(toCalendarDate('2024-02-29')?.toString()).toBe('2024-02-29');
    for (const value of ['', '2025-02-30', '2025-13-01', '0000-01-01', '30/06/2024', '2024-6-30']) expect(toCalendarDate(value), value).toBeNull();
  });

  it('gives the form YYYY-MM-DD, or an empty string when the field is emptied', () => {
    expect(fromDateValue(new CalendarDate(2030, 5, 4))).toBe('2030-05-04');
    expect(fromDateValue(null)).toBe('');
  });
});
