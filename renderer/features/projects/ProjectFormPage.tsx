// Add or edit a harmful project: loads the project when editing, then the form; Save goes to the detail, Cancel goes back.
import { useTranslation } from 'react-i18next';
import { FormPageFrame, RecordFormBody } from '../../ui/RecordFormPage.js';
import { BackToProjects } from './BackToProjects.js';
import { emptyProjectFormValues, toProjectFormValues } from './project-form-model.js';
import { ProjectForm } from './ProjectForm.js';
import { useProject } from './use-project.js';

export function ProjectFormPage({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation('projects');
  const loaded = useProject(id);
  const title =
    id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.project.name }) : t('form.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('form.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('detail.loading')}
        errorId="project-form-load-error"
        back={<BackToProjects />}
        newForm={<ProjectForm id={null} defaults={emptyProjectFormValues()} />}
        editForm={(ready) => <ProjectForm id={id} defaults={toProjectFormValues(ready.project, i18n.language)} />}
      />
    </FormPageFrame>
  );
}
