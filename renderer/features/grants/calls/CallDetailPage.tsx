// Everything about one call: its texts, checklist and documents in the main column; kind, places, dates in the call's
// time zone, money, working group and lifecycle beside them; the rubric across the whole width below. Edit, Applications, Ranked table, New application and
// Decision meeting are buttons; Export CSV and Delete (asked first, with undo on the list) are in "More actions".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callTitle, type Call } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { storeEpoch } from '../../../app/store-reset.js';
import { ActionsMenu, deleteMenuAction } from '../../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../../ui/DetailParts.js';
import { formatCurrency, formatDateTime, formatNumber } from '../../../ui/format.js';
import { LiveMessage } from '../../../ui/LiveMessage.js';
import { useErrorText } from '../../../ui/use-error-text.js';
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { formatInZone } from '../grants-format.js';
import { useGrants } from '../grants-store.js';
import { BackToCalls } from './BackToCalls.js';
import { CallChecklist, CallTargets, CallTexts, RubricTable } from './CallDetailParts.js';
import { CallLifecycle } from './CallLifecycle.js';
import { useCall } from '../use-grant-calls.js';

/** At most this many applications are counted; more shows as "500 or more". */
const COUNT_LIMIT = 500;

function useApplicationCount(callId: string): number | null {
  const loaded = useLoaded(() => request((api) => api.grantApplications.list({ callId, communityId: null, states: [], deleted: false, offset: 0, limit: COUNT_LIMIT })), callId);
  return loaded.state === 'ready' ? loaded.value.length : null;
}

function Facts({ call }: { call: Call }) {
  const { t, i18n } = useTranslation(['grants', 'taxonomy']);
  const language = i18n.language;
  const none = t('calls.detail.none');
  return (
    <>
      <DetailSection id="grants-call-facts-title" title={t('calls.detail.facts')}>
        <dl className="details">
          <DetailRow term={t('calls.field.kind')}>{t(`calls.kind.${call.kind}`)}</DetailRow>
          <DetailRow term={t('calls.field.regions')}>{call.regions.map((region) => t(`taxonomy:region.${region}`)).join(', ')}</DetailRow>
          <DetailRow term={t('calls.field.strategyAreas')}>{call.strategyAreas.length === 0 ? none : call.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ')}</DetailRow>
          <DetailRow term={t('calls.field.opensAt')}>{formatInZone(call.opensAtInstant, call.timeZone, language)}</DetailRow>
          <DetailRow term={t('calls.field.closesAt')}>{formatInZone(call.closesAtInstant, call.timeZone, language)}</DetailRow>
          <DetailRow term={t('calls.field.ceiling')}>{formatCurrency(call.ceiling, call.currency, language)}</DetailRow>
          <DetailRow term={t('calls.field.envelope')}>{formatCurrency(call.envelope, call.currency, language)}</DetailRow>
        </dl>
        {call.kind === 'targeted' ? (
          <>
            <h3>{t('calls.field.targets')}</h3>
            <CallTargets targets={call.targets} />
          </>
        ) : null}
      </DetailSection>
      <DetailSection id="grants-call-group-title" title={t('calls.field.workingGroup')}>
        {call.workingGroup.length === 0 ? (
          <p className="hint">{t('calls.detail.noGroup')}</p>
        ) : (
          <ul className="grants-list">
            {call.workingGroup.map((member) => (
              <li key={member.vaultId}>{member.name}</li>
            ))}
          </ul>
        )}
        <dl className="details">
          <DetailRow term={t('calls.field.quorum')}>{formatNumber(call.quorum, language)}</DetailRow>
          <DetailRow term={t('calls.field.blind')}>{call.blind ? t('calls.detail.blindYes') : t('calls.detail.blindNo')}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
}

function Details({ call, reload }: { call: Call; reload: () => void }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const { open, remove } = useGrants.getState();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const count = useApplicationCount(call.id);
  const live = call.deletedAt === null;
  const title = callTitle(call, i18n.language);

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(call.id, title);
    if (!reply.ok) setError(errorText(reply.error));
  }

  async function exportCsv(): Promise<void> {
    setError(null);
    setStatus(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.grantCalls.exportCsv({ id: call.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) setError(errorText(reply.error));
    else if (reply.value.saved) setStatus(t('calls.detail.exported'));
  }

  const applicationsLabel =
    count === null ? t('calls.detail.applications') : t('calls.detail.applicationsCount', { count, formatted: formatNumber(count, i18n.language) + (count >= COUNT_LIMIT ? '+' : '') });
  return (
    <>
      <p className="lead">
        {t(`calls.state.${call.state}`)} · {t(`calls.kind.${call.kind}`)}
      </p>
      {live ? (
        <DetailActions>
          <button type="button" className="button primary" onClick={() => open({ name: 'callForm', id: call.id })}>
            {t('calls.detail.edit')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'applications', callId: call.id })}>
            {applicationsLabel}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'ranked', callId: call.id })}>
            {t('calls.detail.ranked')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'applicationForm', id: null, callId: call.id, communityId: null })}>
            {t('calls.detail.newApplication')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'meeting', callId: call.id, id: null })}>
            {t('calls.detail.meeting')}
          </button>
          <ActionsMenu
            label={t('calls.detail.moreActions')}
            actions={[
              { id: 'export', label: t('calls.detail.exportCsv'), onAction: () => void exportCsv() },
              deleteMenuAction((key) => t(`calls.${key}`), t('calls.detail.deleteConfirm.title', { name: title }), () => void deleteIt()),
            ]}
          />
        </DetailActions>
      ) : (
        <p className="notice">{t('calls.detail.isDeleted')}</p>
      )}
      <LiveMessage id="grants-call-status" kind="status" tone="success" text={status} />
      <LiveMessage id="grants-call-error" kind="alert" text={error} />
      <DetailColumns
        main={
          <>
            <CallTexts call={call} />
            <CallChecklist call={call} />
          </>
        }
        aside={
          <>
            <Facts call={call} />
            {live ? <CallLifecycle call={call} onMoved={reload} /> : null}
            <DetailSection id="grants-call-record-title" title={t('calls.detail.record')}>
              <dl className="details">
                <DetailRow term={t('calls.detail.created')}>{formatDateTime(call.createdAt, i18n.language)}</DetailRow>
                <DetailRow term={t('calls.detail.updated')}>{formatDateTime(call.updatedAt, i18n.language)}</DetailRow>
              </dl>
            </DetailSection>
          </>
        }
      />
      {/* The rubric takes the page's whole width: six level descriptions side by side. */}
      <RubricTable call={call} />
    </>
  );
}

export function CallDetailPage({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t, i18n } = useTranslation('grants');
  const errorText = useErrorText();
  const { loaded, reload } = useCall(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack grants-call-detail">
      <BackToCalls />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? callTitle(loaded.value, i18n.language) : t('calls.detail.title')}
      </h1>
      <LiveMessage id="grants-call-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="grants-call-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('calls.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details call={loaded.value} reload={reload} /> : null}
    </div>
  );
}
