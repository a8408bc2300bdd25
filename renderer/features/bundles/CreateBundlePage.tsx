// "Create bundle for…": choose verified recipients (and "Send everything again", or between two facilitators the collaboration),
// see what will travel, then save the file with progress.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import type { ExportPreview } from '../../../common/bundles/bundle-views.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { BackLink } from '../../ui/BackLink.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { formatBytes } from '../resources/attachment-format.js';
import { totalRecords } from './bundle-format.js';
import { useBundles } from './bundles-store.js';
import { ExportPreviewView } from './ExportPreviewView.js';
import { JobProgress } from './JobProgress.js';
import { CollaborationField } from './CollaborationField.js';
import { RecipientsFieldset } from './RecipientsFieldset.js';
import { useBundleProgress } from './use-bundle-progress.js';
import { useBundleWords } from './use-bundle-words.js';

const NO_PREVIEW: Reply<ExportPreview | null> = { ok: true, value: null };

export function CreateBundlePage() {
  const { t, i18n } = useTranslation('bundles');
  const errorText = useErrorText();
  const { refusalText } = useBundleWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [everything, setEverything] = useState(false);
  /** Bumped after a save: what is new for the recipients changed. */
  const [revision, setRevision] = useState(0);
  const [token, setToken] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useBundleProgress(token);
  const open = useBundles((state) => state.open);
  useFocusOnMount(heading);

  const [collaboration, setCollaboration] = useState<{ id: string; label: string } | null>(null);
  const members = useLoaded(() => request((api) => api.team.list({})), 'members');
  const me = useLoaded(() => request((api) => api.team.me({})), 'me');
  const iFacilitate = me.state === 'ready' && me.value.role === 'facilitator';
  const chosenMembers = members.state === 'ready' ? members.value.filter((member) => chosen.includes(member.id)) : [];
  // Between two facilitators a bundle carries one collaboration; any other pairing never names one.
  const betweenFacilitators = iFacilitate && chosenMembers.length > 0 && chosenMembers.every((member) => member.role === 'facilitator');
  const collaborationId = betweenFacilitators ? (collaboration?.id ?? null) : null;
  const waitsForCollaboration = betweenFacilitators && collaborationId === null;
  const previewKey = `${chosen.join(',')}|${String(everything)}|${collaborationId ?? ''}|${revision}`;
  const preview = useLoaded(
    () =>
      chosen.length === 0 || waitsForCollaboration
        ? Promise.resolve(NO_PREVIEW)
        : request((api) => api.bundles.preview({ recipientIds: chosen, everything, collaborationId })),
    previewKey,
  );

  async function save(): Promise<void> {
    setStatus(null);
    setError(null);
    const started = crypto.randomUUID();
    setToken(started);
    const epoch = storeEpoch();
    const reply = await request((api) => api.bundles.export({ recipientIds: chosen, everything, collaborationId, token: started }));
    if (epoch !== storeEpoch()) return;
    setToken(null);
    if (!reply.ok) return setError(refusalText(reply.error));
    if (!reply.value.saved) return setStatus({ tone: 'info', text: t('create.cancelled') });
    const names = members.state === 'ready' ? members.value.filter((member) => chosen.includes(member.id)).map((member) => member.displayName) : [];
    const count = totalRecords(reply.value.contents);
    setStatus({ tone: 'success', text: t('create.saved', { names: names.join(', '), size: formatBytes(reply.value.bytes, i18n.language), count, formatted: formatNumber(count, i18n.language) }) });
    setEverything(false);
    setRevision((value) => value + 1);
    void useBundles.getState().loadHistory();
  }

  const canSave = token === null && chosen.length > 0 && preview.state === 'ready' && preview.value !== null;
  return (
    <div className="bundles bundle-create">
      <BackLink label={t('create.back')} onBack={() => open({ name: 'home' })} />
      <h1 ref={heading} tabIndex={-1}>
        {t('create.title')}
      </h1>
      <section className="card" aria-labelledby="bundle-choose-title">
        <h2 id="bundle-choose-title" className="visually-hidden">
          {t('create.recipients')}
        </h2>
        {members.state === 'failed' ? <p className="message message-error">{errorText(members.error)}</p> : null}
        {members.state === 'ready' ? <RecipientsFieldset members={members.value} chosen={chosen} onChange={setChosen} facilitator={iFacilitate} /> : null}
        {betweenFacilitators ? (
          <CollaborationField value={collaborationId} onChange={(id, label) => setCollaboration(id !== null && label !== null ? { id, label } : null)} />
        ) : null}
        <div className="checkbox-field bundle-everything">
          <input id="bundle-everything" type="checkbox" checked={everything} aria-describedby="bundle-everything-hint" onChange={(event) => setEverything(event.target.checked)} />
          <label htmlFor="bundle-everything">{t('create.everything')}</label>
          <p id="bundle-everything-hint" className="hint">
            {t('create.everythingHint')}
          </p>
        </div>
      </section>
      <section className="card" aria-labelledby="bundle-preview-title">
        <h2 id="bundle-preview-title">{t('create.previewTitle')}</h2>
        {chosen.length === 0 ? <p className="hint">{t('create.chooseFirst')}</p> : null}
        {chosen.length > 0 && waitsForCollaboration ? <p className="hint">{t('collaboration.chooseFirst')}</p> : null}
        {chosen.length > 0 && preview.state === 'loading' ? <p className="hint">{t('create.previewLoading')}</p> : null}
        {preview.state === 'failed' ? <p className="message message-error">{refusalText(preview.error)}</p> : null}
        {preview.state === 'ready' && preview.value !== null ? <ExportPreviewView preview={preview.value} collaborationLabel={collaboration?.label ?? null} /> : null}
        <div className="actions">
          <button type="button" className="button primary" aria-disabled={!canSave || undefined} onClick={() => canSave && void save()}>
            {t('create.save')}
          </button>
        </div>
        <div role="status" className="live-region">
          {token !== null ? <JobProgress id="bundle-export-progress" label={t('create.writing')} progress={progress} percentText={(percent) => t('create.percent', { percent })} /> : null}
        </div>
        <LiveMessage id="bundle-export-status" kind="status" tone={status?.tone} text={status?.text ?? null} />
        <LiveMessage id="bundle-export-error" kind="alert" text={error} />
      </section>
    </div>
  );
}
