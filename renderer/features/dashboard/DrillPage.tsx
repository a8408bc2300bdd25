// The list behind one figure of the dashboard, for the same period, a page at a time.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_STATED, type DashboardFigure } from '../../../common/dashboard/dashboard.schema.js';
import { formatNumber } from '../../ui/format.js';
import { ShowMore } from '../../ui/ListPageParts.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useDashboard } from './dashboard-store.js';
import { CollaborationsTable, CollaboratorsTable, CommunitiesTable } from './DrillTables.js';
import { rangeLabel } from './range-label.js';

export function DrillPage({ figure }: { figure: DashboardFigure }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const drill = useDashboard((state) => state.drill);
  const drillError = useDashboard((state) => state.drillError);
  const range = useDashboard((state) => state.range);
  const { open, loadDrill, loadMoreDrill } = useDashboard.getState();
  useFocusOnMount(heading);

  useEffect(() => {
    void loadDrill();
  }, [loadDrill]);

  const title = t(`drill.${figure.kind}Title`);
  const filters =
    figure.kind === 'collaborations' && (figure.region !== null || figure.area !== null || figure.status !== null)
      ? t('drill.filters', {
          region: figure.region === null ? t('drill.any') : t(`taxonomy:region.${figure.region}`),
          area: figure.area === null ? t('drill.any') : figure.area === NOT_STATED ? t('area.notStated') : t(`taxonomy:strategy.${figure.area}`),
          status: figure.status === null ? t('drill.any') : t(`taxonomy:collaborationState.${figure.status}`),
        })
      : null;
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <div className="roster dashboard">
      <p>
        <button type="button" className="link-button" onClick={() => open({ name: 'overview' })}>
          {t('drill.back')}
        </button>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{rangeLabel(t, range, i18n.language)}</p>
      {filters !== null ? <p>{filters}</p> : null}
      <p role="status" className="result-count">
        {drill === null ? t('loading') : drill.total === 0 ? t('drill.nothing') : t('drill.shown', { shown: n(drill.items.length), total: n(drill.total) })}
      </p>
      <LiveMessage id="dashboard-drill-error" kind="alert" text={drillError ? errorText(drillError) : null} />
      {drill !== null && drill.items.length > 0 ? (
        <div className="table-scroll">
          {drill.kind === 'collaborations' ? <CollaborationsTable items={drill.items} caption={title} /> : null}
          {drill.kind === 'communities' ? <CommunitiesTable items={drill.items} caption={title} countryFirst={figure.kind === 'countries'} /> : null}
          {drill.kind === 'collaborators' ? <CollaboratorsTable items={drill.items} caption={title} /> : null}
        </div>
      ) : null}
      {drill !== null && drill.items.length < drill.total ? <ShowMore label={t('drill.more')} onMore={() => void loadMoreDrill()} /> : null}
    </div>
  );
}
