// The "Back to collaborations" link at the top of the collaborations' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useCollaborations } from './collaborations-store.js';

export function BackToCollaborations() {
  const { t } = useTranslation('collaborations');
  const open = useCollaborations((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
