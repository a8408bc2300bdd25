// The first step of a merge: find the other entry by name; the entry being kept is left out of the results.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFacetValueLabel } from './labels.js';

const TYPING_PAUSE_MS = 200;
const MAX_CHOICES = 10;

export function MergePicker({ keepId, onPick }: { keepId: string; onPick: (id: string) => void }) {
  const { t } = useTranslation('roster');
  const errorText = useErrorText();
  const label = useFacetValueLabel();
  const [text, setText] = useState('');
  const [found, setFound] = useState<CollaboratorSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (text.trim() === '') return undefined;
    let current = true;
    const epoch = storeEpoch();
    const timer = window.setTimeout(() => {
      void request((api) =>
        api.roster.search({ query: { text, filters: {}, sort: 'relevance' }, offset: 0, limit: MAX_CHOICES + 1 }),
      ).then((reply) => {
        if (!current || epoch !== storeEpoch()) return;
        if (!reply.ok) {
          setError(errorText(reply.error));
          return;
        }
        setError(null);
        setFound(reply.value.items.filter((item) => item.id !== keepId).slice(0, MAX_CHOICES));
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, keepId, errorText]);

  const shown = text.trim() === '' ? null : found;
  return (
    <section className="card" aria-labelledby="merge-pick-title">
      <h2 id="merge-pick-title">{t('merge.pickTitle')}</h2>
      <div className="field">
        <label htmlFor="merge-find">{t('merge.findLabel')}</label>
        <input
          id="merge-find"
          className="input"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <LiveMessage id="merge-find-status" kind="status" text={shown === null ? null : t('merge.found', { count: shown.length })} />
      <LiveMessage id="merge-find-error" kind="alert" text={error} />
      {shown && shown.length > 0 ? (
        <ul className="merge-choices">
          {shown.map((item) => (
            <li key={item.id}>
              <button type="button" className="button secondary" onClick={() => onPick(item.id)}>
                {t('merge.choose', { name: item.name })}
              </button>{' '}
              <span className="muted">
                {label('kind', item.kind)} · {label('region', item.region)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
