// Deleted harmful projects (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { countryDetail, DeletedRecordsPage } from '../../ui/DeletedRecordsPage.js';
import { BackToProjects } from './BackToProjects.js';
import { PROJECTS_LIMIT } from './projects-store.js';

export function DeletedProjectsPage() {
  const { t, i18n } = useTranslation('projects');
  const load = useCallback(() => request((api) => api.projects.list({ text: '', deleted: true, offset: 0, limit: PROJECTS_LIMIT })), []);
  const restore = useCallback((id: string) => request((api) => api.projects.restore({ id })), []);
  return (
    <DeletedRecordsPage
      load={load}
      restore={restore}
      back={<BackToProjects />}
      namespace="projects"
      nameLabel={t('field.name')}
      detail={countryDetail(t('field.country'), i18n.language)}
      idPrefix="deleted-projects"
    />
  );
}
