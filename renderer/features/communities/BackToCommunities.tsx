// The "Back to communities" link at the top of the communities' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useCommunities } from './communities-store.js';

export function BackToCommunities() {
  const { t } = useTranslation('communities');
  const open = useCommunities((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
