// The "Back to requests" link at the top of the requests' sub-screens.
import { useTranslation } from 'react-i18next';
import { useRequests } from './requests-store.js';

export function BackToRequests() {
  const { t } = useTranslation('requests');
  const open = useRequests((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
