// The collaborations already made for one request (its community's, filtered by request), each a link to its detail.
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import type { Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { formatMomentDay } from '../../ui/format-day-only.js';
import { LinkedRecords } from '../../ui/LinkedRecords.js';
import { readAll, useLoaded } from '../../ui/use-loaded.js';

async function collaborationsFor(communityId: string, requestId: string): Promise<Reply<Collaboration[]>> {
  const reply = await readAll((offset, limit) => request((api) => api.collaborations.list({ communityId, offset, limit })));
  return reply.ok ? { ok: true, value: reply.value.filter((collaboration) => collaboration.requestId === requestId) } : reply;
}

export function RequestCollaborations({ communityId, requestId }: { communityId: string; requestId: string }) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const loaded = useLoaded(() => collaborationsFor(communityId, requestId), `${communityId}:${requestId}`);

  return (
    <DetailSection id="request-collaborations-title" title={t('detail.collaborations')}>
      <LinkedRecords loaded={loaded} errorId="request-collaborations-error" loadingText={t('detail.loading')} emptyText={t('detail.noCollaborations')}>
        {(collaborations) => (
          <ul className="request-collaborations">
            {collaborations.map((collaboration) => (
              <li key={collaboration.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaboration.id } })}
                >
                  {collaboration.members.map((member) => member.name).join(', ')}
                </button>
                <span className="muted">
                  {' '}
                  {t('detail.collaborationLine', {
                    state: t(`taxonomy:collaborationState.${collaboration.state}`),
                    owner: collaboration.owner,
                    since: formatMomentDay(collaboration.createdAt, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </LinkedRecords>
    </DetailSection>
  );
}
