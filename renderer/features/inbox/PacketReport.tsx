// The monitoring report a packet carries for its period: the figures, labelled in the interface language (a key the page
// does not know shows as it is), and each collaboration with its lifecycle, outcomes and learnings.
import { useTranslation } from 'react-i18next';
import type { PacketCollaboration, PacketReportRow } from '../../../common/review/packet-frames.schema.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { formatNumber } from '../../ui/format.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { figureLabel, knownRegion, knownState } from './inbox-model.js';

/** A figure's label, or a collaboration stage's, in the interface language. */
function useReportWords() {
  const { t } = useTranslation(['inbox', 'dashboard', 'taxonomy']);
  const stageName = (stage: string) => {
    const state = knownState(stage);
    return state === null ? stage : t(`taxonomy:collaborationState.${state}`);
  };
  const figureName = (key: string) => {
    const label = figureLabel(key);
    switch (label.kind) {
      case 'headline':
        return t(`dashboard:figure.${label.figure}`);
      case 'status':
        return t('inbox:report.inStatus', { status: t(`taxonomy:collaborationState.${label.state}`) });
      case 'region':
        return t('inbox:report.inRegion', { region: t(`taxonomy:region.${label.region}`) });
      case 'area':
        return t('inbox:report.inArea', { area: label.area === null ? t('dashboard:area.notStated') : t(`taxonomy:strategy.${label.area}`) });
      case 'unknown':
        return label.key;
    }
  };
  return { stageName, figureName };
}

function Collaboration({ collaboration, index }: { collaboration: PacketCollaboration; index: number }) {
  const { t, i18n } = useTranslation(['inbox', 'taxonomy']);
  const { stageName } = useReportWords();
  const language = i18n.language;
  const titleId = `inbox-collaboration-${index}`;
  const region = knownRegion(collaboration.region);
  return (
    <article className="inbox-collaboration" aria-labelledby={titleId}>
      <h4 id={titleId}>{collaboration.title}</h4>
      <dl className="details">
        <DetailRow term={t('report.community')}>{collaboration.communityName ?? <span className="muted">{t('applications.blindHidden')}</span>}</DetailRow>
        {collaboration.region !== '' ? <DetailRow term={t('report.region')}>{region === null ? collaboration.region : t(`taxonomy:region.${region}`)}</DetailRow> : null}
        <DetailRow term={t('report.stage')}>{stageName(collaboration.stage)}</DetailRow>
        {collaboration.startedOn !== null ? <DetailRow term={t('report.startedOn')}>{formatDayOnly(collaboration.startedOn, language)}</DetailRow> : null}
      </dl>
      {collaboration.stages.length > 0 ? (
        <>
          <h5>{t('report.stages')}</h5>
          <ol className="inbox-plain-list">
            {collaboration.stages.map((entry, position) => (
              <li key={`${position}-${entry.stage}`}>{t('report.stageOn', { stage: stageName(entry.stage), date: formatDayOnly(entry.on, language) })}</li>
            ))}
          </ol>
        </>
      ) : null}
      {collaboration.outcomes.length > 0 ? (
        <>
          <h5>{t('report.outcomes')}</h5>
          <ul className="inbox-plain-list">
            {collaboration.outcomes.map((outcome, position) => (
              <li key={position} className="prewrap">
                {outcome}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {collaboration.learnings.length > 0 ? (
        <>
          <h5>{t('report.learnings')}</h5>
          <ul className="inbox-plain-list">
            {collaboration.learnings.map((learning, position) => (
              <li key={position} className="prewrap">
                {learning}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

export function PacketReport({ report }: { report: PacketReportRow }) {
  const { t, i18n } = useTranslation('inbox');
  const { figureName } = useReportWords();
  const language = i18n.language;
  return (
    <DetailSection id="inbox-report-title" title={t('report.title')}>
      <p className="hint">{t('report.period', { from: formatDayOnly(report.from, language), to: formatDayOnly(report.to, language) })}</p>
      {report.figures.length > 0 ? (
        <RecordTable className="activity inbox-figures" caption={t('report.figuresCaption')} columns={[t('report.figure'), { label: t('report.value'), className: 'numeric' }]}>
          {report.figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row">{figureName(figure.key)}</th>
              <td className="numeric">{formatNumber(figure.value, language)}</td>
            </tr>
          ))}
        </RecordTable>
      ) : null}
      <h3>{t('report.collaborations', { count: report.collaborations.length, formatted: formatNumber(report.collaborations.length, language) })}</h3>
      {report.collaborations.length === 0 ? <p className="hint">{t('report.noCollaborations')}</p> : null}
      {report.collaborations.map((collaboration, index) => (
        <Collaboration key={collaboration.id} collaboration={collaboration} index={index} />
      ))}
    </DetailSection>
  );
}
