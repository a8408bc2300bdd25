// The region × strategy area × status table: every figure in it is a button that opens the collaborations behind it.
import { useTranslation } from 'react-i18next';
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { dashboardTable } from '../../../common/dashboard/dashboard-table.js';
import { NOT_STATED, type Dashboard, type DashboardArea, type DashboardFigure } from '../../../common/dashboard/dashboard.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { formatNumber } from '../../ui/format.js';
import { useDashboard } from './dashboard-store.js';

/** A count that opens its list; zero has nothing behind it and stays plain text. */
function FigureCell({ count, label, figure }: { count: number; label: string; figure: DashboardFigure }) {
  const { i18n } = useTranslation();
  const open = useDashboard((state) => state.open);
  const formatted = formatNumber(count, i18n.language);
  return (
    <td className="number">
      {count === 0 ? (
        formatted
      ) : (
        <button type="button" className="link-button" aria-label={label} onClick={() => open({ name: 'drill', figure })}>
          {formatted}
        </button>
      )}
    </td>
  );
}

export function FiguresTable({ figures }: { figures: Dashboard }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const blocks = dashboardTable(figures);
  const status = (state: CollaborationState) => t(`taxonomy:collaborationState.${state}`);
  const areaLabel = (area: DashboardArea) => (area === NOT_STATED ? t('area.notStated') : t(`taxonomy:strategy.${area}`));
  const cellFigure = (region: Region | null, area: DashboardArea | null, state: CollaborationState | null): DashboardFigure => ({
    kind: 'collaborations',
    region,
    area,
    status: state,
  });
  const statusTotal = (state: CollaborationState) => figures.byStatus.find((line) => line.status === state)?.count ?? 0;
  const n = (count: number) => formatNumber(count, i18n.language);

  return (
    <section className="dashboard-table" aria-labelledby="dashboard-table-title">
      <h2 id="dashboard-table-title">{t('table.title')}</h2>
      <p className="hint">{t('table.areaNote')}</p>
      <div className="table-scroll">
        <table className="activity figures">
          <caption className="visually-hidden">{t('table.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.regionArea')}</th>
              {COLLABORATION_STATES.map((state) => (
                <th key={state} scope="col" className="number">
                  {status(state)}
                </th>
              ))}
              <th scope="col" className="number">
                {t('table.total')}
              </th>
            </tr>
          </thead>
          {blocks.map(({ region, lines }) => (
            <tbody key={region}>
              {lines.map((line) => {
                const regionName = t(`taxonomy:region.${region}`);
                const place = line.area === null ? t('table.regionLine', { region: regionName }) : `${regionName}, ${areaLabel(line.area)}`;
                return (
                  <tr key={line.area ?? 'region'} className={line.area === null ? 'region-line' : undefined}>
                    <th scope="row">{line.area === null ? regionName : areaLabel(line.area)}</th>
                    {COLLABORATION_STATES.map((state) => (
                      <FigureCell
                        key={state}
                        count={line.byStatus[state]}
                        label={t('table.cellLabel', { count: n(line.byStatus[state]), place, status: status(state) })}
                        figure={cellFigure(region, line.area, state)}
                      />
                    ))}
                    <FigureCell
                      count={line.total}
                      label={t('table.totalLabel', { count: n(line.total), place })}
                      figure={cellFigure(region, line.area, null)}
                    />
                  </tr>
                );
              })}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row">{t('table.allRegions')}</th>
              {COLLABORATION_STATES.map((state) => (
                <FigureCell
                  key={state}
                  count={statusTotal(state)}
                  label={t('table.statusTotalLabel', { count: n(statusTotal(state)), status: status(state) })}
                  figure={cellFigure(null, null, state)}
                />
              ))}
              <FigureCell
                count={figures.totals.collaborations}
                label={`${n(figures.totals.collaborations)} ${t('figure.collaborations')}`}
                figure={cellFigure(null, null, null)}
              />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
