// Deleted communities (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { DeletedRecordsPage } from '../../ui/DeletedRecordsPage.js';
import { BackToCommunities } from './BackToCommunities.js';

export function DeletedCommunitiesPage() {
  const { t, i18n } = useTranslation('communities');
  const load = useCallback(() => request((api) => api.communities.list({ deleted: true, limit: 500 })), []);
  const restore = useCallback((id: string) => request((api) => api.communities.restore({ id })), []);
  const texts = {
    title: t('deleted.title'),
    intro: t('deleted.intro'),
    loading: t('detail.loading'),
    empty: t('deleted.empty'),
    name: t('field.name'),
    country: t('field.country'),
    when: t('deleted.when'),
    actions: t('deleted.actions'),
    restore: t('deleted.restore'),
    restored: (name: string) => t('undo.restored', { name }),
  };
  return <DeletedRecordsPage load={load} restore={restore} back={<BackToCommunities />} texts={texts} language={i18n.language} idPrefix="deleted-communities" />;
}
