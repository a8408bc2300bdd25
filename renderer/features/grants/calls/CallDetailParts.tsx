// What a call says, for its detail screen: its texts in each language, the eligibility checklist, the required
// documents, the rubric with each level's description, and the names of a targeted call's communities and requests.
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../common/code-names.js';
import { MAX_SCORE, type Call, type CallTarget } from '../../../../common/grants/call.schema.js';
import { request } from '../../../app/cre.js';
import { DetailSection } from '../../../ui/DetailParts.js';
import { RecordTable } from '../../../ui/RecordTable.js';
import { useLoaded } from '../../../ui/use-loaded.js';
import { ScrollingTable } from '../ScrollingTable.js';

const LEVELS = Array.from({ length: MAX_SCORE + 1 }, (_, level) => level);

/** Each language's title and text, the interface language first. */
export function CallTexts({ call }: { call: Call }) {
  const { t, i18n } = useTranslation('grants');
  const texts = [...call.texts].sort((a, b) => Number(b.language === i18n.language) - Number(a.language === i18n.language));
  return (
    <DetailSection id="grants-call-texts-title" title={t('calls.detail.texts')}>
      {texts.map((text) => (
        <section key={text.language} className="grants-call-text" lang={text.language} aria-labelledby={`grants-call-text-${text.language}`}>
          <h3 id={`grants-call-text-${text.language}`}>
            <span lang={i18n.language}>{languageName(text.language, i18n.language)}</span>: {text.title}
          </h3>
          {text.text ? <p className="prewrap">{text.text}</p> : <p className="hint">{t('calls.detail.noText')}</p>}
        </section>
      ))}
    </DetailSection>
  );
}

export function CallChecklist({ call }: { call: Call }) {
  const { t } = useTranslation('grants');
  return (
    <DetailSection id="grants-call-eligibility-title" title={t('calls.detail.eligibility')}>
      {call.eligibility.length === 0 ? (
        <p className="hint">{t('calls.detail.noEligibility')}</p>
      ) : (
        <ol className="grants-list">
          {call.eligibility.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ol>
      )}
      <h3>{t('calls.detail.documents')}</h3>
      {call.requiredDocuments.length === 0 ? (
        <p className="hint">{t('calls.detail.noDocuments')}</p>
      ) : (
        <ul className="grants-list">
          {call.requiredDocuments.map((document) => (
            <li key={document}>{document}</li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

/** The rubric: one row per criterion with its weight and what each level of the 0–5 scale means for it. */
export function RubricTable({ call }: { call: Call }) {
  const { t } = useTranslation('grants');
  return (
    <DetailSection id="grants-call-rubric-title" title={t('calls.detail.rubric')}>
      <ScrollingTable label={t('calls.detail.rubricScroll')}>
        <RecordTable
          className="activity grants-rubric"
          caption={t('calls.detail.rubric')}
          scroll={false}
          columns={[t('calls.field.criterion'), t('calls.field.weight'), ...LEVELS.map((level) => t('calls.detail.level', { level }))]}
        >
        {call.rubric.map((criterion) => (
          <tr key={criterion.id}>
            <th scope="row">{criterion.name}</th>
            <td className="numeric">{criterion.weight}</td>
            {LEVELS.map((level) => (
              <td key={level}>{criterion.levels[level] || '—'}</td>
            ))}
          </tr>
        ))}
        </RecordTable>
      </ScrollingTable>
    </DetailSection>
  );
}

/** How much of a request's description names it. */
const EXCERPT = 80;

async function targetName(target: CallTarget): Promise<string> {
  if (target.kind === 'community') {
    const reply = await request((api) => api.communities.get({ id: target.id }));
    return reply.ok ? reply.value.name : target.id;
  }
  const reply = await request((api) => api.requests.get({ id: target.id }));
  if (!reply.ok) return target.id;
  const text = reply.value.description.length > EXCERPT ? `${reply.value.description.slice(0, EXCERPT)}…` : reply.value.description;
  return `${reply.value.communityName}: ${text}`;
}

/** A targeted call's communities and requests, by name. */
export function CallTargets({ targets }: { targets: readonly CallTarget[] }) {
  const { t } = useTranslation('grants');
  const names = useLoaded(
    async () => ({ ok: true as const, value: await Promise.all(targets.map(async (target) => ({ ...target, name: await targetName(target) }))) }),
    targets.map((target) => target.id).join(','),
  );
  if (names.state !== 'ready') return <p className="hint">{t('calls.loading')}</p>;
  return (
    <ul className="grants-list">
      {names.value.map((target) => (
        <li key={target.id}>
          {t(`calls.targetKind.${target.kind}`)}: {target.name}
        </li>
      ))}
    </ul>
  );
}
