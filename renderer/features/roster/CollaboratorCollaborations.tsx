// The collaborations a collaborator takes part in: community, state, their role, who follows it; each opens the collaboration.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';

/** The most collaborations one list call returns; the section reads batches until it has them all. */
const COLLABORATION_BATCH = 500;

async function collaborationsOf(collaboratorId: string): Promise<Reply<Collaboration[]>> {
  const all: Collaboration[] = [];
  for (;;) {
    const reply = await request((api) => api.collaborations.list({ collaboratorId, offset: all.length, limit: COLLABORATION_BATCH }));
    if (!reply.ok) return reply;
    all.push(...reply.value);
    if (reply.value.length < COLLABORATION_BATCH) return { ok: true, value: all };
  }
}

export function CollaboratorCollaborations({ collaboratorId }: { collaboratorId: string }) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const [items, setItems] = useState<Collaboration[] | null>(null);
  const [error, setError] = useState<CreErrorPayload | null>(null);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void collaborationsOf(collaboratorId).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setItems(reply.value);
      else setError(reply.error);
    });
    return () => {
      current = false;
    };
  }, [collaboratorId]);

  return (
    <DetailSection id="member-of-title" title={t('memberOf.title')}>
      <LiveMessage id="member-of-error" kind="alert" text={error ? errorText(error) : null} />
      {items === null && error === null ? <p className="hint">{t('detail.loading')}</p> : null}
      {items !== null && items.length === 0 ? <p className="hint">{t('memberOf.empty')}</p> : null}
      {items !== null && items.length > 0 ? (
        <>
          <p className="hint">{t('memberOf.hint')}</p>
          <div className="table-scroll">
            <table className="activity">
              <caption className="visually-hidden">{t('memberOf.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('memberOf.column.community')}</th>
                  <th scope="col">{t('memberOf.column.state')}</th>
                  <th scope="col">{t('memberOf.column.role')}</th>
                  <th scope="col">{t('memberOf.column.owner')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((collaboration) => (
                  <tr key={collaboration.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaboration.id } })}
                      >
                        {collaboration.communityName}
                      </button>
                    </th>
                    <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                    <td>{collaboration.members.find((member) => member.collaboratorId === collaboratorId)?.role || t('memberOf.noRole')}</td>
                    <td>{collaboration.owner}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </DetailSection>
  );
}
