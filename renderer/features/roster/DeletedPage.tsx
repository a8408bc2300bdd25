// Deleted collaborators (tombstones), newest first, each with Restore: the shared deleted-records page; restoring puts them back in the roster as they were.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { DeletedRecordsPage, type DeletedRecord } from '../../ui/DeletedRecordsPage.js';
import { BackToRoster } from './BackToRoster.js';

const LIMIT = 500;

async function loadDeleted(): Promise<Reply<DeletedRecord[]>> {
  const reply = await request((api) => api.roster.listDeleted({ limit: LIMIT }));
  if (!reply.ok) return reply;
  return { ok: true, value: reply.value.map((entry) => ({ id: entry.id, name: entry.name, updatedAt: entry.deletedAt })) };
}

export function DeletedPage() {
  const { t } = useTranslation('roster');
  const restore = useCallback((id: string) => request((api) => api.roster.restore({ id })), []);
  return <DeletedRecordsPage load={loadDeleted} restore={restore} back={<BackToRoster />} namespace="roster" nameLabel={t('field.name')} idPrefix="deleted" />;
}
