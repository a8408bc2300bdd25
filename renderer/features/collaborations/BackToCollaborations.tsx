// The "Back to collaborations" link at the top of the collaborations' sub-screens.
import { useTranslation } from 'react-i18next';
import { useCollaborations } from './collaborations-store.js';

export function BackToCollaborations() {
  const { t } = useTranslation('collaborations');
  const open = useCollaborations((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
