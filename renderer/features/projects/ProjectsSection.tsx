// The harmful projects part of an open vault: the list with its search, a project's detail, the add and edit form, and the deleted view.
import { DeletedProjectsPage } from './DeletedProjectsPage.js';
import { ProjectDetail } from './ProjectDetail.js';
import { ProjectFormPage } from './ProjectFormPage.js';
import { ProjectsPage } from './ProjectsPage.js';
import { useProjects } from './projects-store.js';
import '../roster/roster.css';
import './projects.css';

export function ProjectsSection() {
  const view = useProjects((state) => state.view);
  switch (view.name) {
    case 'list':
      return <ProjectsPage />;
    case 'detail':
      return <ProjectDetail key={view.id} id={view.id} />;
    case 'create':
      return <ProjectFormPage key="create" id={null} />;
    case 'edit':
      return <ProjectFormPage key={`edit-${view.id}`} id={view.id} />;
    case 'deleted':
      return <DeletedProjectsPage />;
  }
}
