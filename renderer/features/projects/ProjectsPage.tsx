// The harmful projects list: one search box (name, location, financier or company, as you type), the projects found, add and deleted.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { countryName } from '../roster/place-names.js';
import { ProjectUndoNotice } from './ProjectUndoNotice.js';
import { PROJECTS_LIMIT, useProjects } from './projects-store.js';

const TYPING_PAUSE_MS = 150;

export function ProjectsPage() {
  const { t, i18n } = useTranslation(['projects', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useProjects((state) => state.text);
  const items = useProjects((state) => state.items);
  const listError = useProjects((state) => state.listError);
  const { setText, search, open } = useProjects.getState();
  const [typed, setTyped] = useState(text);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  useEffect(() => {
    if (typed === useProjects.getState().text) return undefined;
    const timer = window.setTimeout(() => setText(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, setText]);

  const language = i18n.language;
  const total = items?.length ?? null;
  const countText = total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, language) });
  const searching = text.trim() !== '';

  return (
    <div className="roster projects">
      <div className="roster-head">
        <h1 ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <div className="actions">
          <button type="button" className="button primary" onClick={() => open({ name: 'create' })}>
            {t('list.add')}
          </button>
          <button type="button" className="button secondary" onClick={() => open({ name: 'deleted' })}>
            {t('list.deleted')}
          </button>
        </div>
      </div>
      <ProjectUndoNotice onDone={() => heading.current?.focus()} />
      <div role="search" className="field">
        <label htmlFor="projects-search">{t('list.searchLabel')}</label>
        <input
          id="projects-search"
          className="input"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="projects-search-hint"
        />
        <p id="projects-search-hint" className="hint">
          {t('list.searchHint')}
        </p>
      </div>
      <section className="roster-results" aria-labelledby="projects-results-title">
        <h2 id="projects-results-title" className="visually-hidden">
          {t('list.resultsLabel')}
        </h2>
        <p role="status" className="result-count">
          {countText}
        </p>
        <LiveMessage id="projects-list-error" kind="alert" text={listError ? errorText(listError) : null} />
        {total === 0 ? <p className="hint">{searching ? t('list.nothingFound') : t('list.empty')}</p> : null}
        {total === PROJECTS_LIMIT ? <p className="hint">{t('list.limited', { formatted: formatNumber(PROJECTS_LIMIT, language) })}</p> : null}
        {items && items.length > 0 ? (
          <table className="activity project-table">
            <caption className="visually-hidden">{t('list.resultsLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.country')}</th>
                <th scope="col">{t('field.sectors')}</th>
                <th scope="col">{t('field.financiers')}</th>
                <th scope="col">{t('field.stage')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((project) => (
                <tr key={project.id}>
                  <th scope="row">
                    <button type="button" className="link-button project-open" onClick={() => open({ name: 'detail', id: project.id })}>
                      {project.name}
                    </button>
                  </th>
                  <td>{countryName(project.country, language)}</td>
                  <td>{project.sectors.map((sector) => t(`taxonomy:sector.${sector}`)).join(', ')}</td>
                  <td>{project.financiers.length > 0 ? project.financiers.join(', ') : <span className="muted">{t('list.noFinancier')}</span>}</td>
                  <td>
                    <span className={`badge stage-${project.stage}`}>{t(`taxonomy:projectStage.${project.stage}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
