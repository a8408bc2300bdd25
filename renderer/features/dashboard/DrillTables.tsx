// The lists behind a figure: collaborations, communities or collaborators, each row opening the record in its own section.
import { useTranslation } from 'react-i18next';
import { NOT_STATED, type DashboardArea, type DrillCollaboration, type DrillCollaborator, type DrillCommunity } from '../../../common/dashboard/dashboard.schema.js';
import { goTo } from '../../app/navigate.js';
import { formatNumber } from '../../ui/format.js';
import { RecordTable, RowLink } from '../../ui/RecordTable.js';
import { countryName } from '../roster/place-names.js';

const dayFormat = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The drill page wraps the table so it scrolls sideways. */
const DRILL_TABLE = { className: 'activity drill-table', scroll: false } as const;

export function CollaborationsTable({ items, caption }: { items: DrillCollaboration[]; caption: string }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const areaLabel = (area: DashboardArea) => (area === NOT_STATED ? t('area.notStated') : t(`taxonomy:strategy.${area}`));
  const columns = ['community', 'region', 'status', 'areas', 'owner', 'started', 'introduced'] as const;
  return (
    <RecordTable {...DRILL_TABLE} caption={caption} columns={columns.map((column) => t(`drill.column.${column}`))}>
      {items.map((item) => (
        <tr key={item.id}>
          <RowLink onOpen={() => goTo({ section: 'collaborations', view: { name: 'detail', id: item.id } })}>{item.communityName}</RowLink>
          <td>{t(`taxonomy:region.${item.region}`)}</td>
          <td>{t(`taxonomy:collaborationState.${item.status}`)}</td>
          <td>{item.areas.map(areaLabel).join(', ')}</td>
          <td>{item.owner}</td>
          <td>{dayFormat(item.startedOn, i18n.language)}</td>
          <td>{item.introducedOn === null ? '' : dayFormat(item.introducedOn, i18n.language)}</td>
        </tr>
      ))}
    </RecordTable>
  );
}

export function CommunitiesTable({ items, caption, countryFirst }: { items: DrillCommunity[]; caption: string; countryFirst: boolean }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const community = t('drill.column.community');
  const country = t('drill.column.country');
  const columns = [...(countryFirst ? [country, community] : [community, country]), t('drill.column.region'), { label: t('drill.column.collaborations'), className: 'number' }];
  return (
    <RecordTable {...DRILL_TABLE} caption={caption} columns={columns}>
      {items.map((item) => {
        const countryCell = <td>{countryName(item.country, i18n.language)}</td>;
        return (
          <tr key={item.id}>
            {countryFirst ? countryCell : null}
            <RowLink onOpen={() => goTo({ section: 'communities', view: { name: 'detail', id: item.id } })}>{item.name}</RowLink>
            {countryFirst ? null : countryCell}
            <td>{t(`taxonomy:region.${item.region}`)}</td>
            <td className="number">{formatNumber(item.collaborations, i18n.language)}</td>
          </tr>
        );
      })}
    </RecordTable>
  );
}

export function CollaboratorsTable({ items, caption }: { items: DrillCollaborator[]; caption: string }) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <RecordTable {...DRILL_TABLE} caption={caption} columns={[t('drill.column.name'), { label: t('drill.column.collaborations'), className: 'number' }]}>
      {items.map((item) => (
        <tr key={item.id}>
          <RowLink onOpen={() => goTo({ section: 'roster', view: { name: 'detail', id: item.id } })}>{item.name}</RowLink>
          <td className="number">{formatNumber(item.collaborations, i18n.language)}</td>
        </tr>
      ))}
    </RecordTable>
  );
}
