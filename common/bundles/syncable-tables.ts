// The tables whose rows travel in sync bundles, in the order they travel: parents before the rows that point at them.
export const SYNCABLE_TABLES = [
  'collaborators',
  'communities',
  'harmful_projects',
  'struggles',
  'support_requests',
  'collaborations',
  'collaboration_activities',
  'resources',
  'attachments',
  'grant_calls',
  'grant_applications',
  'grant_reviews',
  'grant_meetings',
  'grant_awards',
  'grant_reports',
  'grant_payments',
  'consultations',
] as const;
export type SyncableTable = (typeof SYNCABLE_TABLES)[number];
