// The preview's list of what stays in this vault: one entry per reason, kind of thing and label, with how many.
import type { WithheldItem, WithheldReason } from '../../../common/review/review.schema.js';

export interface Withheld {
  add(reason: WithheldReason, what: WithheldItem['what'], label: string, count?: number): void;
  list(): WithheldItem[];
}

export function createWithheld(): Withheld {
  const items = new Map<string, WithheldItem>();
  return {
    add(reason, what, label, count = 1) {
      if (count <= 0) return;
      const key = JSON.stringify([reason, what, label]);
      const item = items.get(key);
      if (item) item.count += count;
      else items.set(key, { reason, what, label, count });
    },
    list: () => [...items.values()].map((item) => ({ ...item })),
  };
}

/** The names of the fields of a record that never travel in a packet, as the preview lists them (`what` 'field'). */
export const WITHHELD_FIELDS = {
  applicantContacts: 'applicantContacts',
  communityContacts: 'communityContacts',
  lateReason: 'lateReason',
  intake: 'intake',
  participants: 'participants',
} as const;
