// The "Back to consultations" link at the top of the consultations' sub-screens.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink.js';
import { useConsultations } from './consultations-store.js';

export function BackToConsultations() {
  const { t } = useTranslation('consultations');
  const open = useConsultations((state) => state.open);
  return <BackLink label={t('detail.back')} onBack={() => open({ name: 'list' })} />;
}
