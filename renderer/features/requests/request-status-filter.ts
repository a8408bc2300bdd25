// The requests list's status filter: the open requests (the default), every request, or one status.
import { REQUEST_STATUSES, type RequestStatus } from '../../../common/community/taxonomy.js';

/** Open means still being worked on: not yet closed or declined. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'matching', 'linked'];

export type StatusFilter = 'open' | 'all' | RequestStatus;

export const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'all', ...REQUEST_STATUSES];

/** The statuses the list call asks for; an empty list means every status. */
export function statusesOf(filter: StatusFilter): RequestStatus[] {
  if (filter === 'open') return [...OPEN_STATUSES];
  if (filter === 'all') return [];
  return [filter];
}

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}
