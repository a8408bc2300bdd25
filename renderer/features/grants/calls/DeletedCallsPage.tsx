// Deleted calls (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { callTitle } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { DeletedRecordsPage, type DeletedWords } from '../../../ui/DeletedRecordsPage.js';
import { CALL_PAGE_SIZE } from '../grants-store.js';
import { BackToCalls } from './BackToCalls.js';

export function DeletedCallsPage() {
  const { t, i18n } = useTranslation('grants');
  const language = i18n.language;
  const load = useCallback(async () => {
    const listed = await request((api) => api.grantCalls.list({ states: [], region: null, deleted: true, offset: 0, limit: CALL_PAGE_SIZE }));
    return listed.ok ? { ok: true as const, value: listed.value.map((call) => ({ id: call.id, name: callTitle(call, language), updatedAt: call.updatedAt })) } : listed;
  }, [language]);
  const restore = useCallback((id: string) => request((api) => api.grantCalls.restore({ id })), []);
  const words = useMemo<DeletedWords>(
    () => ({
      title: t('calls.deletedTitle'),
      intro: t('calls.deletedIntro'),
      empty: t('calls.deletedEmpty'),
      when: t('calls.deletedWhen'),
      actions: t('calls.deletedActions'),
      restore: t('calls.restore'),
      loading: t('calls.loading'),
      restored: (name) => t('calls.undo.restored', { name }),
    }),
    [t],
  );
  return <DeletedRecordsPage load={load} restore={restore} back={<BackToCalls />} words={words} nameLabel={t('calls.field.title')} idPrefix="grants-deleted-calls" />;
}
