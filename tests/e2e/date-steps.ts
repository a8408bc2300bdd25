// Date fields the way a person uses them: the parts (day, month, year in the interface language's order) typed one by one.
import type { Locator, Page } from '@playwright/test';

/** The date field labelled `label`: the group of its parts and its calendar button. */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/** Types `YYYY-MM-DD` into a date field part by part, in whatever order the field shows its parts; a filled part is cleared first. */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const parts: Record<string, string> = { year, month, day };
  for (const segment of await field.getByRole('spinbutton').all()) {
    const typed = parts[(await segment.getAttribute('data-type')) ?? ''];
    if (typed === undefined) continue;
    await segment.focus();
    // Backspace on an empty part moves to the one before it, so only a filled part is cleared.
    for (let left = 4; left > 0 && (await segment.getAttribute('data-placeholder')) === null; left -= 1) await segment.press('Backspace');
    await segment.pressSequentially(typed);
  }
}

/** What the field shows, e.g. "dd/mm/aaaa" while empty in Spanish, "30/06/2024" once filled. */
export async function dateFieldText(field: Locator): Promise<string> {
  const text = await field.locator('.date-field-input').innerText();
  // Chromium wraps the parts in direction marks; they are not part of what a person reads.
  return text.replace(/[\u200e\u200f\u2066-\u2069\s]/g, '');
}
