// Deleted applications (tombstones), each with Restore: the shared deleted-records page over this section's API and words.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { BackLink } from '../../../ui/BackLink.js';
import { DeletedRecordsPage, type DeletedRecord, type DeletedWords } from '../../../ui/DeletedRecordsPage.js';
import { readAll } from '../../../ui/use-loaded.js';
import './applications.css';

type DeletedApplication = DeletedRecord & { communityName: string; callTitle: string };

async function loadDeleted(): Promise<Reply<DeletedApplication[]>> {
  const listed = await readAll((offset, limit) => request((api) => api.grantApplications.list({ deleted: true, offset, limit })));
  if (!listed.ok) return listed;
  return {
    ok: true,
    value: listed.value.map((a) => ({ id: a.id, name: a.title, updatedAt: a.updatedAt, communityName: a.communityName, callTitle: a.callTitle })),
  };
}

export function DeletedApplicationsPage() {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const restore = useCallback((id: string) => request((api) => api.grantApplications.restore({ id })), []);
  const words = useMemo<DeletedWords>(
    () => ({
      title: t('deleted.title'),
      intro: t('deleted.intro'),
      empty: t('deleted.empty'),
      when: t('deleted.when'),
      actions: t('deleted.actions'),
      restore: t('deleted.restore'),
      loading: t('detail.loading'),
      restored: (name) => t('undo.restored', { name }),
    }),
    [t],
  );
  return (
    <DeletedRecordsPage
      load={loadDeleted}
      restore={restore}
      back={<BackLink label={t('detail.back')} onBack={() => goTo({ section: 'grants', view: { name: 'applications', callId: null } })} />}
      words={words}
      nameLabel={t('field.title')}
      detail={[
        { label: t('field.community'), value: (entry: DeletedApplication) => entry.communityName },
        { label: t('field.call'), value: (entry: DeletedApplication) => entry.callTitle },
      ]}
      idPrefix="deleted-applications"
    />
  );
}
