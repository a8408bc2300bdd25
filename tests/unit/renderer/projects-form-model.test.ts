// The project form's mapping to the contract: amounts in each language, empty means none, links checked, errors as message keys.
import { toNestedErrors } from '../../../renderer/ui/nested-errors.js';
import { describe, expect, it } from 'vitest';
import { harmfulProjectInputSchema, type HarmfulProject } from '../../../common/community/community.schema.js';
import {
  amountText,
  emptyProjectFormValues,
  newFinancier,
  newReference,
  parseAmount,
  projectFieldPathOf,
  toProjectFormValues,
  toProjectInput,
  validateProject,
  type ProjectFormValues,
} from '../../../renderer/features/projects/project-form-model.js';
import { formatInvestment } from '../../../renderer/features/projects/project-format.js';

const stored: HarmfulProject = {
  id: '01890a5d-ac96-7b4c-8000-000000000001',
  name: 'Rio Claro Dam',
  country: 'BR',
  location: 'Pará',
  sectors: ['hydropower', 'energy'],
  financiers: [
    { name: 'BNDES', projectId: 'B-77', url: null },
    { name: 'IFC', projectId: '44123', url: 'https://disclosures.example.org/44123' },
  ],
  companies: ['Hidro Norte SA'],
  stage: 'approved',
  riskCategory: 'A',
  investment: { amount: 1_250_000.5, currency: 'USD' },
  boardDate: '2024-06-30',
  references: [{ title: 'Field report', url: 'https://example.org/report' }],
  notes: 'Hearing in May.',
  region: 'latin_america',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  hlc: '0000000000001-0000-vault',
  changedBy: 'vault',
  deletedAt: null,
};

function filled(): ProjectFormValues {
  return { ...emptyProjectFormValues(), name: 'Mine', country: 'PE' };
}

describe('parseAmount and amountText', () => {
  it('reads amounts the way each language writes them', () => {
    expect(parseAmount('250000000', 'en')).toBe(250_000_000);
    expect(parseAmount('1,200,000.5', 'en')).toBe(1_200_000.5);
    expect(parseAmount('1.200.000,5', 'es')).toBe(1_200_000.5);
    expect(parseAmount('1 200 000,5', 'fr')).toBe(1_200_000.5);
    expect(parseAmount('1\u202f200\u202f000', 'fr')).toBe(1_200_000);
    expect(parseAmount('3,75', 'pt')).toBe(3.75);
  });

  it('refuses what is not a plain non-negative number', () => {
    for (const text of ['', 'abc', '-5', '1.2.3e4', '12USD', '1,5', '0x10']) expect(parseAmount(text, 'en')).toBeNaN();
  });

  it('writes an amount back so it reads the same', () => {
    for (const language of ['en', 'es', 'fr', 'pt']) {
      expect(parseAmount(amountText(1_250_000.5, language), language)).toBe(1_250_000.5);
    }
    expect(amountText(1_250_000.5, 'es')).toBe('1250000,5');
  });
});

describe('toProjectFormValues and toProjectInput', () => {
  it('round-trips a stored project to the same input', () => {
    const input = toProjectInput(toProjectFormValues(stored, 'fr'), 'fr');
    expect(input).toEqual({
      name: 'Rio Claro Dam',
      country: 'BR',
      location: 'Pará',
      sectors: ['hydropower', 'energy'],
      financiers: stored.financiers,
      companies: ['Hidro Norte SA'],
      stage: 'approved',
      riskCategory: 'A',
      investment: { amount: 1_250_000.5, currency: 'USD' },
      boardDate: '2024-06-30',
      references: stored.references,
      notes: 'Hearing in May.',
    });
    expect(harmfulProjectInputSchema.safeParse(input).success).toBe(true);
  });

  it('maps empty fields to null: risk category, investment, board date, a financier without a link', () => {
    const values = filled();
    values.financiers.push({ ...newFinancier(), name: 'AIIB' });
    const input = toProjectInput(values, 'en');
    expect(input.riskCategory).toBeNull();
    expect(input.investment).toBeNull();
    expect(input.boardDate).toBeNull();
    expect(input.financiers).toEqual([{ name: 'AIIB', projectId: '', url: null }]);
    expect(toProjectFormValues({ ...stored, riskCategory: null, investment: null, boardDate: null }, 'en')).toMatchObject({
      riskCategory: '',
      investment: { amount: '', currency: '' },
      boardDate: '',
    });
  });

  it('upper-cases the currency and trims links', () => {
    const values = filled();
    values.investment = { amount: ' 1.500.000 ', currency: 'eur ' };
    values.references.push({ title: 'News', url: ' https://example.org/a ' });
    const input = toProjectInput(values, 'pt');
    expect(input.investment).toEqual({ amount: 1_500_000, currency: 'EUR' });
    expect(input.references).toEqual([{ title: 'News', url: 'https://example.org/a' }]);
  });
});

