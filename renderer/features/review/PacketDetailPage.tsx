// One packet: what it holds and its state; "Save packet file…" (sealed to its member alone, with progress) and "Discard"
// while only composed; once returned, what the member declared, scored, answered and advised.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PacketDetail } from '../../../common/review/review.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { BackLink } from '../../ui/BackLink.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { formatDayOnly, formatMomentDay } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { JobProgress } from '../bundles/JobProgress.js';
import { useBundleProgress } from '../bundles/use-bundle-progress.js';
import { formatBytes } from '../resources/attachment-format.js';
import { useReviews } from './reviews-store.js';
import { ReturnSections } from './ReturnSections.js';
import { useReviewWords } from './use-review-words.js';

function PacketContents({ packet }: { packet: PacketDetail }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  const count = (value: number) => ({ count: value, formatted: formatNumber(value, language) });
  return (
    <DetailSection id="packet-holds-title" title={t('detail.holds')}>
      {packet.message !== '' ? <p className="prewrap review-message">{packet.message}</p> : null}
      <h3>{t('detail.applications', count(packet.applicationList.length))}</h3>
      {packet.applicationList.length === 0 ? (
        <p className="hint">{t('detail.noApplications')}</p>
      ) : (
        <ul className="review-list">
          {packet.applicationList.map((application) => (
            <li key={application.id}>{application.title}</li>
          ))}
        </ul>
      )}
      <p>{t('detail.files', count(packet.fileIds.length))}</p>
      <p>
        {packet.period === null
          ? t('detail.noPeriod')
          : t(packet.includeReport ? 'detail.periodWithReport' : 'detail.period', { from: formatDayOnly(packet.period.from, language), to: formatDayOnly(packet.period.to, language) })}
      </p>
      {packet.blind ? <p>{t('detail.blind')}</p> : null}
      <h3>{t('detail.questions', count(packet.questionList.length))}</h3>
      {packet.questionList.length === 0 ? (
        <p className="hint">{t('detail.noQuestions')}</p>
      ) : (
        <ol className="review-list">
          {packet.questionList.map((question) => (
            <li key={question.id}>
              {question.text}
              <span className="muted">
                {' '}
                · {question.kind === 'rating' ? t('detail.ratingQuestion', { low: question.lowLabel || '1', high: question.highLabel || '5' }) : t('compose.kind.text')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </DetailSection>
  );
}

function PacketFacts({ packet }: { packet: PacketDetail }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  const { stateName, roleName } = useReviewWords();
  const none = t('none');
  return (
    <DetailSection id="packet-facts-title" title={t('detail.facts')}>
      <dl className="details">
        <DetailRow term={t('field.member')}>
          {packet.memberName}
          <span className="muted"> · {roleName(packet.memberRole)}</span>
        </DetailRow>
        <DetailRow term={t('field.state')}>
          <span className={`badge review-state review-state-${packet.state}`}>{stateName(packet.state)}</span>
        </DetailRow>
        <DetailRow term={t('field.created')}>{formatDateTime(packet.createdAt, language)}</DetailRow>
        <DetailRow term={t('field.sent')}>{packet.sentAt === null ? none : formatDateTime(packet.sentAt, language)}</DetailRow>
        <DetailRow term={t('field.respondBy')}>{packet.respondBy === null ? none : formatDayOnly(packet.respondBy, language)}</DetailRow>
        <DetailRow term={t('field.expires')}>{formatMomentDay(packet.expiresAt, language)}</DetailRow>
        <DetailRow term={t('field.returnedAt')}>{packet.returnedAt === null ? none : formatDateTime(packet.returnedAt, language)}</DetailRow>
        <DetailRow term={t('field.size')}>{packet.bytes === null ? none : formatBytes(packet.bytes, language)}</DetailRow>
        <DetailRow term={t('field.bundle')}>{packet.bundleId === null ? none : <code className="review-bundle-id">{packet.bundleId}</code>}</DetailRow>
      </dl>
    </DetailSection>
  );
}

function PacketActions({ packet, onSaved }: { packet: PacketDetail; onSaved: () => void }) {
  const { t, i18n } = useTranslation('review');
  const { refusalText } = useReviewWords();
  const [token, setToken] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const progress = useBundleProgress(token);
  const open = useReviews((state) => state.open);

  async function save(): Promise<void> {
    setStatus(null);
    setError(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewPackets.save({ id: packet.id, token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) return setError(refusalText(reply.error));
    if (!reply.value.saved) return setStatus({ tone: 'info', text: t('detail.saveCancelled') });
    setStatus({ tone: 'success', text: t('detail.saved', { name: packet.memberName, size: formatBytes(reply.value.bytes, i18n.language) }) });
    onSaved();
  }

  async function discard(): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewPackets.discard({ id: packet.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) return setError(refusalText(reply.error));
    open({ name: 'packets', notice: t('detail.discarded', { title: packet.title, name: packet.memberName }) });
  }

  const busy = token !== null;
  return (
    <>
      {packet.state === 'composed' ? (
        <DetailActions>
          <button type="button" className="button primary" aria-disabled={busy || undefined} onClick={() => !busy && void save()}>
            {t('detail.save')}
          </button>
          <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && setDiscarding(true)}>
            {t('detail.discard')}
          </button>
        </DetailActions>
      ) : null}
      {packet.state === 'composed' ? <p className="hint">{t('detail.saveHint', { name: packet.memberName })}</p> : null}
      <div role="status" className="live-region">
        {busy ? <JobProgress id="packet-save-progress" label={t('detail.writing')} progress={progress} percentText={(percent) => t('percent', { percent })} /> : null}
      </div>
      <LiveMessage id="packet-save-status" kind="status" tone={status?.tone} text={status?.text ?? null} />
      <LiveMessage id="packet-save-error" kind="alert" text={error} />
      <ConfirmLeaveDialog
        pending={
          discarding
            ? () => {
                setDiscarding(false);
                void discard();
              }
            : null
        }
        onStay={() => setDiscarding(false)}
        texts={{ title: t('detail.discardTitle', { title: packet.title }), text: t('detail.discardText'), stay: t('detail.discardStay'), leave: t('detail.discard') }}
      />
    </>
  );
}

export function PacketDetailPage({ id, notice }: { id: string; notice: string | null }) {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const open = useReviews((state) => state.open);
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(() => request((api) => api.reviewPackets.get({ id })), `packet:${id}:${version}`);
  // The page stays on screen while it reads the packet again after a save.
  const [shown, setShown] = useState<PacketDetail | null>(null);
  if (loaded.state === 'ready' && loaded.value !== shown) setShown(loaded.value);
  const packet = shown !== null && shown.id === id ? shown : null;

  return (
    <div className="roster-stack reviews review-packet">
      <BackLink label={t('back')} onBack={() => open({ name: 'packets' })} />
      <h1 ref={heading} tabIndex={-1}>
        {packet ? packet.title : t('detail.title')}
      </h1>
      <LiveMessage id="packet-detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="packet-detail-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {packet === null && loaded.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {packet !== null ? (
        <>
          <p className="lead">{t('detail.lead', { name: packet.memberName })}</p>
          <PacketActions
            packet={packet}
            onSaved={() => {
              setVersion((value) => value + 1);
              void useReviews.getState().loadPackets();
            }}
          />
          <DetailColumns
            main={
              <>
                <PacketContents packet={packet} />
                {packet.returned !== null ? <ReturnSections returned={packet.returned} questions={packet.questionList} /> : null}
              </>
            }
            aside={<PacketFacts packet={packet} />}
          />
        </>
      ) : null}
    </div>
  );
}
