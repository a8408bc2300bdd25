// Deleted support requests (tombstones), each with Restore: the shared deleted-records page, a request named by its community and description.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { countryDetail, DeletedRecordsPage, type DeletedRecord } from '../../ui/DeletedRecordsPage.js';
import { BackToRequests } from './BackToRequests.js';
import { requestName } from './request-form-model.js';

/** The most deleted requests the view lists. */
const DELETED_LIMIT = 500;

/** The deleted requests, each with its community's country (read once per community) for the shared page's country column. */
async function loadDeleted(): Promise<Reply<(DeletedRecord & { country: string })[]>> {
  const reply = await request((api) => api.requests.list({ deleted: true, limit: DELETED_LIMIT }));
  if (!reply.ok) return reply;
  const communityIds = [...new Set(reply.value.map((entry) => entry.communityId))];
  const communities = await Promise.all(communityIds.map((id) => request((api) => api.communities.get({ id }))));
  const countryOf = new Map(communityIds.map((id, i) => {
    const community = communities[i];
    return [id, community?.ok ? community.value.country : ''];
  }));
  return {
    ok: true,
    value: reply.value.map((entry) => ({
      id: entry.id,
      name: requestName(entry.communityName, entry.description),
      country: countryOf.get(entry.communityId) ?? '',
      updatedAt: entry.updatedAt,
    })),
  };
}

export function DeletedRequestsPage() {
  const { t, i18n } = useTranslation('requests');
  const restore = useCallback((id: string) => request((api) => api.requests.restore({ id })), []);
  return (
    <DeletedRecordsPage
      load={loadDeleted}
      restore={restore}
      back={<BackToRequests />}
      namespace="requests"
      nameLabel={t('deleted.name')}
      detail={countryDetail(t('deleted.country'), i18n.language)}
      idPrefix="deleted-requests"
    />
  );
}
