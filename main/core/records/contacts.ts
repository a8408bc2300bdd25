// Safe contact channels of any record (collaborator, community): masking for the page, and merging edits with what is stored.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ContactInput, ContactView } from '../../../common/roster/collaborator.schema.js';
import type { StoredContact } from '../../../db/collaborators.repo.js';

type ParsedContact = Omit<ContactInput, 'note' | 'sensitive'> & { note: string; sensitive: boolean };

/** What the page may see: a sensitive value stays null until revealed (and the reveal audited). */
export function maskContacts(contacts: readonly StoredContact[]): ContactView[] {
  return contacts.map((contact) => ({
    id: contact.id,
    type: contact.type as ContactView['type'],
    value: contact.sensitive ? null : contact.value,
    masked: contact.sensitive,
    note: contact.note,
    sensitive: contact.sensitive,
  }));
}

/**
 * The channels to store from what the form sent. Edited channels keep their ids, so a reveal link stays valid across
 * saves; a channel sent without a value keeps its stored one (the page never had to reveal it). Channels taken over
 * from `adopted` (a merged record) get new ids: the merged record keeps its own rows.
 */
export function contactsFromInput(
  input: readonly ParsedContact[],
  own: readonly StoredContact[],
  adopted: readonly StoredContact[] = [],
): StoredContact[] {
  const known = new Map([...adopted, ...own].map((contact) => [contact.id, contact]));
  const ownIds = new Set(own.map((contact) => contact.id));
  return input.map((contact) => {
    const existing = contact.id === undefined ? undefined : known.get(contact.id);
    const value = contact.value ?? existing?.value;
    if (value === undefined) throw new CreFailure('invalid_input', 'A new contact channel needs a value.');
    const id = existing && ownIds.has(existing.id) ? existing.id : uuidv7();
    return { id, type: contact.type, value, note: contact.note, sensitive: contact.sensitive };
  });
}
