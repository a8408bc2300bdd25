// Everything about one collaborator: what they do, their collaborations and notes in the main column, who they are, how to
// reach them, vetting and availability beside them; sensitive contact values and risk notes stay hidden until revealed
// (each reveal is logged). Edit is a button; Merge and Delete (asked first) are in the "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaborator } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToRoster } from './BackToRoster.js';
import { CollaboratorCollaborations } from './CollaboratorCollaborations.js';
import { useFacetValueLabel } from './labels.js';
import { useRoster } from './roster-store.js';
import { useCollaborator } from './use-collaborator.js';
import { ContactList } from '../../ui/ContactList.js';

function Details({ collaborator, id }: { collaborator: Collaborator; id: string }) {
  const { t, i18n } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const label = useFacetValueLabel();
  const { open, remove } = useRoster.getState();
  // Revealed values live only in this screen's state: leaving it or locking drops them.
  const [contactValues, setContactValues] = useState<Record<string, string>>({});
  const [riskNotes, setRiskNotes] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const none = t('detail.none');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);

  async function revealContact(contactId: string): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.roster.revealContact({ id, contactId }));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) setContactValues((values) => ({ ...values, [contactId]: reply.value.value }));
    else setError(errorText(reply.error));
  }

  async function revealRisk(): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.roster.revealRiskNotes({ id }));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) setRiskNotes(reply.value.riskNotes);
    else setError(errorText(reply.error));
  }

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(id, collaborator.name);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const hasSensitive = collaborator.riskNotesMasked || collaborator.contacts.some((contact) => contact.masked);
  const main = (
    <>
      <DetailSection id="what-title" title={t('detail.what')}>
        <dl className="details">
          <DetailRow term={t('field.strategyAreas')}>{list(collaborator.strategyAreas.map((area) => label('strategy', area)))}</DetailRow>
          <DetailRow term={t('field.expertise')}>{list(collaborator.expertise)}</DetailRow>
        </dl>
      </DetailSection>

      <CollaboratorCollaborations collaboratorId={id} />

      <DetailSection id="notes-title" title={t('field.notes')}>
        <p className={collaborator.notes ? 'prewrap' : 'hint'}>{collaborator.notes || none}</p>
      </DetailSection>

      <DetailSection id="risk-title" title={t('field.riskNotes')}>
        {riskNotes !== null ? (
          <p className="prewrap">{riskNotes}</p>
        ) : collaborator.riskNotesMasked ? (
          <p className="masked-line">
            <span className="masked">{t('detail.hidden')}</span>{' '}
            <button type="button" className="button secondary small" onClick={() => void revealRisk()}>
              {t('detail.reveal')}
              <span className="visually-hidden"> {t('field.riskNotes')}</span>
            </button>
          </p>
        ) : (
          <p className="hint">{none}</p>
        )}
      </DetailSection>
    </>
  );
  const aside = (
    <>
      <DetailSection id="who-title" title={t('detail.who')}>
        <dl className="details">
          <DetailRow term={t('field.kind')}>{label('kind', collaborator.kind)}</DetailRow>
          <DetailRow term={t('field.region')}>{label('region', collaborator.region)}</DetailRow>
          <DetailRow term={t('field.countries')}>{list(collaborator.countries.map((code) => label('country', code)))}</DetailRow>
          <DetailRow term={t('field.languages')}>{list(collaborator.languages.map((code) => label('language', code)))}</DetailRow>
          <DetailRow term={t('field.levels')}>{list(collaborator.levels.map((level) => label('level', level)))}</DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="contacts-title" title={t('field.contacts')}>
        <ContactList
          contacts={collaborator.contacts}
          revealed={contactValues}
          onReveal={(contactId) => void revealContact(contactId)}
          texts={{ none: t('detail.noContacts'), hidden: t('detail.hidden'), reveal: t('detail.reveal'), sensitive: t('detail.sensitive') }}
        />
      </DetailSection>

      <DetailSection id="vetting-title" title={t('field.vetting')}>
        <dl className="details">
          <DetailRow term={t('field.vettingStatus')}>{label('vetting', collaborator.vetting.status)}</DetailRow>
          <DetailRow term={t('field.vouchedBy')}>{collaborator.vetting.vouchedBy || none}</DetailRow>
          <DetailRow term={t('field.vettingDate')}>{collaborator.vetting.date ? formatDayOnly(collaborator.vetting.date, i18n.language, 'long') : none}</DetailRow>
          <DetailRow term={t('field.vettingNote')}>{collaborator.vetting.note || none}</DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="availability-title" title={t('field.availability')}>
        <dl className="details">
          <DetailRow term={t('field.availabilityStatus')}>{label('availability', collaborator.availability.status)}</DetailRow>
          <DetailRow term={t('field.until')}>
            {collaborator.availability.until ? formatDayOnly(collaborator.availability.until, i18n.language, 'long') : none}
          </DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="sharing-title" title={t('field.sharing')}>
        <p>
          <strong>{t(`taxonomy:sharing.${collaborator.sharing}`)}</strong>
        </p>
        <p className="hint">{t(`sharing.${collaborator.sharing}`)}</p>
      </DetailSection>

      <DetailSection id="record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(collaborator.createdAt, i18n.language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(collaborator.updatedAt, i18n.language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  return (
    <>
      <p className="lead">
        {label('kind', collaborator.kind)} · {label('region', collaborator.region)}
      </p>
      <DetailActions>
        <button type="button" className="button primary" onClick={() => open({ name: 'edit', id })}>
          {t('detail.edit')}
        </button>
        <ActionsMenu
          label={t('detail.moreActions')}
          actions={[
            { id: 'merge', label: t('merge.start'), onAction: () => open({ name: 'merge', id }) },
            deleteMenuAction(t, t('detail.deleteConfirm.title', { name: collaborator.name }), () => void deleteIt()),
          ]}
        />
      </DetailActions>
      <LiveMessage id="detail-error" kind="alert" text={error} />
      {hasSensitive ? <p className="notice">{t('detail.revealLogged')}</p> : null}
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function CollaboratorDetail({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const loaded = useCollaborator(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack roster-detail">
      <BackToRoster />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? loaded.collaborator.name : t('detail.title')}
      </h1>
      <LiveMessage id="detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details collaborator={loaded.collaborator} id={id} /> : null}
    </div>
  );
}
