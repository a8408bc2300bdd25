// The "Back to projects" link at the top of the projects' sub-screens.
import { useTranslation } from 'react-i18next';
import { useProjects } from './projects-store.js';

export function BackToProjects() {
  const { t } = useTranslation('projects');
  const open = useProjects((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
