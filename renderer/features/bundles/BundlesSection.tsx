// The bundles part of an open vault: sending and receiving bundles with their history, creating one, and the conflicts.
import { BundlesPage } from './BundlesPage.js';
import { ConflictDetail } from './ConflictDetail.js';
import { ConflictsPage } from './ConflictsPage.js';
import { CreateBundlePage } from './CreateBundlePage.js';
import { useBundles } from './bundles-store.js';
import './bundles.css';

export function BundlesSection() {
  const view = useBundles((state) => state.view);
  switch (view.name) {
    case 'home':
      return <BundlesPage />;
    case 'create':
      return <CreateBundlePage />;
    case 'conflicts':
      return <ConflictsPage key={String(view.resolved)} resolved={view.resolved} />;
    case 'conflict':
      return <ConflictDetail key={view.id} id={view.id} resolved={view.resolved} notice={view.notice ?? null} />;
  }
}
