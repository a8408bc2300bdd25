// The collaborations already made for one request (its community's, filtered by request), each a link to its detail.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';

/** The most collaborations one list call returns; the section reads batches until it has the community's all. */
const COLLABORATION_BATCH = 500;

async function collaborationsFor(communityId: string, requestId: string): Promise<Reply<Collaboration[]>> {
  const found: Collaboration[] = [];
  for (let offset = 0; ; offset += COLLABORATION_BATCH) {
    const reply = await request((api) => api.collaborations.list({ communityId, offset, limit: COLLABORATION_BATCH }));
    if (!reply.ok) return reply;
    found.push(...reply.value.filter((collaboration) => collaboration.requestId === requestId));
    if (reply.value.length < COLLABORATION_BATCH) return { ok: true, value: found };
  }
}

export function RequestCollaborations({ communityId, requestId }: { communityId: string; requestId: string }) {
  const { t, i18n } = useTranslation(['requests', 'taxonomy']);
  const errorText = useErrorText();
  const [items, setItems] = useState<Collaboration[] | null>(null);
  const [error, setError] = useState<CreErrorPayload | null>(null);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void collaborationsFor(communityId, requestId).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setItems(reply.value);
      else setError(reply.error);
    });
    return () => {
      current = false;
    };
  }, [communityId, requestId]);

  return (
    <DetailSection id="request-collaborations-title" title={t('detail.collaborations')}>
      <LiveMessage id="request-collaborations-error" kind="alert" text={error ? errorText(error) : null} />
      {items === null && error === null ? <p className="hint">{t('detail.loading')}</p> : null}
      {items !== null && items.length === 0 ? <p className="hint">{t('detail.noCollaborations')}</p> : null}
      {items !== null && items.length > 0 ? (
        <ul className="request-collaborations">
          {items.map((collaboration) => (
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
                  since: formatDateTime(collaboration.createdAt, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </DetailSection>
  );
}
