// Everything about one application: its texts side by side, budget, eligibility answers, documents and reviewers in the
// main column; what it is for, how it came in, its lifecycle, the award and the applicant's contacts beside them. Edit
// is a button; Delete (asked first, with undo on the list) is in "More actions".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../../common/grants/application.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { ActionsMenu } from '../../../ui/ActionsMenu.js';
import { BackLink } from '../../../ui/BackLink.js';
import { DetailActions, DetailColumns } from '../../../ui/DetailParts.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { AdvisoryReviews } from '../../review/AdvisoryReviews.js';
import { ReviewersPanel } from '../reviews/ReviewersPanel.js';
import { isEditable } from './application-format.js';
import { ApplicationTexts, BudgetSection, EligibilitySection } from './ApplicationBody.js';
import { ApplicantContacts, ApplicationIntake, ApplicationWhat, AwardLinks } from './ApplicationFacts.js';
import { ApplicationLifecycle } from './ApplicationLifecycle.js';
import { useApplications } from './applications-store.js';
import { DocumentsSection } from './DocumentsSection.js';
import { useGrantCall } from '../use-grant-calls.js';
import './applications.css';

function Details({ application, reload }: { application: Application; reload: () => void }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const call = useGrantCall(application.callId);
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const live = application.deletedAt === null;
  const callValue = call.state === 'ready' ? call.value : null;

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await useApplications.getState().remove(application.id, application.title);
    if (!reply.ok) return setError(errorText(reply.error));
    goTo({ section: 'grants', view: { name: 'applications', callId: application.callId } });
  }

  const main = (
    <>
      <ApplicationTexts application={application} />
      <BudgetSection application={application} />
      <EligibilitySection application={application} call={callValue} />
      <DocumentsSection application={application} call={callValue} live={live} editable={live && isEditable(application.state)} onChanged={reload} />
      <ReviewersPanel applicationId={application.id} callId={application.callId} />
      <AdvisoryReviews applicationId={application.id} callId={application.callId} />
    </>
  );
  const aside = (
    <>
      <ApplicationLifecycle
        application={application}
        live={live}
        onMoved={(to) => {
          setMoved(t('lifecycle.moved', { state: t(`state.${to}`) }));
          reload();
        }}
      />
      <LiveMessage id="application-moved" kind="status" tone="success" text={moved} />
      {live ? <AwardLinks application={application} /> : null}
      <ApplicationWhat application={application} />
      <ApplicationIntake application={application} />
      <ApplicantContacts application={application} />
    </>
  );

  return (
    <>
      <p className="lead">
        {t(`state.${application.state}`)} · {application.communityName} · {application.callTitle}
      </p>
      {live ? (
        <DetailActions>
          {isEditable(application.state) ? (
            <button
              type="button"
              className="button primary"
              onClick={() => goTo({ section: 'grants', view: { name: 'applicationForm', id: application.id, callId: application.callId, communityId: application.communityId } })}
            >
              {t('detail.edit')}
            </button>
          ) : null}
          <ActionsMenu
            label={t('detail.moreActions')}
            actions={[
              {
                id: 'delete',
                label: t('detail.delete'),
                danger: true,
                onAction: () => void deleteIt(),
                confirm: {
                  title: t('detail.deleteConfirm.title', { name: application.title }),
                  text: t('detail.deleteHint'),
                  stay: t('detail.deleteConfirm.stay'),
                  leave: t('detail.deleteConfirm.leave'),
                },
              },
            ]}
          />
        </DetailActions>
      ) : (
        <p className="notice">{t('detail.isDeleted')}</p>
      )}
      <LiveMessage id="application-detail-error" kind="alert" text={error} />
      <LiveMessage id="application-call-error" kind="alert" text={call.state === 'failed' ? errorText(call.error) : null} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function ApplicationDetailPage({ id, notice }: { id: string; notice?: string }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(() => request((api) => api.grantApplications.get({ id })), `application:${id}:${version}`);
  // The page stays on screen while it reads the application again after a change.
  const [shown, setShown] = useState<Application | null>(null);
  if (loaded.state === 'ready' && loaded.value !== shown) setShown(loaded.value);
  const application = shown !== null && shown.id === id ? shown : null;

  return (
    <div className="roster-stack grant-application-detail">
      <BackLink label={t('detail.back')} onBack={() => goTo({ section: 'grants', view: { name: 'applications', callId: application?.callId ?? null } })} />
      <h1 ref={heading} tabIndex={-1}>
        {application ? application.title : t('detail.title')}
      </h1>
      <LiveMessage id="application-detail-notice" kind="status" tone="success" text={notice ?? null} />
      <LiveMessage id="application-detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {application === null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {application ? <Details application={application} reload={() => setVersion((v) => v + 1)} /> : null}
    </div>
  );
}
