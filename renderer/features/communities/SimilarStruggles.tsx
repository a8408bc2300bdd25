// Similar struggles: other communities ranked by what they share with this one (in words), each a link, with the
// learnings recorded in their collaborations. Compares the whole community, or one of its struggles. The most alike few
// show first; the others behind "Show N more", so the list does not make the page endless.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarCommunity, SimilarLearning } from '../../../common/community/similar.schema.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { countryName } from '../roster/place-names.js';
import { traitInWords } from './similar-words.js';
import { useLoaded } from '../../ui/use-loaded.js';

function LearningItem({ learning }: { learning: SimilarLearning }) {
  const { t } = useTranslation(['communities', 'taxonomy']);
  return (
    <li className="similar-learning">
      <p className="similar-learning-head">
        <strong>{learning.strategyArea ? t(`taxonomy:strategy.${learning.strategyArea}`) : t('similar.noArea')}</strong>
        {' · '}
        <button type="button" className="link-button" onClick={() => goTo({ section: 'collaborations', view: { name: 'detail', id: learning.collaborationId } })}>
          {t('similar.fromCollaboration', { state: t(`taxonomy:collaborationState.${learning.state}`) })}
        </button>
      </p>
      {learning.whatWorked ? (
        <p className="prewrap">
          <span className="similar-term">{t('similar.whatWorked')}</span> {learning.whatWorked}
        </p>
      ) : null}
      {learning.whatDidNot ? (
        <p className="prewrap">
          <span className="similar-term">{t('similar.whatDidNot')}</span> {learning.whatDidNot}
        </p>
      ) : null}
      {learning.text ? <p className="prewrap">{learning.text}</p> : null}
    </li>
  );
}

function SimilarItem({ similar, position }: { similar: SimilarCommunity; position: number }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const language = i18n.language;
  const { community } = similar;
  const more = similar.learningCount - similar.learnings.length;
  return (
    <li className="similar-item">
      <h3 id={`similar-${position}-title`}>
        <button type="button" className="link-button" onClick={() => goTo({ section: 'communities', view: { name: 'detail', id: community.id } })}>
          {community.name}
        </button>
      </h3>
      <p className="muted">
        {countryName(community.country, language)}
        {community.area ? ` · ${community.area}` : ''} · {t(`taxonomy:region.${community.region}`)}
      </p>
      <p className="similar-term">{t('similar.shared')}</p>
      <ul className="similar-traits">
        {similar.traits.map((trait) => (
          <li key={trait.kind}>{traitInWords(trait, t, language, (code) => countryName(code, language))}</li>
        ))}
      </ul>
      {similar.projects.length > 0 ? (
        <p>
          <span className="similar-term">{t('similar.faces')}</span>{' '}
          {similar.projects.map((project, index) => (
            <span key={project.id}>
              {index > 0 ? ', ' : null}
              <button type="button" className="link-button" onClick={() => goTo({ section: 'projects', view: { name: 'detail', id: project.id } })}>
                {project.name}
              </button>
            </span>
          ))}
        </p>
      ) : null}
      {similar.learnings.length > 0 ? (
        <>
          <h4>{t('similar.learnings')}</h4>
          <ul className="similar-learnings">
            {similar.learnings.map((learning, index) => (
              <LearningItem key={`${learning.collaborationId}-${index}`} learning={learning} />
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t('similar.noLearnings')}</p>
      )}
      {more > 0 ? <p className="hint">{t('similar.more', { count: more, formatted: formatNumber(more, language) })}</p> : null}
    </li>
  );
}

/** How many similar communities show before "Show N more". */
const FIRST_SHOWN = 2;

/** `version` changes when this community's struggles change, so the comparison is read again. */
export function SimilarStruggles({ communityId, version }: { communityId: string; version: number }) {
  const { t, i18n } = useTranslation('communities');
  const errorText = useErrorText();
  const scopeId = useId();
  const [showAll, setShowAll] = useState(false);
  // '' compares the whole community; otherwise the id of one of its struggles.
  const [scope, setScope] = useState('');
  const struggles = useLoaded(() => request((api) => api.struggles.list({ communityId })), `${communityId}:${version}`);
  const liveScope = struggles.state === 'ready' && struggles.value.some((struggle) => struggle.id === scope) ? scope : '';
  const similar = useLoaded(
    () =>
      request((api) =>
        liveScope ? api.similar.forStruggle({ struggleId: liveScope }) : api.similar.forCommunity({ communityId }),
      ),
    `${communityId}:${liveScope}:${version}`,
  );

  return (
    <section className="card community-part similar" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similar.title')}</h2>
      <p className="hint">{t('similar.intro')}</p>
      {struggles.state === 'ready' && struggles.value.length > 0 ? (
        <div className="field similar-scope">
          <label htmlFor={scopeId}>{t('similar.scope')}</label>
          <select id={scopeId} className="select" value={liveScope} onChange={(event) => setScope(event.target.value)}>
            <option value="">{t('similar.scopeAll')}</option>
            {struggles.value.map((struggle) => (
              <option key={struggle.id} value={struggle.id}>
                {t('similar.scopeStruggle', { project: struggle.project.name })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <LiveMessage
        id="similar-error"
        kind="alert"
        text={similar.state === 'failed' ? errorText(similar.error) : struggles.state === 'failed' ? errorText(struggles.error) : null}
      />
      {similar.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      {similar.state === 'ready' && similar.value.length === 0 ? <p className="hint">{t('similar.empty')}</p> : null}
      {similar.state === 'ready' && similar.value.length > 0 ? (
        <ol id="similar-list" className="similar-list" aria-label={t('similar.listLabel')}>
          {(showAll ? similar.value : similar.value.slice(0, FIRST_SHOWN)).map((item, index) => (
            <SimilarItem key={item.community.id} similar={item} position={index} />
          ))}
        </ol>
      ) : null}
      {similar.state === 'ready' && similar.value.length > FIRST_SHOWN ? (
        <div className="actions">
          <button type="button" className="button secondary" aria-expanded={showAll} aria-controls="similar-list" onClick={() => setShowAll((shown) => !shown)}>
            {showAll
              ? t('similar.showFewer')
              : t('similar.showAll', { count: similar.value.length - FIRST_SHOWN, formatted: formatNumber(similar.value.length - FIRST_SHOWN, i18n.language) })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
