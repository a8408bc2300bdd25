// The short facts beside an application: what it is for (call, community and its links), how it came in, the decision,
// the award and its letter, the applicant's contacts (sensitive, kept in this vault only) and the record's dates.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import type { Application } from '../../../../common/grants/application.schema.js';
import { request } from '../../../app/cre.js';
import { goTo } from '../../../app/navigate.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency, formatDateTime } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { hasAwardLetter, hasAwardPage } from './application-format.js';

function LinkButton({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {children}
    </button>
  );
}

export function ApplicationWhat({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const { t: tx } = useTranslation('taxonomy');
  const language = i18n.language;
  const none = t('detail.none');
  const { struggleId, requestId, collaborationId, meetingId } = application;
  return (
    <DetailSection id="application-what-title" title={t('detail.what')}>
      <dl className="details">
        <DetailRow term={t('field.call')}>
          <LinkButton onClick={() => goTo({ section: 'grants', view: { name: 'call', id: application.callId } })}>{application.callTitle}</LinkButton>
        </DetailRow>
        <DetailRow term={t('field.community')}>
          <LinkButton onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: application.communityId } })}>{application.communityName}</LinkButton>
        </DetailRow>
        <DetailRow term={t('field.region')}>{tx(`region.${application.region}`)}</DetailRow>
        <DetailRow term={t('field.struggle')}>
          {struggleId === null ? none : <LinkButton onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: application.communityId } })}>{t('detail.openStruggle')}</LinkButton>}
        </DetailRow>
        <DetailRow term={t('field.request')}>
          {requestId === null ? none : <LinkButton onClick={() => goTo({ section: 'requests', view: { name: 'detail', id: requestId } })}>{t('detail.openRequest')}</LinkButton>}
        </DetailRow>
        <DetailRow term={t('field.collaboration')}>
          {collaborationId === null ? (
            none
          ) : (
            <LinkButton onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: collaborationId } })}>{t('detail.openCollaboration')}</LinkButton>
          )}
        </DetailRow>
        <DetailRow term={t('field.recipient')}>
          {application.recipient === 'community' ? t('recipient.community') : t('recipient.intermediaryNamed', { name: application.intermediaryName })}
        </DetailRow>
        <DetailRow term={t('field.letterLanguage')}>{languageName(application.letterLanguage, language)}</DetailRow>
        <DetailRow term={t('field.approvedAmount')}>
          {application.approvedAmount === null ? none : formatCurrency(application.approvedAmount, application.currency, language)}
        </DetailRow>
        <DetailRow term={t('field.rationale')}>
          <span className={application.decisionRationale ? 'prewrap' : undefined}>{application.decisionRationale || none}</span>
        </DetailRow>
        <DetailRow term={t('field.meeting')}>
          {meetingId === null ? none : <LinkButton onClick={() => goTo({ section: 'grants', view: { name: 'meeting', callId: application.callId, id: meetingId } })}>{t('detail.openMeeting')}</LinkButton>}
        </DetailRow>
      </dl>
    </DetailSection>
  );
}

export function ApplicationIntake({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applications' });
  const language = i18n.language;
  return (
    <DetailSection id="application-intake-title" title={t('detail.intake')}>
      <dl className="details">
        <DetailRow term={t('field.enteredBy')}>{application.enteredBy}</DetailRow>
        <DetailRow term={t('field.received')}>
          {formatDateTime(application.receivedAt, language)}
          {application.late ? <span className="badge grant-late">{t('list.late')}</span> : null}
        </DetailRow>
        {application.late ? <DetailRow term={t('field.lateReason')}>{application.lateReason}</DetailRow> : null}
        <DetailRow term={t('field.channel')}>{t(`channel.${application.channel}`)}</DetailRow>
        <DetailRow term={t('detail.created')}>{formatDateTime(application.createdAt, language)}</DetailRow>
        <DetailRow term={t('detail.updated')}>{formatDateTime(application.updatedAt, language)}</DetailRow>
      </dl>
    </DetailSection>
  );
}

export function ApplicantContacts({ application }: { application: Application }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const { t: tx } = useTranslation('taxonomy');
  return (
    <DetailSection id="application-contacts-title" title={t('contacts.title')}>
      <p className="hint">
        <span className="badge sensitive">{t('contacts.sensitive')}</span> {t('contacts.neverLeaves')}
      </p>
      {application.contacts.length === 0 ? (
        <p className="hint">{t('contacts.none')}</p>
      ) : (
        <ul className="contact-list">
          {application.contacts.map((contact, index) => (
            // Contacts have no id of their own; their order is the record's.
            <li key={index} className="contact">
              <span className="contact-type">{tx(`contactType.${contact.type}`)}</span>
              <span className="contact-value">{contact.value}</span>
              {contact.note ? <span className="contact-note muted">{contact.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

/** The award's place on the application: a link to its page, and the letter once awarded. */
export function AwardLinks({ application }: { application: Application }) {
  const { t } = useTranslation('grants', { keyPrefix: 'applications' });
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!hasAwardPage(application.state)) return null;

  async function saveLetter(): Promise<void> {
    setBusy(true);
    setError(null);
    setStatus(t('letter.writing'));
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantApplications.saveLetter({ id: application.id }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    setStatus(reply.ok && reply.value.saved ? t('letter.saved') : null);
    if (!reply.ok) setError(errorText(reply.error));
  }

  return (
    <DetailSection id="application-award-title" title={t('letter.title')}>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => goTo({ section: 'grants', view: { name: 'award', applicationId: application.id } })}>
          {application.state === 'approved' ? t('letter.makeAward') : t('letter.openAward')}
        </button>
        {hasAwardLetter(application.state) ? (
          <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && void saveLetter()}>
            {t('letter.save')}
          </button>
        ) : null}
      </div>
      {hasAwardLetter(application.state) ? <p className="hint">{t('letter.hint')}</p> : null}
      <LiveMessage id="application-letter-status" kind="status" tone={busy ? 'info' : 'success'} text={status} />
      <LiveMessage id="application-letter-error" kind="alert" text={error} />
    </DetailSection>
  );
}
