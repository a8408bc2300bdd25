// Date-only values (`YYYY-MM-DD`) shown without a time and on the same day in every time zone, in the four interface
// languages; a moment shown as the local day it fell on. Each case runs under several TZ settings, and the file can also
// be run whole under TZ=America/Los_Angeles or TZ=Asia/Manila.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDayOnly, formatMomentDay, isDateOnly, localDayOf } from '../../../renderer/ui/format-day-only.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Manila', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const startZone = process.env['TZ'];

/** A time of day in any of the scripts the four languages use: "12:30", "0:00", "12 h 30"… */
const ANY_TIME = /\d{1,2}[:h.]\s?\d{2}|AM|PM|a\.\s?m\.|p\.\s?m\./i;

function inZone<T>(zone: string, run: () => T): T {
  // Node reads TZ again whenever it is assigned.
  process.env['TZ'] = zone;
  return run();
}

afterEach(() => {
  if (startZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = startZone;
});

describe('formatDayOnly', () => {
  const expected: Record<string, { medium: string; long: string }> = {
    en: { medium: 'Mar 1, 2025', long: 'March 1, 2025' },
    es: { medium: '1 mar 2025', long: '1 de marzo de 2025' },
    fr: { medium: '1 mars 2025', long: '1 mars 2025' },
    pt: { medium: '1 de mar. de 2025', long: '1 de março de 2025' },
  };

  for (const zone of ZONES) {
    it(`shows 2025-03-01 as 1 March, without a time, in en, es, fr and pt (TZ=${zone})`, () => {
      inZone(zone, () => {
        for (const [language, want] of Object.entries(expected)) {
          const medium = formatDayOnly('2025-03-01', language);
          const long = formatDayOnly('2025-03-01', language, 'long');
          expect(medium).toBe(want.medium);
          expect(long).toBe(want.long);
          expect(medium).not.toMatch(ANY_TIME);
          expect(long).not.toMatch(ANY_TIME);
        }
      });
    });
  }

  it('keeps the first and last days of a year and a leap day on their own day', () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        expect(formatDayOnly('2025-01-01', 'en', 'long')).toBe('January 1, 2025');
        expect(formatDayOnly('2024-12-31', 'en', 'long')).toBe('December 31, 2024');
        expect(formatDayOnly('2024-02-29', 'fr', 'long')).toBe('29 février 2024');
      });
    }
  });

  it('shows a value that is not a calendar date as it came', () => {
    expect(formatDayOnly('2025-02-31', 'en')).toBe('2025-02-31');
    expect(formatDayOnly('soon', 'en')).toBe('soon');
    expect(formatDayOnly('2025-03-01T10:00:00Z', 'en')).toBe('2025-03-01T10:00:00Z');
  });

  it('tells a date-only value from a moment', () => {
    expect(isDateOnly('2025-03-01')).toBe(true);
    expect(isDateOnly('2025-03-01T00:00:00.000Z')).toBe(false);
    expect(isDateOnly('1 March')).toBe(false);
  });
});

describe('formatMomentDay', () => {
  it('shows a moment as the local day it fell on, without the time', () => {
    const lateEvening = '2025-03-02T07:30:00.000Z';
    expect(inZone('America/Los_Angeles', () => formatMomentDay(lateEvening, 'en'))).toBe('Mar 1, 2025');
    expect(inZone('Asia/Manila', () => formatMomentDay(lateEvening, 'en'))).toBe('Mar 2, 2025');
    expect(inZone('Asia/Manila', () => formatMomentDay(lateEvening, 'es', 'long'))).toBe('2 de marzo de 2025');
    expect(inZone('America/Los_Angeles', () => formatMomentDay(lateEvening, 'pt'))).not.toMatch(ANY_TIME);
  });

  it('shows a date-only value as its own day wherever the computer is', () => {
    for (const zone of ZONES) expect(inZone(zone, () => formatMomentDay('2025-03-01', 'en'))).toBe('Mar 1, 2025');
  });

  it('shows an unreadable value as it came', () => {
    expect(formatMomentDay('not a date', 'en')).toBe('not a date');
  });
});

describe('localDayOf', () => {
  it('gives the calendar day of a moment in the computer’s time zone', () => {
    const moment = '2025-03-01T20:00:00.000Z';
    expect(inZone('America/Los_Angeles', () => localDayOf(new Date(moment)))).toBe('2025-03-01');
    expect(inZone('Asia/Manila', () => localDayOf(new Date(moment)))).toBe('2025-03-02');
  });
});
