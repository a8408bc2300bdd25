// An application's award: the form that makes it once the application is approved; then the award itself with its
// tranches (paid, remaining, condition met or not, "Record payment"), its reports ("Mark received", "Review"), "Edit
// award" and "Save award letter (PDF)".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../../common/contract/errors.js';
import type { Application } from '../../../../common/grants/application.schema.js';
import type { Award, Report, TrancheStatus } from '../../../../common/grants/award.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { BackLink } from '../../../ui/BackLink.js';
import { DetailActions, DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency } from '../../../ui/format.js';
import { formatDayOnly, localDayOf } from '../../../ui/format-day-only.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { AwardForm } from './AwardForm.js';
import { emptyAwardValues, toAwardFormValues } from './award-form-model.js';
import { ReportsSection } from './ReportsSection.js';
import { TranchesSection } from './TranchesSection.js';
import './awards.css';

interface Loaded {
  application: Application;
  award: { award: Award; tranches: TrancheStatus[]; reports: Report[] } | null;
}

async function load(applicationId: string): Promise<Reply<Loaded>> {
  const [application, award] = await Promise.all([
    request((api) => api.grantApplications.get({ id: applicationId })),
    request((api) => api.grantAwards.forApplication({ applicationId })),
  ]);
  if (!application.ok) return application;
  if (!award.ok) return award;
  return { ok: true, value: { application: application.value, award: award.value } };
}

function LetterButton({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(): Promise<void> {
    setBusy(true);
    setError(null);
    setStatus(t('letter.writing'));
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantApplications.saveLetter({ id: applicationId }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    setStatus(reply.ok && reply.value.saved ? t('letter.saved') : null);
    if (!reply.ok) setError(errorText(reply.error));
  }

  return (
    <>
      <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && void save()}>
        {t('letter.save')}
      </button>
      <LiveMessage id="award-letter-status" kind="status" tone={busy ? 'info' : 'success'} text={status} />
      <LiveMessage id="award-letter-error" kind="alert" text={error} />
    </>
  );
}

function AwardBody({ loaded, reload }: { loaded: Loaded; reload: (notice: string | null) => void }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'awards' });
  const { t: ta } = useTranslation('grants', { keyPrefix: 'applications' });
  const [editing, setEditing] = useState(false);
  const [today] = useState(() => localDayOf(new Date()));
  const { application, award } = loaded;
  const language = i18n.language;

  if (award === null) {
    if (application.state !== 'approved') return <p className="message message-info">{t('notApproved', { state: ta(`state.${application.state}`) })}</p>;
    return (
      <>
        <p className="hint">{t('form.intro')}</p>
        <AwardForm
          applicationId={application.id}
          awardId={null}
          defaults={emptyAwardValues(application.approvedAmount, today)}
          approvedAmount={application.approvedAmount}
          currency={application.currency}
          onSaved={() => reload(t('created'))}
          onCancel={() => goTo({ section: 'grants', view: { name: 'application', id: application.id } })}
        />
      </>
    );
  }

  const live = application.deletedAt === null && application.state !== 'closed';
  if (editing) {
    return (
      <AwardForm
        applicationId={application.id}
        awardId={award.award.id}
        defaults={toAwardFormValues(award.award)}
        approvedAmount={application.approvedAmount}
        currency={award.award.currency}
        onSaved={() => {
          setEditing(false);
          reload(t('updated'));
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      <DetailActions>
        {live ? (
          <button type="button" className="button primary" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
        ) : null}
        <LetterButton applicationId={application.id} />
      </DetailActions>
      <DetailSection id="award-summary-title" title={t('summary')}>
        <dl className="details">
          <DetailRow term={t('amount')}>{formatCurrency(award.award.amount, award.award.currency, language)}</DetailRow>
          <DetailRow term={t('awardedOn')}>{formatDayOnly(award.award.awardedOn, language)}</DetailRow>
          <DetailRow term={t('signedOn')}>{award.award.signedOn === null ? t('notSigned') : formatDayOnly(award.award.signedOn, language)}</DetailRow>
          <DetailRow term={t('stateLabel')}>{ta(`state.${application.state}`)}</DetailRow>
        </dl>
      </DetailSection>
      <TranchesSection
        award={award.award}
        tranches={award.tranches}
        payable={application.state === 'awarded' || application.state === 'reporting'}
        resourceId={application.documentsResourceId}
        onChanged={() => reload(null)}
      />
      <ReportsSection reports={award.reports} resourceId={application.documentsResourceId} live={live} onChanged={() => reload(null)} />
    </>
  );
}

export function AwardPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('grants', { keyPrefix: 'awards' });
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const loaded = useLoaded(() => load(applicationId), `award:${applicationId}:${version}`);
  // The page keeps showing the award while it is read again after a change.
  const [shown, setShown] = useState<Loaded | null>(null);
  if (loaded.state === 'ready' && loaded.value !== shown) setShown(loaded.value);

  return (
    <div className="roster-stack grant-award">
      <BackLink label={t('back')} onBack={() => goTo({ section: 'grants', view: { name: 'application', id: applicationId } })} />
      <h1 ref={heading} tabIndex={-1}>
        {shown ? t('titleOf', { title: shown.application.title }) : t('title')}
      </h1>
      {shown ? <p className="lead">{t('lead', { community: shown.application.communityName, call: shown.application.callTitle })}</p> : null}
      <LiveMessage id="award-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="award-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {shown === null && loaded.state === 'loading' ? <p className="hint">{t('loading')}</p> : null}
      {shown ? (
        <AwardBody
          loaded={shown}
          reload={(message) => {
            setNotice(message);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </div>
  );
}
