// "Compose a packet": what to ask, who it is for, which applications, files, period and questions; "Preview" shows per
// member exactly what would travel and what stays; "Compose" then records one packet per member and opens it.
import { useCallback, useMemo, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import type { Application } from '../../../common/grants/application.schema.js';
import type { PacketPreview } from '../../../common/review/review.schema.js';
import { request } from '../../app/cre.js';
import { leaveThen } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { BackLink } from '../../ui/BackLink.js';
import { ConfirmLeaveDialog } from '../../ui/ConfirmLeaveDialog.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useRecordForm } from '../../ui/use-record-form.js';
import { ApplicationsPicker } from './ApplicationsPicker.js';
import { CoverFields, PeriodFieldset, RecipientsFieldset, SettingsFieldset } from './ComposeFields.js';
import { emptyComposeValues, toComposeInput, validateCompose, type ComposeFieldError, type ComposeFormValues } from './compose-form-model.js';
import { PacketFilesFieldset } from './PacketFilesFieldset.js';
import { PacketPreviewView } from './PacketPreviewView.js';
import { QuestionsFieldset } from './QuestionsFieldset.js';
import { useReviews } from './reviews-store.js';
import { useReviewWords } from './use-review-words.js';

/** The preview shown, and the form's packet it was made from: a change to the form makes it stale. */
interface ShownPreview {
  key: string;
  reply: Reply<PacketPreview[]>;
}

const keyOf = (values: ComposeFormValues) => JSON.stringify(toComposeInput(values));

function useKnownApplications() {
  const [known, setKnown] = useState<ReadonlyMap<string, Application>>(new Map());
  const files = useRef(new Map<string, readonly string[]>());
  const onKnown = useCallback((applications: readonly Application[]) => {
    setKnown((current) => new Map([...current, ...applications.map((application): [string, Application] => [application.id, application])]));
  }, []);
  const onFiles = useCallback((applicationId: string, attachmentIds: readonly string[]) => {
    files.current.set(applicationId, attachmentIds);
  }, []);
  const filesOf = useCallback((applicationId: string) => files.current.get(applicationId) ?? [], []);
  return { known, onKnown, onFiles, filesOf };
}

export function ComposePacketPage() {
  const { t } = useTranslation('review');
  const { refusalText } = useReviewWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const open = useReviews((state) => state.open);
  const [callId, setCallId] = useState('');
  const { known, onKnown, onFiles, filesOf } = useKnownApplications();
  const [preview, setPreview] = useState<ShownPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const defaults = useMemo(() => emptyComposeValues(), []);
  const messageOf = useCallback((error: ComposeFieldError) => t(`compose.error.${error.key}`, { max: error.max ?? 0 }), [t]);
  const record = useRecordForm<ComposeFormValues, ComposeFieldError>({
    defaults,
    validate: validateCompose,
    messageOf,
    send: async (values) => {
      const reply = await request((api) => api.reviewPackets.compose({ packet: toComposeInput(values) }));
      return reply.ok ? { ok: true, value: { id: reply.value.ids[0] ?? '' } } : reply;
    },
    onSaved: (id, values) => {
      const count = values.recipientIds.length;
      if (count === 1 && id !== '') open({ name: 'packet', id, notice: t('compose.composedOne') });
      else open({ name: 'packets', notice: t('compose.composed', { count }) });
    },
  });
  const { form } = record;
  const { errors, isSubmitting } = form.formState;
  const currentKey = keyOf(form.watch());

  const runPreview = form.handleSubmit(async (values) => {
    setPreviewing(true);
    const epoch = storeEpoch();
    const key = keyOf(values);
    const reply = await request((api) => api.reviewPackets.preview({ packet: toComposeInput(values) }));
    if (epoch !== storeEpoch()) return;
    setPreviewing(false);
    setPreview({ key, reply });
  });

  const fresh = preview !== null && preview.key === currentKey ? preview.reply : null;
  const back = () => open({ name: 'packets' });
  return (
    <div className="roster-stack reviews review-compose">
      <BackLink label={t('back')} onBack={() => leaveThen(back)} />
      <h1 ref={heading} tabIndex={-1}>
        {t('compose.title')}
      </h1>
      <p className="lead">{t('compose.intro')}</p>
      <FormProvider {...form}>
        <form className="form roster-form review-compose-form" noValidate onSubmit={(event) => void runPreview(event)}>
          <LiveMessage id="packet-form-errors" kind="alert" text={Object.keys(errors).length > 0 ? t('compose.fixErrors') : null} />
          <CoverFields />
          <RecipientsFieldset />
          <ApplicationsPicker callId={callId} onCallChange={setCallId} known={known} onKnown={onKnown} filesOf={filesOf} />
          <PacketFilesFieldset known={known} onFiles={onFiles} />
          <PeriodFieldset />
          <QuestionsFieldset />
          <SettingsFieldset />
          <div className="actions">
            <button type="submit" className="button primary" aria-disabled={previewing || undefined}>
              {t('compose.preview')}
            </button>
            <button type="button" className="button secondary" onClick={() => leaveThen(back)}>
              {t('compose.cancel')}
            </button>
          </div>
        </form>
      </FormProvider>
      <section className="card review-preview-card" aria-labelledby="packet-preview-title">
        <h2 id="packet-preview-title">{t('preview.title')}</h2>
        <div role="status" className="live-region">
          {previewing ? <p className="hint">{t('preview.loading')}</p> : null}
        </div>
        {preview === null && !previewing ? <p className="hint">{t('preview.first')}</p> : null}
        {preview !== null && fresh === null && !previewing ? <p className="message message-info">{t('preview.stale')}</p> : null}
        <LiveMessage id="packet-preview-error" kind="alert" text={fresh !== null && !fresh.ok ? refusalText(fresh.error) : null} />
        {fresh?.ok ? (
          <>
            <PacketPreviewView previews={fresh.value} />
            <div className="actions">
              <button type="button" className="button primary" aria-disabled={isSubmitting || undefined} onClick={() => !isSubmitting && void record.submit()}>
                {t('compose.compose', { count: fresh.value.length })}
              </button>
            </div>
          </>
        ) : null}
        <LiveMessage id="packet-compose-error" kind="alert" text={record.saveError} />
      </section>
      <ConfirmLeaveDialog
        pending={record.leave.pending}
        onStay={record.leave.stay}
        texts={{ title: t('leave.title'), text: t('leave.text'), stay: t('leave.stay'), leave: t('leave.leave') }}
      />
    </div>
  );
}
