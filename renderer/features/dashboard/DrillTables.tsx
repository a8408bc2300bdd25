// The lists behind a figure: collaborations, communities or collaborators, each row opening the record in its own section.
import { useTranslation } from 'react-i18next';
import { NOT_STATED, type DashboardArea, type DrillCollaboration, type DrillCollaborator, type DrillCommunity } from '../../../common/dashboard/dashboard.schema.js';
import { goTo } from '../../app/navigate.js';
import { formatNumber } from '../../ui/format.js';
import { countryName } from '../roster/place-names.js';

const dayFormat = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export function CollaborationsTable({ items, caption }: { items: DrillCollaboration[]; caption: string }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const areaLabel = (area: DashboardArea) => (area === NOT_STATED ? t('area.notStated') : t(`taxonomy:strategy.${area}`));
  return (
    <table className="activity drill-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('drill.column.community')}</th>
          <th scope="col">{t('drill.column.region')}</th>
          <th scope="col">{t('drill.column.status')}</th>
          <th scope="col">{t('drill.column.areas')}</th>
          <th scope="col">{t('drill.column.owner')}</th>
          <th scope="col">{t('drill.column.started')}</th>
          <th scope="col">{t('drill.column.introduced')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: item.id } })}>
                {item.communityName}
              </button>
            </th>
            <td>{t(`taxonomy:region.${item.region}`)}</td>
            <td>{t(`taxonomy:collaborationState.${item.status}`)}</td>
            <td>{item.areas.map(areaLabel).join(', ')}</td>
            <td>{item.owner}</td>
            <td>{dayFormat(item.startedOn, i18n.language)}</td>
            <td>{item.introducedOn === null ? '' : dayFormat(item.introducedOn, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CommunitiesTable({ items, caption, countryFirst }: { items: DrillCommunity[]; caption: string; countryFirst: boolean }) {
  const { t, i18n } = useTranslation(['dashboard', 'taxonomy']);
  const country = (item: DrillCommunity) => countryName(item.country, i18n.language);
  const link = (item: DrillCommunity) => (
    <button type="button" className="link-button" onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: item.id } })}>
      {item.name}
    </button>
  );
  return (
    <table className="activity drill-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {countryFirst ? <th scope="col">{t('drill.column.country')}</th> : null}
          <th scope="col">{t('drill.column.community')}</th>
          {countryFirst ? null : <th scope="col">{t('drill.column.country')}</th>}
          <th scope="col">{t('drill.column.region')}</th>
          <th scope="col" className="number">
            {t('drill.column.collaborations')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            {countryFirst ? <td>{country(item)}</td> : null}
            <th scope="row">{link(item)}</th>
            {countryFirst ? null : <td>{country(item)}</td>}
            <td>{t(`taxonomy:region.${item.region}`)}</td>
            <td className="number">{formatNumber(item.collaborations, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CollaboratorsTable({ items, caption }: { items: DrillCollaborator[]; caption: string }) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <table className="activity drill-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('drill.column.name')}</th>
          <th scope="col" className="number">
            {t('drill.column.collaborations')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => goTo({ section: 'roster', view: { name: 'detail', id: item.id } })}>
                {item.name}
              </button>
            </th>
            <td className="number">{formatNumber(item.collaborations, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
