// Everything about one harmful project: the communities facing it, who finances and builds it and public references in the
// main column, where and what it is beside them. Edit is a button; Delete (asked first) is in the "More actions" menu.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarmfulProject } from '../../../common/community/community.schema.js';
import { ActionsMenu, deleteMenuAction } from '../../ui/ActionsMenu.js';
import { DetailActions, DetailColumns, DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime } from '../../ui/format.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { countryName } from '../roster/place-names.js';
import { BackToProjects } from './BackToProjects.js';
import { formatInvestment } from './project-format.js';
import { ProjectStruggles } from './ProjectStruggles.js';
import { useProjects } from './projects-store.js';
import { useProject } from './use-project.js';

/** A web address as selectable text: the desktop app does not open links. */
function UrlText({ url }: { url: string }) {
  return <span className="url-text">{url}</span>;
}

function Details({ project, id }: { project: HarmfulProject; id: string }) {
  const { t, i18n } = useTranslation(['projects', 'taxonomy']);
  const errorText = useErrorText();
  const { open, remove } = useProjects.getState();
  const [error, setError] = useState<string | null>(null);
  const language = i18n.language;
  const none = t('detail.none');
  const notKnown = t('detail.notKnown');

  async function deleteIt(): Promise<void> {
    setError(null);
    const reply = await remove(id, project.name);
    if (!reply.ok) setError(errorText(reply.error));
  }

  const hasLinks = project.references.length > 0 || project.financiers.some((financier) => financier.url);
  const main = (
    <>
      <ProjectStruggles projectId={id} />

      <DetailSection id="project-money-title" title={t('detail.money')}>
        <dl className="details">
          <DetailRow term={t('field.investment')}>{project.investment ? formatInvestment(project.investment, language) : notKnown}</DetailRow>
          <DetailRow term={t('field.boardDate')}>{project.boardDate ? formatDayOnly(project.boardDate, language, 'long') : notKnown}</DetailRow>
          <DetailRow term={t('field.companies')}>{project.companies.length > 0 ? project.companies.join(', ') : none}</DetailRow>
        </dl>
        <h3>{t('field.financiers')}</h3>
        {project.financiers.length === 0 ? (
          <p className="hint">{none}</p>
        ) : (
          <ul className="financier-list">
            {project.financiers.map((financier, index) => (
              <li key={`${financier.name}-${index}`}>
                <strong>{financier.name}</strong>
                {financier.projectId ? <span> · {t('detail.financierId', { id: financier.projectId })}</span> : null}
                {financier.url ? (
                  <>
                    {' · '}
                    <UrlText url={financier.url} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </DetailSection>

      <DetailSection id="project-references-title" title={t('field.references')}>
        {project.references.length === 0 ? (
          <p className="hint">{none}</p>
        ) : (
          <ul className="reference-list">
            {project.references.map((reference, index) => (
              <li key={`${reference.url}-${index}`}>
                <span>{reference.title}</span>
                <br />
                <UrlText url={reference.url} />
              </li>
            ))}
          </ul>
        )}
        {hasLinks ? <p className="hint">{t('detail.linksHint')}</p> : null}
      </DetailSection>

      <DetailSection id="project-notes-title" title={t('field.notes')}>
        <p className={project.notes ? 'prewrap' : 'hint'}>{project.notes || none}</p>
      </DetailSection>
    </>
  );
  const aside = (
    <>
      <DetailSection id="project-about-title" title={t('detail.about')}>
        <dl className="details">
          <DetailRow term={t('field.country')}>{countryName(project.country, language)}</DetailRow>
          <DetailRow term={t('field.location')}>{project.location || none}</DetailRow>
          <DetailRow term={t('field.sectors')}>
            {project.sectors.length > 0 ? project.sectors.map((sector) => t(`taxonomy:sector.${sector}`)).join(', ') : none}
          </DetailRow>
          <DetailRow term={t('field.stage')}>{t(`taxonomy:projectStage.${project.stage}`)}</DetailRow>
          <DetailRow term={t('field.riskCategory')}>{project.riskCategory ? t(`taxonomy:riskCategory.${project.riskCategory}`) : notKnown}</DetailRow>
        </dl>
      </DetailSection>

      <DetailSection id="project-record-title" title={t('detail.record')}>
        <dl className="details">
          <DetailRow term={t('detail.created')}>{formatDateTime(project.createdAt, language)}</DetailRow>
          <DetailRow term={t('detail.updated')}>{formatDateTime(project.updatedAt, language)}</DetailRow>
        </dl>
      </DetailSection>
    </>
  );
  return (
    <>
      <p className="lead">
        {countryName(project.country, language)}
        {project.location ? ` · ${project.location}` : ''} · {t(`taxonomy:projectStage.${project.stage}`)}
      </p>
      <DetailActions>
        <button type="button" className="button primary" onClick={() => open({ name: 'edit', id })}>
          {t('detail.edit')}
        </button>
        <ActionsMenu label={t('detail.moreActions')} actions={[deleteMenuAction(t, t('detail.deleteConfirm.title', { name: project.name }), () => void deleteIt())]} />
      </DetailActions>
      <LiveMessage id="project-detail-error" kind="alert" text={error} />
      <DetailColumns main={main} aside={aside} />
    </>
  );
}

export function ProjectDetail({ id }: { id: string }) {
  const { t } = useTranslation('projects');
  const errorText = useErrorText();
  const loaded = useProject(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack roster-detail project-detail">
      <BackToProjects />
      <h1 ref={heading} tabIndex={-1}>
        {loaded.state === 'ready' ? loaded.project.name : t('detail.title')}
      </h1>
      <LiveMessage id="project-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {loaded.state === 'ready' ? <Details project={loaded.project} id={id} /> : null}
    </div>
  );
}