describe('validateProject', () => {
  it('accepts a minimal project', () => {
    expect(validateProject(filled(), 'en').size).toBe(0);
  });

  it('requires a name and a country', () => {
    const errors = validateProject(emptyProjectFormValues(), 'en');
    expect(errors.get('name')).toEqual({ key: 'required' });
    expect(errors.get('country')).toEqual({ key: 'required' });
  });

  it('reports links that are not public web pages on their own row', () => {
    const values = filled();
    values.financiers.push({ name: 'A', projectId: '', url: 'javascript:alert(1)' }, { name: 'B', projectId: '', url: 'not a url' });
    values.references.push({ title: 'Ok', url: 'ftp://example.org/x' }, { ...newReference(), title: 'No link' });
    const errors = validateProject(values, 'en');
    expect(errors.get('financiers.0.url')).toEqual({ key: 'invalidUrl' });
    expect(errors.get('financiers.1.url')).toEqual({ key: 'invalidUrl' });
    expect(errors.get('references.0.url')).toEqual({ key: 'invalidUrl' });
    expect(errors.get('references.1.url')).toEqual({ key: 'required' });
  });

  it('checks the investment: a malformed amount, a missing amount or currency, a bad currency code', () => {
    const values = filled();
    values.investment = { amount: 'lots', currency: 'USD' };
    expect(validateProject(values, 'en').get('investment.amount')).toEqual({ key: 'invalidAmount' });
    values.investment = { amount: '', currency: 'USD' };
    expect(validateProject(values, 'en').get('investment.amount')).toEqual({ key: 'required' });
    values.investment = { amount: '100', currency: '' };
    expect(validateProject(values, 'en').get('investment.currency')).toEqual({ key: 'required' });
    values.investment = { amount: '100', currency: 'US' };
    expect(validateProject(values, 'en').get('investment.currency')).toEqual({ key: 'currency' });
    values.investment = { amount: '1e16', currency: 'USD' };
    expect(validateProject(values, 'en').get('investment.amount')).toEqual({ key: 'invalidAmount' });
    values.investment = { amount: '9000000000000000', currency: 'USD' };
    expect(validateProject(values, 'en').get('investment.amount')).toEqual({ key: 'tooLarge' });
  });

  it('reports an empty financier name and a bad date', () => {
    const values = filled();
    values.financiers.push(newFinancier());
    values.boardDate = '2024-13-01';
    const errors = validateProject(values, 'en');
    expect(errors.get('financiers.0.name')).toEqual({ key: 'required' });
    expect(errors.get('boardDate')).toEqual({ key: 'invalidDate' });
  });

  it('reports list items on their list', () => {
    expect(projectFieldPathOf(['companies', 3])).toBe('companies');
    expect(projectFieldPathOf(['sectors', 0])).toBe('sectors');
    expect(projectFieldPathOf(['references', 1, 'title'])).toBe('references.1.title');
  });

  it('nests errors for react-hook-form with their messages', () => {
    const nested = toNestedErrors(
      new Map([
        ['financiers.1.url', { key: 'invalidUrl' as const }],
        ['name', { key: 'required' as const }],
      ]),
      (error) => `msg:${error.key}`,
    );
    expect(nested).toEqual({
      financiers: { 1: { url: { type: 'invalidUrl', message: 'msg:invalidUrl' } } },
      name: { type: 'required', message: 'msg:required' },
    });
  });
});

describe('formatInvestment', () => {
  it('formats in the interface language with the currency, whole amounts without decimals', () => {
    expect(formatInvestment({ amount: 250_000_000, currency: 'USD' }, 'en')).toBe('$250,000,000');
    expect(formatInvestment({ amount: 1_250_000.5, currency: 'EUR' }, 'en')).toBe('€1,250,000.50');
    expect(formatInvestment({ amount: 250_000_000, currency: 'USD' }, 'es')).toMatch(/^250\.000\.000\s?US\$$/);
  });

  it('still shows an amount whose currency code Intl does not take', () => {
    expect(formatInvestment({ amount: 5, currency: 'ZZZZ' }, 'en')).toBe('5 ZZZZ');
  });
});
