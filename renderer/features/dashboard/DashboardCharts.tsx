// Two charts of the figures: collaborations by region stacked by status, and by strategy area. The table below holds the
// same numbers and is what assistive technology reads; the charts are hidden from it and work with the mouse.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarRectangleItem } from 'recharts';
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { countsByArea } from '../../../common/dashboard/dashboard-table.js';
import { NOT_STATED, type Dashboard, type DashboardArea } from '../../../common/dashboard/dashboard.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { formatNumber } from '../../ui/format.js';
import { useDashboard } from './dashboard-store.js';

/** Mid-tone colours, told apart by hue and lightness, readable on the light and the dark background. */
export const STATUS_COLOURS: Record<CollaborationState, string> = {
  proposed: '#8a94a6',
  introduced: '#2f7fc1',
  active: '#2e9e5b',
  paused: '#c98a12',
  concluded: '#7b5cc4',
  declined: '#c4473a',
};
const AREA_COLOUR = '#2f7fc1';
const TICK = { fill: 'currentColor', fontSize: 13 };

type RegionDatum = { region: Region; label: string } & Partial<Record<CollaborationState, number>>;
type AreaDatum = { area: DashboardArea; label: string; count: number };

export function DashboardCharts({ figures }: { figures: Dashboard }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const open = useDashboard((state) => state.open);
  const number = (value: number) => formatNumber(value, i18n.language);
  const areaLabel = (area: DashboardArea) => (area === NOT_STATED ? t('area.notStated') : t(`taxonomy:strategy.${area}`));

  const byRegion: RegionDatum[] = figures.byRegion.map(({ region }) => {
    const datum: RegionDatum = { region, label: t(`taxonomy:region.${region}`) };
    for (const line of figures.byRegionStatus) if (line.region === region) datum[line.status] = line.count;
    return datum;
  });
  const statuses = COLLABORATION_STATES.filter((status) => figures.byStatus.some((line) => line.status === status));
  const byArea: AreaDatum[] = countsByArea(figures).map(({ area, count }) => ({ area, label: areaLabel(area), count }));

  const openRegion = (status: CollaborationState) => (item: BarRectangleItem) => {
    const datum = item.payload as RegionDatum | undefined;
    if (datum) open({ name: 'drill', figure: { kind: 'collaborations', region: datum.region, area: null, status } });
  };
  const openArea = (item: BarRectangleItem) => {
    const datum = item.payload as AreaDatum | undefined;
    if (datum) open({ name: 'drill', figure: { kind: 'collaborations', region: null, area: datum.area, status: null } });
  };

  return (
    <div className="dashboard-charts">
      <figure className="chart" aria-labelledby="chart-region-title">
        <figcaption id="chart-region-title">
          {t('chart.byRegion')} <span className="hint">{t('chart.textAlternative')}</span>
        </figcaption>
        <div className="chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={byRegion} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={TICK} />
              <YAxis allowDecimals={false} tick={TICK} tickFormatter={number} />
              <Tooltip formatter={(value) => number(Number(value))} />
              <Legend />
              {statuses.map((status) => (
                <Bar
                  key={status}
                  dataKey={status}
                  name={t(`taxonomy:collaborationState.${status}`)}
                  stackId="status"
                  fill={STATUS_COLOURS[status]}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={openRegion(status)}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="chart" aria-labelledby="chart-area-title">
        <figcaption id="chart-area-title">
          {t('chart.byArea')} <span className="hint">{t('chart.textAlternative')}</span>
        </figcaption>
        <div className="chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={Math.max(120, 40 * byArea.length + 40)}>
            <BarChart data={byArea} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={number} />
              <YAxis type="category" dataKey="label" width={220} tick={TICK} />
              <Tooltip formatter={(value) => number(Number(value))} />
              <Bar dataKey="count" name={t('figure.collaborations')} fill={AREA_COLOUR} isAnimationActive={false} cursor="pointer" onClick={openArea} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
