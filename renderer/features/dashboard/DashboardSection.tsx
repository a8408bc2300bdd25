// The dashboard part of an open vault: the overview of figures, and the list behind any figure.
import { DashboardPage } from './DashboardPage.js';
import { useDashboard } from './dashboard-store.js';
import { DrillPage } from './DrillPage.js';
import './dashboard.css';

export function DashboardSection() {
  const view = useDashboard((state) => state.view);
  switch (view.name) {
    case 'overview':
      return <DashboardPage />;
    case 'drill':
      return <DrillPage key={JSON.stringify(view.figure)} figure={view.figure} />;
  }
}
