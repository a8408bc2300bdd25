// The communities list: a search box over names and areas, a region filter, the communities found, and the ways to add or see deleted ones.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../../common/roster/taxonomy.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { countryName } from '../roster/place-names.js';
import { useCommunities } from './communities-store.js';
import { CommunityUndoNotice } from './CommunityUndoNotice.js';

const TYPING_PAUSE_MS = 150;
const ALL_REGIONS = '';

export function CommunitiesPage() {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useCommunities((state) => state.text);
  const region = useCommunities((state) => state.region);
  const items = useCommunities((state) => state.items);
  const hasMore = useCommunities((state) => state.hasMore);
  const listError = useCommunities((state) => state.listError);
  const { setText, setRegion, load, loadMore, open } = useCommunities.getState();
  const [typed, setTyped] = useState(text);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (typed === useCommunities.getState().text) return undefined;
    const timer = window.setTimeout(() => setText(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, setText]);

  const filtered = text.trim() !== '' || region !== null;
  const count = items?.length ?? 0;
  const formatted = formatNumber(count, i18n.language);
  const countText = items === null ? t('list.loading') : hasMore ? t('list.countMore', { count, formatted }) : t('list.count', { count, formatted });

  return (
    <div className="roster communities">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create' })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
        </div>
      </div>
      <CommunityUndoNotice onDone={() => heading.current?.focus()} />
      <div className="roster-search" role="search">
        <div className="field">
          <label htmlFor="communities-search">{t('list.searchLabel')}</label>
          <input
            id="communities-search"
            className="input"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby="communities-search-hint"
          />
          <p id="communities-search-hint" className="hint">
            {t('list.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="communities-region">{t('list.regionLabel')}</label>
          <select
            id="communities-region"
            className="select"
            value={region ?? ALL_REGIONS}
            onChange={(event) => setRegion(event.target.value === ALL_REGIONS ? null : (event.target.value as Region))}
          >
            <option value={ALL_REGIONS}>{t('list.allRegions')}</option>
            {REGIONS.map((choice) => (
              <option key={choice} value={choice}>
                {t(`taxonomy:region.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="community-results" aria-labelledby="community-results-title">
        <h2 id="community-results-title" className="visually-hidden">
          {t('list.resultsLabel')}
        </h2>
        <p role="status" className="result-count">
          {countText}
        </p>
        <LiveMessage id="communities-list-error" kind="alert" text={listError ? errorText(listError) : null} />
        {items !== null && items.length === 0 ? <p className="hint">{filtered ? t('list.nothingFound') : t('list.empty')}</p> : null}
        {items !== null && items.length > 0 ? (
          <div className="table-scroll">
            <table className="activity community-table">
              <caption className="visually-hidden">{t('list.resultsLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.column.name')}</th>
                  <th scope="col">{t('list.column.country')}</th>
                  <th scope="col">{t('list.column.area')}</th>
                  <th scope="col">{t('list.column.region')}</th>
                  <th scope="col">{t('list.column.sharing')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((community) => (
                  <tr key={community.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => open({ name: 'detail', id: community.id })}>
                        {community.name}
                      </button>
                    </th>
                    <td>{countryName(community.country, i18n.language)}</td>
                    <td>{community.area}</td>
                    <td>{t(`taxonomy:region.${community.region}`)}</td>
                    <td>{t(`taxonomy:sharing.${community.sharing}`)}</td>
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
