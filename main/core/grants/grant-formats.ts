// How the grants' documents (letter, minutes, printed dashboard) write sums and days in the reader's language.

/** An amount in its currency, cents always shown ("4.000,00 US$"); a code Intl does not know follows the number. */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** A date-only value ("2026-03-05") as the long day it names, the same in every time zone: "5 de marzo de 2026". */
export function formatLongDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
