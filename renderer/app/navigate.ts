// Moving between the open vault's sections: a place is a section and the view to open in it (a record's detail, usually).
// Every cross-section link and the main navigation go through goTo, so a form with unsaved changes is always asked first.
import { useCommunities, type CommunitiesView } from '../features/communities/communities-store.js';
import { useProjects, type ProjectsView } from '../features/projects/projects-store.js';
import { useRoster, type RosterView } from '../features/roster/roster-store.js';
import { leaveThen, useSession, type Section } from './session-store.js';

export type Place =
  | { section: 'roster'; view: RosterView }
  | { section: 'communities'; view: CommunitiesView }
  | { section: 'projects'; view: ProjectsView }
  | { section: 'settings' };

function openView(place: Place): void {
  switch (place.section) {
    case 'roster':
      return useRoster.getState().open(place.view);
    case 'communities':
      return useCommunities.getState().open(place.view);
    case 'projects':
      return useProjects.getState().open(place.view);
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
      return { section };
    case 'roster':
    case 'communities':
    case 'projects':
      return { section, view: { name: 'list' } };
  }
}
