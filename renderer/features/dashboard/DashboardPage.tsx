// The dashboard's overview: the period, the headline figures, the charts and the region × area × status table, exports, definitions.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LayoutDashboard } from 'lucide-react';
import { goTo } from '../../app/navigate.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { DashboardCharts } from './DashboardCharts.js';
import { DashboardExport } from './DashboardExport.js';
import { useDashboard } from './dashboard-store.js';
import { FiguresTable } from './FiguresTable.js';
import { HeadlineFigures } from './HeadlineFigures.js';
import { RangeFilter } from './RangeFilter.js';

const DEFINITIONS = ['collaborations', 'areas', 'linkages', 'involved', 'grants'] as const;

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const figures = useDashboard((state) => state.figures);
  const figuresError = useDashboard((state) => state.figuresError);
  const load = useDashboard((state) => state.load);
  useFocusOnMount(heading);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="roster dashboard">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
      </div>
      <p className="lead">{t('intro')}</p>
      <RangeFilter />
      <LiveMessage id="dashboard-error" kind="alert" text={figuresError ? errorText(figuresError) : null} />
      <p role="status" className="result-count">
        {figures === null ? t('loading') : figures.totals.collaborations === 0 ? t('empty') : null}
      </p>
      {figures !== null ? (
        <>
          <HeadlineFigures figures={figures} />
          {figures.totals.collaborations > 0 ? (
            <>
              <DashboardCharts figures={figures} />
              <FiguresTable figures={figures} />
            </>
          ) : (
            <EmptyState
              id="dashboard-empty"
              icon={LayoutDashboard}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[
                { label: t('emptyState.startCollaboration'), onClick: () => goTo({ section: 'collaborations', view: { name: 'create', communityId: null, requestId: null } }), primary: true },
                { label: t('emptyState.seeRequests'), onClick: () => goTo({ section: 'requests', view: { name: 'list' } }) },
              ]}
            />
          )}
        </>
      ) : null}
      <DashboardExport />
      <section className="dashboard-definitions" aria-labelledby="dashboard-definitions-title">
        <h2 id="dashboard-definitions-title">{t('definitions.title')}</h2>
        {DEFINITIONS.map((key) => (
          <p key={key}>{t(`definitions.${key}`)}</p>
        ))}
      </section>
    </div>
  );
}
