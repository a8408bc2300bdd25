// The collaborations list, newest first: a state filter, each collaboration's community, members, owner, state and next follow-up.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { formatDay, memberNames } from './collaboration-format.js';
import { CollaborationUndoNotice } from './CollaborationUndoNotice.js';
import { useCollaborations } from './collaborations-store.js';

const ALL_STATES = '';

export function CollaborationsPage() {
  const { t, i18n } = useTranslation(['collaborations', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useCollaborations((store) => store.state);
  const items = useCollaborations((store) => store.items);
  const hasMore = useCollaborations((store) => store.hasMore);
  const listError = useCollaborations((store) => store.listError);
  const { setState, load, loadMore, open } = useCollaborations.getState();
  useFocusOnMount(heading);
  const language = i18n.language;

  useEffect(() => {
    void load();
  }, [load]);

  const count = items?.length ?? 0;
  const formatted = formatNumber(count, language);
  const countText = items === null ? t('list.loading') : hasMore ? t('list.countMore', { count, formatted }) : t('list.count', { count, formatted });

  return (
    <div className="roster collaborations">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create', communityId: null, requestId: null })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
        </div>
      </div>
      <p className="lead">{t('list.intro')}</p>
      <CollaborationUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search" role="search">
        <div className="field">
          <label htmlFor="collaborations-state">{t('list.stateLabel')}</label>
          <select
            id="collaborations-state"
            className="select"
            value={state ?? ALL_STATES}
            onChange={(event) => setState(event.target.value === ALL_STATES ? null : (event.target.value as CollaborationState))}
          >
            <option value={ALL_STATES}>{t('list.allStates')}</option>
            {COLLABORATION_STATES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`taxonomy:collaborationState.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="collaboration-results" aria-labelledby="collaboration-results-title">
        <h2 id="collaboration-results-title" className="visually-hidden">
          {t('list.resultsLabel')}
        </h2>
        <p role="status" className="result-count">
          {countText}
        </p>
        <LiveMessage id="collaborations-list-error" kind="alert" text={listError ? errorText(listError) : null} />
        {items !== null && items.length === 0 ? <p className="hint">{state !== null ? t('list.nothingFound') : t('list.empty')}</p> : null}
        {items !== null && items.length > 0 ? (
          <div className="table-scroll">
            <table className="activity collaboration-table">
              <caption className="visually-hidden">{t('list.resultsLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.community')}</th>
                  <th scope="col">{t('field.members')}</th>
                  <th scope="col">{t('field.owner')}</th>
                  <th scope="col">{t('field.state')}</th>
                  <th scope="col">{t('field.nextFollowUp')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((collaboration) => (
                  <tr key={collaboration.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => open({ name: 'detail', id: collaboration.id })}>
                        {collaboration.communityName}
                      </button>
                    </th>
                    <td>{memberNames(collaboration.members)}</td>
                    <td>{collaboration.owner}</td>
                    <td>{t(`taxonomy:collaborationState.${collaboration.state}`)}</td>
                    <td>{collaboration.nextFollowUp ? formatDay(collaboration.nextFollowUp, language) : t('detail.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {hasMore ? (
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => void loadMore()}>
              {t('list.more')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
