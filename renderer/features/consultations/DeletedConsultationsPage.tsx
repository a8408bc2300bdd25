// Deleted consultation rounds (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { DeletedRecordsPage } from '../../ui/DeletedRecordsPage.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { BackToConsultations } from './BackToConsultations.js';
import { CONSULTATIONS_LIMIT } from './consultations-store.js';

export function DeletedConsultationsPage() {
  const { t, i18n } = useTranslation('consultations');
  const load = useCallback(async () => {
    const reply = await request((api) => api.consultations.list({ text: '', deleted: true, offset: 0, limit: CONSULTATIONS_LIMIT }));
    // A tombstone's last change is its deletion.
    return reply.ok ? { ok: true as const, value: reply.value.map((round) => ({ ...round, name: round.topic, updatedAt: round.deletedAt ?? '' })) } : reply;
  }, []);
  const restore = useCallback((id: string) => request((api) => api.consultations.restore({ id })), []);
  const words = {
    title: t('deleted.title'),
    intro: t('deleted.intro'),
    empty: t('deleted.empty'),
    when: t('deleted.when'),
    actions: t('deleted.actions'),
    restore: t('deleted.restore'),
    loading: t('detail.loading'),
    restored: (name: string) => t('undo.restored', { name }),
  };
  return (
    <DeletedRecordsPage
      load={load}
      restore={restore}
      back={<BackToConsultations />}
      words={words}
      nameLabel={t('field.topic')}
      detail={{ label: t('field.startsOn'), value: (round) => formatDayOnly(round.startsOn, i18n.language) }}
      idPrefix="deleted-consultations"
    />
  );
}
