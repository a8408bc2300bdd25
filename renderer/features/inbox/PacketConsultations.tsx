// The consultation rounds a packet summarises: topic, dates, channel, participants, what was heard by theme (quotes that
// identify someone never travel) and the follow-up actions with their owners and dates.
import { useTranslation } from 'react-i18next';
import { CONSULTATION_CHANNELS } from '../../../common/consultations/consultation.schema.js';
import type { PacketConsultationRow } from '../../../common/review/packet-frames.schema.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDayOnly } from '../../ui/format-day-only.js';

function Consultation({ consultation, index }: { consultation: PacketConsultationRow; index: number }) {
  const { t, i18n } = useTranslation('inbox');
  const language = i18n.language;
  const titleId = `inbox-consultation-${index}`;
  const channel = CONSULTATION_CHANNELS.find((known) => known === consultation.channel);
  const dates =
    consultation.endsOn === null || consultation.endsOn === consultation.startsOn
      ? formatDayOnly(consultation.startsOn, language)
      : t('consultations.dates', { from: formatDayOnly(consultation.startsOn, language), to: formatDayOnly(consultation.endsOn, language) });
  return (
    <article className="inbox-consultation" aria-labelledby={titleId}>
      <h3 id={titleId}>{consultation.topic}</h3>
      <dl className="details">
        <DetailRow term={t('consultations.when')}>{dates}</DetailRow>
        <DetailRow term={t('consultations.channel')}>{channel === undefined ? consultation.channel : t(`consultations.channels.${channel}`)}</DetailRow>
        {consultation.participants.length > 0 ? <DetailRow term={t('consultations.participants')}>{consultation.participants.join(', ')}</DetailRow> : null}
      </dl>
      {consultation.feedback.length > 0 ? (
        <>
          <h4>{t('consultations.heard')}</h4>
          <ul className="inbox-plain-list">
            {consultation.feedback.map((item, position) => (
              <li key={position}>
                <strong>{item.theme}</strong>: <span className="prewrap">{item.text}</span>
                {item.quote.trim() !== '' ? <blockquote className="inbox-quote">{item.quote}</blockquote> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {consultation.actions.length > 0 ? (
        <>
          <h4>{t('consultations.actions')}</h4>
          <ul className="inbox-plain-list">
            {consultation.actions.map((action, position) => {
              const notes = [
                action.owner !== '' ? t('consultations.owner', { name: action.owner }) : null,
                action.dueOn !== null ? t('consultations.due', { date: formatDayOnly(action.dueOn, language) }) : null,
                action.doneOn !== null ? t('consultations.done', { date: formatDayOnly(action.doneOn, language) }) : null,
              ].filter((note) => note !== null);
              return (
                <li key={position}>
                  {action.text}
                  {notes.length > 0 ? <span className="muted"> — {notes.join(' · ')}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </article>
  );
}

export function PacketConsultations({ consultations }: { consultations: PacketConsultationRow[] }) {
  const { t } = useTranslation('inbox');
  return (
    <DetailSection id="inbox-consultations-title" title={t('consultations.title')}>
      {consultations.map((consultation, index) => (
        <Consultation key={consultation.id} consultation={consultation} index={index} />
      ))}
    </DetailSection>
  );
}
