// Everything about one community: what it faces, asks for and takes part in (with similar struggles elsewhere) in the main
// column, the short facts beside it; sensitive contact values stay hidden until revealed (each reveal is logged). Edit is a
// button, Delete (asked first) is in the "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Community } from '../../../common/community/community.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { countryName, languageName } from '../roster/place-names.js';
import { BackToCommunities } from './BackToCommunities.js';
import { CommunityCollaborations } from './CommunityCollaborations.js';
import { CommunityRequests } from './CommunityRequests.js';
import { useCommunities } from './communities-store.js';
import { SimilarStruggles } from './SimilarStruggles.js';
import { StrugglesSection } from './StrugglesSection.js';
import { useCommunity } from './use-community.js';
import { ContactList } from '../../ui/ContactList.js';

function Details({ community, id }: { community: Community; id: string }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useCommunities.getState();
  // Revealed values live only in this screen's state: leaving it or locking drops them.
  const [contactValues, setContactValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const none = t('detail.none');
  const language = i18n.language;
  const coordinates = community.coordinates;
  const number = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value);

  async function revealContact(contactId: string): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.communities.revealContact({ id, contactId }));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) setContactValues((values) => ({ ...values, [contactId]: reply.value.value }));
    else setError(errorText(reply.error));
  }

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(id, community.name);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const hasSensitive = community.contacts.some((contact) => contact.masked);
  const main = (
    <>
      <StruggleSectionWithSimilar communityId={id} />
      <CommunityRequests communityId={id} />
      <CommunityCollaborations communityId={id} />
    </>
  );
  const aside = (
    <>
      <DetailSection id="community-where-title" title={t('detail.where')}>
        <dl className="details">
          <DetailRow term={t('field.country')}>{countryName(community.country, language)}</DetailRow>
          <DetailRow term={t('field.area')}>{community.area || none}</DetailRow>
          <DetailRow term={t('field.coordinates')}>
            {coordinates ? t('detail.coordinatesValue', { latitude: number(coordinates.latitude), longitude: number(coordinates.longitude) }) : none}
          </DetailRow>
          <DetailRow term={t('field.region')}>{t(`taxonomy:region.${community.region}`)}</DetailRow>
          <DetailRow term={t('field.languages')}>
            {community.languages.length > 0 ? community.languages.map((code) => languageName(code, language)).join(', ') : none}
          </DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="community-contacts-title" title={t('field.contacts')}>
        <ContactList
          contacts={community.contacts}
          revealed={contactValues}
          onReveal={(contactId) => void revealContact(contactId)}
          texts={{ none: t('detail.noContacts'), hidden: t('detail.hidden'), reveal: t('detail.reveal'), sensitive: t('detail.sensitive') }}
        />
      </DetailSection>

      <DetailSection id="community-notes-title" title={t('field.notes')}>
        <p className={community.notes ? 'prewrap' : 'hint'}>{community.notes || none}</p>
      </DetailSection>

      <DetailSection id="community-sharing-title" title={t('field.sharing')}>
        <p>
          <strong>{t(`taxonomy:sharing.${community.sharing}`)}</strong>
        </p>
        <p className="hint">{t(`sharing.${community.sharing}`)}</p>
      </DetailSection>

      <DetailSection id="community-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(community.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(community.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  return (
    <>
      <p className="lead">
        {countryName(community.country, language)} · {t(`taxonomy:region.${community.region}`)}
      </p>
      <DetailActions>
        <button type="button" className="button primary" onClick={() => open({ name: 'edit', id })}>
          {t('detail.edit')}
        </button>
        <ActionsMenu label={t('detail.moreActions')} actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { name: community.name }), () => void deleteIt())]} />
      </DetailActions>
      <LiveMessage id="community-detail-error" kind="alert" text={error} />
      {hasSensitive ? <p className="notice">{t('detail.revealLogged')}</p> : null}
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

/** The struggles, and the similar struggles read again whenever a struggle is linked, removed or put back. */
function StruggleSectionWithSimilar({ communityId }: { communityId: string }) {
  const [strugglesVersion, setStrugglesVersion] = useState(0);
  return (
    <>
      <StrugglesSection communityId={communityId} onChanged={() => setStrugglesVersion((v) => v + 1)} />
      <SimilarStruggles communityId={communityId} version={strugglesVersion} />
    </>
  );
}

export function CommunityDetail({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t } = useTranslation('communities');
  const errorText = useErrorText();
  const loaded = useCommunity(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack community-detail">
      <BackToCommunities />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? loaded.community.name : t('detail.title')}
      </h1>
      <LiveMessage id="community-detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="community-detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details community={loaded.community} id={id} /> : null}
    </div>
  );
}
