// Everything about one resource: its summary and attachments (stored inside the vault; "Add a file" stays in view) in the
// main column, what it is, who may receive it and its record beside them. Delete (asked first) is in "More actions".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../../common/resources/resource.schema.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { languageName } from '../roster/place-names.js';
import { AttachmentsSection } from './AttachmentsSection.js';
import { BackToResources } from './BackToResources.js';
import { useResources } from './resources-store.js';
import { useResource } from './use-resource.js';

function Details({ resource, onChanged }: { resource: Resource; onChanged: () => void }) {
  const { t, i18n } = useTranslation(['resources', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useResources.getState();
  const [error, setError] = useState<string | null>(null);
  const none = t('detail.none');
  const language = i18n.language;

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(resource.id, resource.title);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const main = (
    <>
      <DetailSection id="resource-summary-title" title={t('field.summary')}>
        <p className={resource.summary ? 'prewrap' : 'hint'}>{resource.summary || none}</p>
      </DetailSection>
      <AttachmentsSection resourceId={resource.id} attachments={resource.attachments} onChanged={onChanged} />
    </>
  );
  const aside = (
    <>
      <DetailSection id="resource-about-title" title={t('detail.about')}>
        <dl className="details">
          <DetailRow term={t('field.type')}>{t(`taxonomy:resourceType.${resource.type}`)}</DetailRow>
          <DetailRow term={t('field.strategyAreas')}>
            {resource.strategyAreas.length > 0 ? resource.strategyAreas.map((area) => t(`taxonomy:strategy.${area}`)).join(', ') : none}
          </DetailRow>
          <DetailRow term={t('field.languages')}>
            {resource.languages.length > 0 ? resource.languages.map((code) => languageName(code, language)).join(', ') : none}
          </DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="resource-sharing-title" title={t('field.sharing')}>
        <p>
          <strong>{t(`taxonomy:sharing.${resource.sharing}`)}</strong>
        </p>
        <p className="hint">{t(`sharing.${resource.sharing}`)}</p>
      </DetailSection>

      <DetailSection id="resource-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(resource.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(resource.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  return (
    <>
      <p className="lead">{t(`taxonomy:resourceType.${resource.type}`)}</p>
      <DetailActions>
        <button type="button" className="button primary" onClick={() => open({ name: 'edit', id: resource.id })}>
          {t('detail.edit')}
        </button>
        <ActionsMenu label={t('detail.moreActions')} actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { name: resource.title }), () => void deleteIt())]} />
      </DetailActions>
      <LiveMessage id="resource-detail-error" kind="alert" text={error} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function ResourceDetail({ id, notice = null }: { id: string; notice?: string | null }) {
  const { t } = useTranslation('resources');
  const errorText = useErrorText();
  const [loaded, reload] = useResource(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack resource-detail">
      <BackToResources />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? loaded.resource.title : t('detail.title')}
      </h1>
      <LiveMessage id="resource-detail-notice" kind="status" tone="success" text={notice} />
      <LiveMessage id="resource-detail-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details resource={loaded.resource} onChanged={reload} /> : null}
    </div>
  );
}
