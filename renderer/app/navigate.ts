// Moving between the open vault's sections: a place is a section and the view to open in it (a record's detail, usually).
// Every cross-section link and the main navigation go through goTo, so a form with unsaved changes is always asked first.
import { useBundles, type BundlesView } from '../features/bundles/bundles-store.js';
import { useCollaborations, type CollaborationsView } from '../features/collaborations/collaborations-store.js';
import { useCommunities, type CommunitiesView } from '../features/communities/communities-store.js';
import { useConsultations, type ConsultationsView } from '../features/consultations/consultations-store.js';
import { useInbox, type InboxView } from '../features/inbox/inbox-store.js';
import { useReviews, type ReviewsView } from '../features/review/reviews-store.js';
import { useDashboard, type DashboardView } from '../features/dashboard/dashboard-store.js';
import { useGrants } from '../features/grants/grants-store.js';
import type { GrantsView } from '../features/grants/grants-views.js';
import { useProjects, type ProjectsView } from '../features/projects/projects-store.js';
import { useRequests, type RequestsView } from '../features/requests/requests-store.js';
import { useResources, type ResourcesView } from '../features/resources/resources-store.js';
import { useRoster, type RosterView } from '../features/roster/roster-store.js';
import { leaveThen, useSession, type Section } from './session-store.js';

export type Place =
  | { section: 'roster'; view: RosterView }
  | { section: 'communities'; view: CommunitiesView }
  | { section: 'projects'; view: ProjectsView }
  | { section: 'requests'; view: RequestsView }
  | { section: 'collaborations'; view: CollaborationsView }
  | { section: 'grants'; view: GrantsView }
  | { section: 'consultations'; view: ConsultationsView }
  | { section: 'reviews'; view: ReviewsView }
  | { section: 'inbox'; view: InboxView }
  | { section: 'resources'; view: ResourcesView }
  | { section: 'dashboard'; view: DashboardView }
  | { section: 'today' }
  | { section: 'team' }
  | { section: 'bundles'; view: BundlesView }
  | { section: 'settings' };

function openView(place: Place): void {
  switch (place.section) {
    case 'roster':
      return useRoster.getState().open(place.view);
    case 'communities':
      return useCommunities.getState().open(place.view);
    case 'projects':
      return useProjects.getState().open(place.view);
    case 'requests':
      return useRequests.getState().open(place.view);
    case 'collaborations':
      return useCollaborations.getState().open(place.view);
    case 'grants':
      return useGrants.getState().open(place.view);
    case 'consultations':
      return useConsultations.getState().open(place.view);
    case 'reviews':
      return useReviews.getState().open(place.view);
    case 'inbox':
      return useInbox.getState().open(place.view);
    case 'resources':
      return useResources.getState().open(place.view);
    case 'dashboard':
      return useDashboard.getState().open(place.view);
    case 'bundles':
      return useBundles.getState().open(place.view);
    case 'today':
    case 'team':
    case 'settings':
      return;
  }
}

/** Opens a place, once the current screen's leave guard agrees. */
export function goTo(place: Place): void {
  leaveThen(() => {
    openView(place);
    useSession.getState().showSection(place.section);
  });
}

/** A section's front page: its list, as a place in the main navigation should open on. */
export function sectionHome(section: Section): Place {
  switch (section) {
    case 'settings':
    case 'today':
    case 'team':
      return { section };
    case 'roster':
    case 'communities':
    case 'projects':
    case 'requests':
    case 'collaborations':
    case 'resources':
      return { section, view: { name: 'list' } };
    case 'grants':
      return { section, view: { name: 'calls' } };
    case 'consultations':
      return { section, view: { name: 'list' } };
    case 'reviews':
      return { section, view: { name: 'packets' } };
    case 'inbox':
      return { section, view: { name: 'inbox' } };
    case 'dashboard':
      return { section, view: { name: 'overview' } };
    case 'bundles':
      return { section, view: { name: 'home' } };
  }
}
