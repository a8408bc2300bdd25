// The "Back to requests" link at the top of the requests' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useRequests } from './requests-store.js';

export function BackToRequests() {
  const { t } = useTranslation('requests');
  const open = useRequests((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
