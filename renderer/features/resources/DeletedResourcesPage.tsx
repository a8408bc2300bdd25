// Deleted resources (tombstones), each with Restore: the shared deleted-records page, a restored resource coming back with its attachments.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import type { ResourceSummary } from '../../../common/resources/resource.schema.js';
import { request } from '../../app/cre.js';
import { DeletedRecordsPage, type DeletedRecord } from '../../ui/DeletedRecordsPage.js';
import { BackToResources } from './BackToResources.js';

type DeletedResource = DeletedRecord & Pick<ResourceSummary, 'type'>;

/** The deleted resources, each named by its title. */
async function loadDeleted(): Promise<Reply<DeletedResource[]>> {
  const reply = await request((api) => api.resources.list({ deleted: true, limit: 500 }));
  if (!reply.ok) return reply;
  return { ok: true, value: reply.value.map((entry) => ({ id: entry.id, name: entry.title, type: entry.type, updatedAt: entry.updatedAt })) };
}

export function DeletedResourcesPage() {
  const { t } = useTranslation(['resources', 'taxonomy']);
  const restore = useCallback((id: string) => request((api) => api.resources.restore({ id })), []);
  return (
    <DeletedRecordsPage
      load={loadDeleted}
      restore={restore}
      back={<BackToResources />}
      namespace="resources"
      nameLabel={t('field.title')}
      detail={{ label: t('field.type'), value: (entry: DeletedResource) => t(`taxonomy:resourceType.${entry.type}`) }}
      idPrefix="deleted-resources"
    />
  );
}
