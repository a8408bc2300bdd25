// Deleted collaborations (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { countryDetail, DeletedRecordsPage, type DeletedRecord } from '../../ui/DeletedRecordsPage.js';
import { BackToCollaborations } from './BackToCollaborations.js';
import { COLLABORATION_PAGE_SIZE } from './collaborations-store.js';

/** The tombstones, each named by its community and placed in that community's country (one read per community). */
async function loadDeleted(): Promise<Reply<(DeletedRecord & { country: string })[]>> {
  const listed = await request((api) => api.collaborations.list({ deleted: true, offset: 0, limit: COLLABORATION_PAGE_SIZE }));
  if (!listed.ok) return listed;
  const countries = new Map<string, string>();
  for (const communityId of new Set(listed.value.map((collaboration) => collaboration.communityId))) {
    const community = await request((api) => api.communities.get({ id: communityId }));
    if (!community.ok) return community;
    countries.set(communityId, community.value.country);
  }
  return {
    ok: true,
    value: listed.value.map((collaboration) => ({
      id: collaboration.id,
      name: collaboration.communityName,
      country: countries.get(collaboration.communityId) ?? '',
      updatedAt: collaboration.updatedAt,
    })),
  };
}

export function DeletedCollaborationsPage() {
  const { t, i18n } = useTranslation('collaborations');
  const restore = useCallback((id: string) => request((api) => api.collaborations.restore({ id })), []);
  return (
    <DeletedRecordsPage
      load={loadDeleted}
      restore={restore}
      back={<BackToCollaborations />}
      namespace="collaborations"
      nameLabel={t('field.community')}
      detail={countryDetail(t('deleted.country'), i18n.language)}
      idPrefix="deleted-collaborations"
    />
  );
}
