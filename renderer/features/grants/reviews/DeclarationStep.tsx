// The conflict-of-interest declaration that comes before anything of the application: the call, the application's
// title and (unless the call is blind) the community, so the reviewer can tell; then "no conflict" or a conflict and why.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { declarationInputSchema } from '../../../../common/grants/review.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { DeclarationChoices } from './DeclarationChoices.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';

export interface DeclarationSubject {
  callTitle: string;
  applicationTitle: string;
  /** Null in a blind call: the reviewer is not told who applied. */
  communityName: string | null;
}

interface DeclarationStepProps {
  reviewId: string;
  subject: DeclarationSubject;
  /** The reviewer's name when the secretariat declares on their behalf; null for this vault's own reviewer. */
  onBehalfOf: string | null;
  onDeclared: () => void;
}

type Choice = 'none' | 'conflict';

export function DeclarationStep({ reviewId, subject, onBehalfOf, onDeclared }: DeclarationStepProps) {
  const { t } = useTranslation('grants');
  const errorText = useErrorText();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<{ choice?: string; reason?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSaveError(null);
    if (choice === null) {
      setFieldError({ choice: t('reviews.declaration.chooseOne') });
      return;
    }
    const checked = declarationInputSchema.safeParse({ declaration: choice, reason });
    if (!checked.success) {
      setFieldError({ reason: t('reviews.declaration.reasonRequired') });
      return;
    }
    setFieldError({});
    setBusy(true);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantReviews.declare({ id: reviewId, declaration: { declaration: choice, reason } }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (reply.ok) onDeclared();
    else setSaveError(errorText(reply.error));
  }

  return (
    <>
      <DetailSection id="grants-declaration-subject-title" title={t('reviews.declaration.subject')}>
        <dl className="details">
          <DetailRow term={t('reviews.call')}>{subject.callTitle}</DetailRow>
          <DetailRow term={t('reviews.application')}>{subject.applicationTitle}</DetailRow>
          <DetailRow term={t('reviews.community')}>{subject.communityName ?? <span className="muted">{t('reviews.blindHidden')}</span>}</DetailRow>
        </dl>
      </DetailSection>
      <form className="form roster-form grants-declaration" noValidate onSubmit={(event) => void submit(event)}>
        <LiveMessage id="grants-declaration-errors" kind="alert" text={fieldError.choice ?? fieldError.reason ?? null} />
        <fieldset className="form-section" aria-describedby="grants-declaration-hint">
          <legend>{onBehalfOf ? t('reviews.declaration.questionFor', { name: onBehalfOf }) : t('reviews.declaration.question')}</legend>
          <p id="grants-declaration-hint" className="hint">
            {t('reviews.declaration.hint')}
          </p>
          <DeclarationChoices
            idPrefix="grants-declaration"
            choice={choice}
            onChoice={setChoice}
            reason={reason}
            onReason={setReason}
            reasonError={fieldError.reason}
            labels={{ none: t('reviews.declaration.none'), conflict: t('reviews.declaration.conflict'), reason: t('reviews.declaration.reason'), reasonHint: t('reviews.declaration.reasonHint') }}
          />
        </fieldset>
        <LiveMessage id="grants-declaration-save-error" kind="alert" text={saveError} />
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy || undefined}>
            {t('reviews.declaration.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
