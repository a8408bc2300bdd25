// The harmful projects list: one search box (name, location, financier or company, as you type), the projects found, add and deleted.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Factory } from 'lucide-react';
import { EmptyState } from '../../ui/EmptyState.js';
import { formatNumber } from '../../ui/format.js';
import { ListHead, ListResults, SearchField } from '../../ui/ListPageParts.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useTypedSearch } from '../../ui/use-typed-search.js';
import { countryName } from '../roster/place-names.js';
import { ProjectUndoNotice } from './ProjectUndoNotice.js';
import { PROJECTS_LIMIT, useProjects } from './projects-store.js';

export function ProjectsPage() {
  const { t, i18n } = useTranslation(['projects', 'taxonomy']);
  const heading = useRef<HTMLHeadingElement>(null);
  const text = useProjects((state) => state.text);
  const items = useProjects((state) => state.items);
  const listError = useProjects((state) => state.listError);
  const { search, open } = useProjects.getState();
  const [typed, setTyped] = useTypedSearch(useProjects);
  useFocusOnMount(heading);

  useEffect(() => {
    void search();
  }, [search]);

  const language = i18n.language;
  const total = items?.length ?? null;
  const countText = total === null ? t('list.searching') : t('list.count', { count: total, formatted: formatNumber(total, language) });
  const searching = text.trim() !== '';

  return (
    <div className="roster projects">
      <ListHead
        headingRef={heading}
        title={t('title')}
        addLabel={t('list.add')}
        onAdd={() => open({ name: 'create' })}
        deletedLabel={t('list.deleted')}
        onDeleted={() => open({ name: 'deleted' })}
      />
      <ProjectUndoNotice onDone={() => heading.current?.focus()} />
      <SearchField id="projects-search" label={t('list.searchLabel')} hint={t('list.searchHint')} value={typed} onChange={setTyped} landmark />
      <ListResults
        className="roster-results"
        titleId="projects-results-title"
        label={t('list.resultsLabel')}
        countText={countText}
        errorId="projects-list-error"
        error={listError}
        emptyText={total === 0 && searching ? t('list.nothingFound') : null}
        emptyState={
          total === 0 && !searching ? (
            <EmptyState
              id="projects-empty"
              level={3}
              icon={Factory}
              title={t('emptyState.title')}
              purpose={t('emptyState.purpose')}
              actions={[{ label: t('emptyState.first'), onClick: () => open({ name: 'create' }), primary: true }]}
            />
          ) : null
        }
      >
        {total === PROJECTS_LIMIT ? <p className="hint">{t('list.limited', { formatted: formatNumber(PROJECTS_LIMIT, language) })}</p> : null}
        {items && items.length > 0 ? (
          <RecordTable
            className="activity project-table"
            caption={t('list.resultsLabel')}
            columns={[t('field.name'), t('field.country'), t('field.sectors'), t('field.financiers'), t('field.stage')]}
            scroll={false}
          >
            {items.map((project) => (
              <tr key={project.id}>
                <RowLink className="link-button project-open" onOpen={() => open({ name: 'detail', id: project.id })}>
                  {project.name}
                </RowLink>
                <td>{countryName(project.country, language)}</td>
                <td>{project.sectors.map((sector) => t(`taxonomy:sector.${sector}`)).join(', ')}</td>
                <td>{project.financiers.length > 0 ? project.financiers.join(', ') : <span className="muted">{t('list.noFinancier')}</span>}</td>
                <td>
                  <span className={`badge stage-${project.stage}`}>{t(`taxonomy:projectStage.${project.stage}`)}</span>
                </td>
              </tr>
            ))}
          </RecordTable>
        ) : null}
      </ListResults>
    </div>
  );
}
