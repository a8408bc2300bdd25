// Add or edit a harmful project: loads the project when editing, then the form; Save goes to the detail, Cancel goes back.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToProjects } from './BackToProjects.js';
import { emptyProjectFormValues, toProjectFormValues } from './project-form-model.js';
import { ProjectForm } from './ProjectForm.js';
import { useProject } from './use-project.js';

export function ProjectFormPage({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation('projects');
  const errorText = useErrorText();
  const loaded = useProject(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const title =
    id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.project.name }) : t('form.editTitleLoading');
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('form.intro')}</p>
      {id === null ? <ProjectForm id={null} defaults={emptyProjectFormValues()} /> : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="project-form-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'failed' ? <BackToProjects /> : null}
      {id !== null && loaded.state === 'ready' ? <ProjectForm id={id} defaults={toProjectFormValues(loaded.project, i18n.language)} /> : null}
    </div>
  );
}
