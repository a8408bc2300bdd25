// The communities part of an open vault (being built in this session: replaced by the real screens).
import { useTranslation } from 'react-i18next';

export function CommunitiesSection() {
  const { t } = useTranslation('communities');
  return <h1>{t('title')}</h1>;
}
