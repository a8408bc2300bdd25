// The "Back to resources" link at the top of the resources' sub-screens.
import { useTranslation } from 'react-i18next';
import { useResources } from './resources-store.js';

export function BackToResources() {
  const { t } = useTranslation('resources');
  const open = useResources((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
