// The "Back to resources" link at the top of the resources' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useResources } from './resources-store.js';

export function BackToResources() {
  const { t } = useTranslation('resources');
  const open = useResources((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
