// The collaborator form's mapping to the contract: masked contacts keep their id and no value, dates, risk notes, translated error keys.
import { toNestedErrors } from '../../../renderer/ui/nested-errors.js';
import { describe, expect, it } from 'vitest';
import { collaboratorInputSchema } from '../../../common/roster/collaborator.schema.js';
import { MASKED_CONTACT_ID, OPEN_CONTACT_ID, viewedCollaborator } from '../../helpers/collaborator-view.js';
import {
  emptyFormValues,
  fieldPathOf,
  newContact,
  toCollaboratorInput,
  toFormValues,
  validateCollaborator,
} from '../../../renderer/features/roster/collaborator-form-model.js';

const CONTACT_ID = MASKED_CONTACT_ID;
const viewed = viewedCollaborator;

describe('toFormValues and toCollaboratorInput', () => {
  it('sends a masked contact with its id and without a value, so the vault keeps the stored one', () => {
    const input = toCollaboratorInput(toFormValues(viewed));
    expect(input.contacts).toEqual([
      { id: CONTACT_ID, type: 'signal', note: 'evenings', sensitive: true },
      { id: OPEN_CONTACT_ID, type: 'website', value: 'https://example.org', note: '', sensitive: false },
    ]);
    expect(collaboratorInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends a revealed and edited contact with its id and the new value', () => {
    const values = toFormValues(viewed);
    values.contacts[0] = { ...values.contacts[0]!, masked: false, value: '+55 11 5555 0000' };
    expect(toCollaboratorInput(values).contacts?.[0]).toEqual({
      id: CONTACT_ID,
      type: 'signal',
      value: '+55 11 5555 0000',
      note: 'evenings',
      sensitive: true,
    });
  });

  it('sends a new contact without an id, sensitive by default', () => {
    const values = emptyFormValues();
    values.name = 'New';
    values.contacts.push({ ...newContact(), value: 'a@example.org' });
    expect(toCollaboratorInput(values).contacts).toEqual([{ type: 'email', value: 'a@example.org', note: '', sensitive: true }]);
  });

  it('sends hidden risk notes empty (the update keeps the stored ones), and typed ones once revealed', () => {
    const values = toFormValues(viewed);
    expect(toCollaboratorInput(values).riskNotes).toBe('');
    values.riskNotesMasked = false;
    values.riskNotes = 'edited';
    expect(toCollaboratorInput(values).riskNotes).toBe('edited');
  });

  it('maps empty dates to null and back', () => {
    const values = toFormValues(viewed);
    expect(values.vetting.date).toBe('2025-03-01');
    expect(values.availability.until).toBe('');
    const input = toCollaboratorInput(values);
    expect(input.vetting.date).toBe('2025-03-01');
    expect(input.availability.until).toBeNull();
  });
});

describe('validateCollaborator', () => {
  it('accepts a form with only a name', () => {
    const values = emptyFormValues();
    values.name = 'Someone';
    expect(validateCollaborator(values).size).toBe(0);
  });

  it('reports a blank name as required, a long one as too long with its limit', () => {
    const values = emptyFormValues();
    values.name = '   ';
    expect(validateCollaborator(values).get('name')).toEqual({ key: 'required' });
    values.name = 'x'.repeat(201);
    expect(validateCollaborator(values).get('name')).toEqual({ key: 'tooLong', max: 200 });
  });

  it('reports an unknown country on the countries field, a bad date on its field, and a new contact without a value', () => {
    const values = emptyFormValues();
    values.name = 'Someone';
    values.countries = ['BR', 'XX'];
    values.vetting.date = '2025-02-31x';
    values.contacts = [newContact()];
    const errors = validateCollaborator(values);
    expect(errors.get('countries')).toEqual({ key: 'unknownCountry' });
    expect(errors.get('vetting.date')).toEqual({ key: 'invalidDate' });
    expect(errors.get('contacts.0.value')).toEqual({ key: 'required' });
  });

  it('does not ask for the value of a masked contact', () => {
    const values = toFormValues(viewed);
    expect(validateCollaborator(values).size).toBe(0);
  });
});

describe('error paths and nesting', () => {
  it('reports list items on their list and contact fields on their own field', () => {
    expect(fieldPathOf(['countries', 3])).toBe('countries');
    expect(fieldPathOf(['contacts', 1, 'value'])).toBe('contacts.1.value');
    expect(fieldPathOf(['vetting', 'date'])).toBe('vetting.date');
  });

  it('nests errors by path with their translated message, as react-hook-form reads them', () => {
    const nested = toNestedErrors(
      new Map([
        ['name', { key: 'required' as const }],
        ['contacts.0.value', { key: 'required' as const }],
      ]),
      (error) => `msg:${error.key}`,
    );
    expect(nested).toEqual({
      name: { type: 'required', message: 'msg:required' },
      contacts: { 0: { value: { type: 'required', message: 'msg:required' } } },
    });
  });
});
