// The headline figures, each a button that opens the list behind it.
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardFigure } from '../../../common/dashboard/dashboard.schema.js';
import { formatNumber } from '../../ui/format.js';
import { useDashboard } from './dashboard-store.js';

const HEADLINE = ['collaborations', 'linkages', 'communities', 'collaborators', 'countries'] as const;

function figureOf(key: (typeof HEADLINE)[number]): DashboardFigure {
  return key === 'collaborations' ? { kind: 'collaborations', region: null, area: null, status: null } : { kind: key };
}

export function HeadlineFigures({ figures }: { figures: Dashboard }) {
  const { t, i18n } = useTranslation('dashboard');
  const open = useDashboard((state) => state.open);
  return (
    <section className="dashboard-headline" aria-labelledby="dashboard-headline-title">
      <h2 id="dashboard-headline-title">{t('headline.title')}</h2>
      <ul>
        {HEADLINE.map((key) => (
          <li key={key}>
            <button type="button" className="figure-card" onClick={() => open({ name: 'drill', figure: figureOf(key) })}>
              <span className="figure-number">{formatNumber(figures.totals[key], i18n.language)}</span>
              <span className="figure-label">{t(`figure.${key}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
