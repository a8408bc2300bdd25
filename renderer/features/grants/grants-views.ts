// The grants section's views: what the section shows, and what each view needs to open. The store (grants-store.ts)
// holds the current one; GrantsSection.tsx picks the page for it.
export type GrantsView =
  /** The calls, newest first, with a state filter. */
  | { name: 'calls' }
  | { name: 'call'; id: string; notice?: string }
  | { name: 'callForm'; id: string | null }
  | { name: 'deletedCalls' }
  /** A call's applications ranked by their reviews' weighted mean. */
  | { name: 'ranked'; callId: string }
  /** Applications, of one call or of every call. */
  | { name: 'applications'; callId: string | null }
  | { name: 'application'; id: string; notice?: string }
  | { name: 'applicationForm'; id: string | null; callId: string | null; communityId: string | null }
  | { name: 'deletedApplications' }
  /** The reviews assigned to this vault's own reviewer; a review opens only after its declaration. */
  | { name: 'myReviews' }
  /** `applicationId` lets the declaration step name the application before anything of it opens (needed when acting for another reviewer). */
  | { name: 'review'; id: string; applicationId?: string }
  /** A call's decision meetings, or one of them; `id` null records a new one. */
  | { name: 'meeting'; callId: string; id: string | null }
  /** The award of an application: tranches, payments and reports. */
  | { name: 'award'; applicationId: string }
  | { name: 'dashboard' };
