// The "Back to the roster" link at the top of the roster's sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useRoster } from './roster-store.js';

export function BackToRoster() {
  const { t } = useTranslation('roster');
  const open = useRoster((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
