// Deleted communities (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { countryDetail, DeletedRecordsPage } from '../../ui/DeletedRecordsPage.js';
import { BackToCommunities } from './BackToCommunities.js';

export function DeletedCommunitiesPage() {
  const { t, i18n } = useTranslation('communities');
  const load = useCallback(() => request((api) => api.communities.list({ deleted: true, limit: 500 })), []);
  const restore = useCallback((id: string) => request((api) => api.communities.restore({ id })), []);
  return (
    <DeletedRecordsPage
      load={load}
      restore={restore}
      back={<BackToCommunities />}
      namespace="communities"
      nameLabel={t('field.name')}
      detail={countryDetail(t('field.country'), i18n.language)}
      idPrefix="deleted-communities"
    />
  );
}
