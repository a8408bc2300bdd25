// A starting point for the merge screen: the kept entry's values, with the other entry's list values and contacts added.
import type { Collaborator, CollaboratorInput } from './collaborator.schema.js';

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

function joinText(a: string, b: string): string {
  if (!b.trim() || a.includes(b)) return a;
  if (!a.trim()) return b;
  return `${a}\n\n${b}`;
}

/**
 * Proposes the merged record. Contacts of both entries are kept by id, without their values: the vault fills masked values
 * in, so merging never needs to reveal anything. Risk notes are left out (they are masked); the vault joins them itself.
 */
export function proposeMerge(kept: Collaborator, other: Collaborator): CollaboratorInput {
  const contacts = [...kept.contacts, ...other.contacts].map((contact) => ({
    id: contact.id,
    type: contact.type,
    note: contact.note,
    sensitive: contact.sensitive,
  }));
  return {
    name: kept.name,
    kind: kept.kind,
    countries: union(kept.countries, other.countries),
    levels: union(kept.levels, other.levels),
    strategyAreas: union(kept.strategyAreas, other.strategyAreas),
    expertise: union(kept.expertise, other.expertise),
    languages: union(kept.languages, other.languages),
    contacts,
    vetting: kept.vetting,
    availability: kept.availability,
    sharing: kept.sharing,
    notes: joinText(kept.notes, other.notes),
  };
}
