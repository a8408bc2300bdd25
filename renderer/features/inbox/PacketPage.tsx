// One packet, read-only in the interface language (its records in their own): the secretariat's message and dates, the
// applications and where the member stands on each, the report, the consultations, the questions and free advice, the
// files, and "Return my review…". Returned, it stays readable; expired, only the member's own answers remain.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxPacket } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { BackLink } from '../../ui/BackLink.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { AnswersForm } from './AnswersForm.js';
import { ApplicationsSection } from './ApplicationsSection.js';
import { initialAnswers, isEditable, toAnswersInput, type AnswerValues } from './inbox-model.js';
import { useInbox } from './inbox-store.js';
import { PacketConsultations } from './PacketConsultations.js';
import { PacketFiles } from './PacketFiles.js';
import { PacketReport } from './PacketReport.js';
import { ReturnPanel } from './ReturnPanel.js';

function PacketFacts({ packet }: { packet: InboxPacket }) {
  const { t, i18n } = useTranslation('inbox');
  const language = i18n.language;
  const respondBy = packet.info?.respondBy ?? null;
  return (
    <DetailSection id="inbox-packet-facts-title" title={t('packet.about')}>
      <dl className="details">
        <DetailRow term={t('packet.from')}>{packet.senderName}</DetailRow>
        <DetailRow term={t('packet.received')}>{formatDateTime(packet.receivedAt, language)}</DetailRow>
        <DetailRow term={t('packet.respondBy')}>{respondBy === null ? t('list.noDeadline') : formatDayOnly(respondBy, language)}</DetailRow>
        <DetailRow term={t('packet.expires')}>{formatDateTime(packet.expiresAt, language)}</DetailRow>
        <DetailRow term={t('packet.state')}>
          <span className={`badge inbox-state-${packet.state}`}>{t(`state.${packet.state}`)}</span>
        </DetailRow>
        {packet.returnedAt !== null ? <DetailRow term={t('packet.returnedAt')}>{formatDateTime(packet.returnedAt, language)}</DetailRow> : null}
        {packet.info?.blind ? <DetailRow term={t('packet.blindTerm')}>{t('packet.blind')}</DetailRow> : null}
      </dl>
      {packet.info !== null && packet.info.message.trim() !== '' ? (
        <section aria-labelledby="inbox-packet-message-title">
          <h3 id="inbox-packet-message-title">{t('packet.message')}</h3>
          <p className="prewrap">{packet.info.message}</p>
        </section>
      ) : null}
    </DetailSection>
  );
}

/** The packet's parts, with the answers form's values kept here so "Return my review…" sends what is on screen. */
function PacketBody({ packet, onChanged }: { packet: InboxPacket; onChanged: () => void }) {
  const { t, i18n } = useTranslation('inbox');
  const [answers, setAnswers] = useState<AnswerValues>(() => initialAnswers(packet.questions, packet.answers));
  const [advice, setAdvice] = useState(packet.advice);
  const [dirty, setDirty] = useState(false);
  const editable = isEditable(packet.state);
  // An application's files show on its own page, once it is declared; the packet's own files show here.
  const ownFiles = packet.files.filter((file) => file.applicationId === null);
  return (
    <>
      {packet.state === 'expired' ? (
        <p className="message message-warning">{t('packet.expiredNotice', { date: formatDateTime(packet.expiresAt, i18n.language) })}</p>
      ) : null}
      {packet.state === 'returned' && packet.returnedAt !== null ? (
        <p className="message message-success">{t('packet.returnedNotice', { date: formatDateTime(packet.returnedAt, i18n.language) })}</p>
      ) : null}
      <PacketFacts packet={packet} />
      {packet.applications.length > 0 ? <ApplicationsSection packet={packet} /> : null}
      {packet.report !== null ? <PacketReport report={packet.report} /> : null}
      {packet.consultations.length > 0 ? <PacketConsultations consultations={packet.consultations} /> : null}
      <AnswersForm
        packet={packet}
        values={answers}
        advice={advice}
        editable={editable}
        dirty={dirty}
        onChange={(values, nextAdvice) => {
          setAnswers(values);
          setAdvice(nextAdvice);
          setDirty(true);
        }}
        onSaved={() => setDirty(false)}
      />
      {ownFiles.length > 0 ? <PacketFiles packetId={packet.packetId} files={ownFiles} /> : null}
      {editable ? (
        <ReturnPanel
          packet={packet}
          answers={toAnswersInput(packet.questions, answers)}
          advice={advice}
          unsaved={dirty}
          onReturned={() => {
            setDirty(false);
            onChanged();
          }}
        />
      ) : null}
    </>
  );
}

export function PacketPage({ packetId }: { packetId: string }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const open = useInbox((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const loaded = useLoaded(() => request((api) => api.reviewInbox.get({ packetId })), `${packetId}:${version}`);
  const packet = loaded.state === 'ready' ? loaded.value : null;

  return (
    <div className="roster-stack inbox-packet">
      <BackLink label={t('packet.back')} onBack={() => open({ name: 'inbox' })} />
      <h1 ref={heading} tabIndex={-1}>
        {packet ? packet.title : t('packet.title')}
      </h1>
      {packet ? <p className="lead">{t('packet.lead', { name: packet.senderName })}</p> : null}
      <LiveMessage id="inbox-packet-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {packet ? <PacketBody key={`${packet.packetId}:${packet.state}:${packet.returnedAt ?? ''}`} packet={packet} onChanged={reload} /> : null}
    </div>
  );
}
