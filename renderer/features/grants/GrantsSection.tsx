// The small-grants part of an open vault: the section's own navigation (calls, applications, my reviews, dashboard),
// then the page for the current view — calls and reviews here, applications, meetings, awards and the dashboard beside them.
import { useTranslation } from 'react-i18next';
import { ApplicationDetailPage } from './applications/ApplicationDetailPage.js';
import { ApplicationFormPage } from './applications/ApplicationFormPage.js';
import { ApplicationsPage } from './applications/ApplicationsPage.js';
import { DeletedApplicationsPage } from './applications/DeletedApplicationsPage.js';
import { AwardPage } from './awards/AwardPage.js';
import { CallDetailPage } from './calls/CallDetailPage.js';
import { CallFormPage } from './calls/CallFormPage.js';
import { CallsPage } from './calls/CallsPage.js';
import { DeletedCallsPage } from './calls/DeletedCallsPage.js';
import { RankedTablePage } from './calls/RankedTablePage.js';
import { GrantsDashboardPage } from './dashboard/GrantsDashboardPage.js';
import { useGrants } from './grants-store.js';
import type { GrantsView } from './grants-views.js';
import { MeetingPage } from './meetings/MeetingPage.js';
import { MyReviewsPage } from './reviews/MyReviewsPage.js';
import { ReviewPage } from './reviews/ReviewPage.js';
import './grants.css';

type Part = 'calls' | 'applications' | 'myReviews' | 'dashboard';
const PARTS: readonly Part[] = ['calls', 'applications', 'myReviews', 'dashboard'];

/** Which of the section's parts a view belongs to, for the section's navigation. */
function partOf(view: GrantsView): Part {
  switch (view.name) {
    case 'applications':
    case 'application':
    case 'applicationForm':
    case 'deletedApplications':
    case 'award':
      return 'applications';
    case 'myReviews':
    case 'review':
      return 'myReviews';
    case 'dashboard':
      return 'dashboard';
    default:
      return 'calls';
  }
}

const HOME: Readonly<Record<Part, GrantsView>> = {
  calls: { name: 'calls' },
  applications: { name: 'applications', callId: null },
  myReviews: { name: 'myReviews' },
  dashboard: { name: 'dashboard' },
};

/** The section's parts, the current one marked; each opens its front page. */
function GrantsNav({ current }: { current: Part }) {
  const { t } = useTranslation('grants');
  const open = useGrants((state) => state.open);
  return (
    <nav className="grants-nav" aria-label={t('section.navLabel')}>
      <ul>
        {PARTS.map((part) => (
          <li key={part}>
            <button type="button" className="grants-nav-item" aria-current={part === current ? 'page' : undefined} onClick={() => open(HOME[part])}>
              {t(`section.${part}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CurrentPage({ view }: { view: GrantsView }) {
  switch (view.name) {
    case 'calls':
      return <CallsPage />;
    case 'call':
      return <CallDetailPage key={view.id} id={view.id} notice={view.notice ?? null} />;
    case 'callForm':
      return <CallFormPage key={view.id ?? 'new'} id={view.id} />;
    case 'deletedCalls':
      return <DeletedCallsPage />;
    case 'ranked':
      return <RankedTablePage key={view.callId} callId={view.callId} />;
    case 'applications':
      return <ApplicationsPage key={view.callId ?? 'all'} callId={view.callId} />;
    case 'application':
      return <ApplicationDetailPage key={view.id} id={view.id} {...(view.notice === undefined ? {} : { notice: view.notice })} />;
    case 'applicationForm':
      return <ApplicationFormPage key={`${view.id ?? 'new'}-${view.callId ?? ''}-${view.communityId ?? ''}`} id={view.id} callId={view.callId} communityId={view.communityId} />;
    case 'deletedApplications':
      return <DeletedApplicationsPage />;
    case 'myReviews':
      return <MyReviewsPage />;
    case 'review':
      return <ReviewPage key={view.id} id={view.id} applicationId={view.applicationId ?? null} />;
    case 'meeting':
      return <MeetingPage key={`${view.callId}-${view.id ?? 'new'}`} callId={view.callId} id={view.id} />;
    case 'award':
      return <AwardPage key={view.applicationId} applicationId={view.applicationId} />;
    case 'dashboard':
      return <GrantsDashboardPage />;
  }
}

export function GrantsSection() {
  const view = useGrants((state) => state.view);
  return (
    <div className="grants-section">
      <GrantsNav current={partOf(view)} />
      <CurrentPage view={view} />
    </div>
  );
}
