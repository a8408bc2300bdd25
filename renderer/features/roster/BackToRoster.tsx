// The "Back to the roster" link at the top of the roster's sub-screens.
import { useTranslation } from 'react-i18next';
import { useRoster } from './roster-store.js';

export function BackToRoster() {
  const { t } = useTranslation('roster');
  const open = useRoster((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
