// What a member's return brought, on the packet's page: the declarations (conflicts with their reasons), the advisory
// scores per application with the weighted score, the answers to each question and the free advice, each with who
// said it and when.
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../common/grants/call.schema.js';
import type { Reply } from '../../../common/contract/errors.js';
import type { PacketQuestion } from '../../../common/review/packet-frames.schema.js';
import type { ReturnView } from '../../../common/review/review.schema.js';
import { request } from '../../app/cre.js';
import { DetailSection } from '../../ui/DetailParts.js';
import { formatDateTime, formatNumber } from '../../ui/format.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useLoaded } from '../../ui/use-loaded.js';

/** Each scored application's rubric, by application id; an application or call that cannot be read has none. */
async function loadRubrics(applicationIds: readonly string[]): Promise<Reply<Map<string, Criterion[]>>> {
  const rubrics = new Map<string, Criterion[]>();
  const calls = new Map<string, Criterion[]>();
  for (const applicationId of applicationIds) {
    const application = await request((api) => api.grantApplications.get({ id: applicationId }));
    if (!application.ok) continue;
    const { callId } = application.value;
    if (!calls.has(callId)) {
      const call = await request((api) => api.grantCalls.get({ id: callId }));
      calls.set(callId, call.ok ? call.value.rubric : []);
    }
    rubrics.set(applicationId, calls.get(callId) ?? []);
  }
  return { ok: true, value: rubrics };
}

function Declarations({ returned }: { returned: ReturnView }) {
  const { t, i18n } = useTranslation('review');
  if (returned.declarations.length === 0) return <p className="hint">{t('returned.noDeclarations')}</p>;
  return (
    <RecordTable
      className="activity review-declarations"
      caption={t('returned.declarationsCaption')}
      columns={[t('returned.application'), t('returned.declaration'), t('returned.reason'), t('returned.saidBy')]}
    >
      {returned.declarations.map((entry) => (
        <tr key={entry.applicationId} className={entry.declaration === 'conflict' ? 'review-conflict' : undefined}>
          <th scope="row">{entry.title}</th>
          <td>{entry.declaration === 'conflict' ? <span className="badge review-conflict-badge">{t('returned.conflict')}</span> : t('returned.noConflict')}</td>
          <td>{entry.reason === '' ? t('none') : entry.reason}</td>
          <td>{t('returned.byOn', { name: returned.memberName, date: formatDateTime(entry.declaredAt, i18n.language) })}</td>
        </tr>
      ))}
    </RecordTable>
  );
}

function Scores({ returned }: { returned: ReturnView }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  const ids = returned.scores.map((entry) => entry.applicationId);
  const rubrics = useLoaded(() => loadRubrics(ids), `rubrics:${ids.join(',')}`);
  if (returned.scores.length === 0) return <p className="hint">{t('returned.noScores')}</p>;
  const nameOf = (applicationId: string, criterionId: string) =>
    (rubrics.state === 'ready' ? rubrics.value.get(applicationId)?.find((criterion) => criterion.id === criterionId)?.name : undefined) ?? criterionId;
  return (
    <>
      {returned.scores.map((entry, index) => (
        <section key={entry.applicationId} className="review-score-block" aria-labelledby={`review-score-${index}-title`}>
          <h3 id={`review-score-${index}-title`}>{entry.title}</h3>
          <p>
            {entry.weighted === null ? t('returned.noWeighted') : t('returned.weighted', { score: formatNumber(entry.weighted, language) })}
            <span className="muted"> · {t('returned.byOn', { name: returned.memberName, date: formatDateTime(entry.scoredAt, language) })}</span>
          </p>
          <RecordTable
            className="activity review-scores"
            caption={t('returned.scoresCaption', { title: entry.title })}
            scroll={false}
            columns={[t('returned.criterion'), { label: t('returned.score'), className: 'numeric' }, t('returned.comment')]}
          >
            {entry.scores.map((score) => (
              <tr key={score.criterionId}>
                <th scope="row">{nameOf(entry.applicationId, score.criterionId)}</th>
                <td className="numeric">{t('returned.scoreOf', { score: formatNumber(score.score, language) })}</td>
                <td className="prewrap">{score.comment === '' ? t('none') : score.comment}</td>
              </tr>
            ))}
          </RecordTable>
        </section>
      ))}
    </>
  );
}

function Answers({ returned, questions }: { returned: ReturnView; questions: readonly PacketQuestion[] }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  if (returned.answers.length === 0) return <p className="hint">{t('returned.noAnswers')}</p>;
  return (
    <dl className="review-answers">
      {returned.answers.map((answer) => {
        const question = questions.find((candidate) => candidate.id === answer.questionId);
        const ends = question && question.kind === 'rating' && (question.lowLabel !== '' || question.highLabel !== '') ? t('returned.ends', { low: question.lowLabel, high: question.highLabel }) : null;
        return (
          <div key={answer.questionId} className="review-answer">
            <dt>{answer.question}</dt>
            <dd>
              {answer.kind === 'rating' ? (
                <p>
                  {answer.rating === null ? t('returned.noRating') : t('returned.rating', { rating: formatNumber(answer.rating, language) })}
                  {ends ? <span className="muted"> ({ends})</span> : null}
                </p>
              ) : null}
              {answer.text !== '' ? <p className="prewrap">{answer.text}</p> : answer.kind === 'text' ? <p className="muted">{t('returned.noText')}</p> : null}
              <p className="muted">{t('returned.byOn', { name: returned.memberName, date: formatDateTime(returned.returnedAt, language) })}</p>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function ReturnSections({ returned, questions }: { returned: ReturnView; questions: readonly PacketQuestion[] }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  return (
    <>
      <DetailSection id="review-returned-title" title={t('returned.title')}>
        <p>{t('returned.intro', { name: returned.memberName, returned: formatDateTime(returned.returnedAt, language), received: formatDateTime(returned.receivedAt, language) })}</p>
      </DetailSection>
      <DetailSection id="review-declarations-title" title={t('returned.declarations')}>
        <Declarations returned={returned} />
      </DetailSection>
      <DetailSection id="review-scores-title" title={t('returned.scores')}>
        <Scores returned={returned} />
      </DetailSection>
      <DetailSection id="review-answers-title" title={t('returned.answers')}>
        <Answers returned={returned} questions={questions} />
      </DetailSection>
      <DetailSection id="review-advice-title" title={t('returned.advice')}>
        {returned.advice === '' ? (
          <p className="hint">{t('returned.noAdvice')}</p>
        ) : (
          <>
            <p className="prewrap">{returned.advice}</p>
            <p className="muted">{t('returned.byOn', { name: returned.memberName, date: formatDateTime(returned.returnedAt, language) })}</p>
          </>
        )}
      </DetailSection>
    </>
  );
}
