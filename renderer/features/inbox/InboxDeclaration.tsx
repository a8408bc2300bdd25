// The declaration that comes before an application opens: what it is (call, title, community unless blind), then
// "I have no conflict of interest" or "I have a conflict" and why; a conflict closes the application for good.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxDeclareSchema } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { DeclarationChoices } from '../grants/reviews/DeclarationChoices.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';

interface InboxDeclarationProps {
  packetId: string;
  applicationId: string;
  callTitle: string;
  applicationTitle: string;
  /** Null in a blind review: the member is not told who applied. */
  communityName: string | null;
  onDeclared: () => void;
}

type Choice = 'none' | 'conflict';

export function InboxDeclaration({ packetId, applicationId, callTitle, applicationTitle, communityName, onDeclared }: InboxDeclarationProps) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<{ choice?: string; reason?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setSaveError(null);
    if (choice === null) {
      setFieldError({ choice: t('declare.chooseOne') });
      document.getElementById('inbox-declare-none')?.focus();
      return;
    }
    const input = { packetId, applicationId, declaration: choice, reason: choice === 'conflict' ? reason : '' };
    if (!inboxDeclareSchema.safeParse(input).success) {
      setFieldError({ reason: t('declare.reasonRequired') });
      document.getElementById('inbox-declare-reason')?.focus();
      return;
    }
    setFieldError({});
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.reviewInbox.declare(input));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (reply.ok) onDeclared();
    else setSaveError(errorText(reply.error));
  }

  return (
    <>
      <DetailSection id="inbox-declare-subject-title" title={t('declare.subject')}>
        <dl className="details">
          <DetailRow term={t('applications.call')}>{callTitle}</DetailRow>
          <DetailRow term={t('applications.application')}>{applicationTitle}</DetailRow>
          <DetailRow term={t('applications.community')}>{communityName ?? <span className="muted">{t('applications.blindHidden')}</span>}</DetailRow>
        </dl>
      </DetailSection>
      <form className="form roster-form card inbox-declare" noValidate onSubmit={(event) => void submit(event)}>
        <LiveMessage id="inbox-declare-errors" kind="alert" text={fieldError.choice ?? fieldError.reason ?? null} />
        <fieldset className="form-section" aria-describedby="inbox-declare-hint">
          <legend>{t('declare.question')}</legend>
          <p id="inbox-declare-hint" className="hint">
            {t('declare.hint')}
          </p>
          <DeclarationChoices
            idPrefix="inbox-declare"
            choice={choice}
            onChoice={setChoice}
            reason={reason}
            onReason={setReason}
            reasonError={fieldError.reason}
            labels={{ none: t('declare.none'), conflict: t('declare.conflict'), reason: t('declare.reason'), reasonHint: t('declare.reasonHint') }}
          />
        </fieldset>
        <LiveMessage id="inbox-declare-save-error" kind="alert" text={saveError} />
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy || undefined}>
            {t('declare.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
