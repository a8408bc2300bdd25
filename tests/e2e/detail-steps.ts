// Steps on a record's detail page: Delete sits in the "More actions" menu and is asked first.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Opens "More actions", chooses Delete, checks the question (its safe choice focused) and confirms it. */
export async function deleteFromDetail(page: Page, question: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: question });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
}
