// The award page's drawers (record a payment, mark a report received, review it) share their close and discard words.
import { useTranslation } from 'react-i18next';
import type { DrawerTexts } from '../../../ui/Drawer.js';

export function useAwardDrawerTexts(): DrawerTexts {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  return {
    close: t('drawer.close'),
    leave: { title: t('drawer.leave.title'), text: t('drawer.leave.text'), stay: t('drawer.leave.stay'), leave: t('drawer.leave.leave') },
  };
}
