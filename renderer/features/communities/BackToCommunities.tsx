// The "Back to communities" link at the top of the communities' sub-screens.
import { useTranslation } from 'react-i18next';
import { useCommunities } from './communities-store.js';

export function BackToCommunities() {
  const { t } = useTranslation('communities');
  const open = useCommunities((state) => state.open);
  return (
    <p>
      <button type="button" className="link-button" onClick={() => open({ name: 'list' })}>
        {t('detail.back')}
      </button>
    </p>
  );
}
