// The "Back to projects" link at the top of the projects' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useProjects } from './projects-store.js';

export function BackToProjects() {
  const { t } = useTranslation('projects');
  const open = useProjects((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
