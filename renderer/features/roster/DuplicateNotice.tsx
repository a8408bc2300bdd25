// The form's duplicate warning: entries with the same or a similar name (and country), checked as the user types and again on save.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { leaveThen } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import type { CollaboratorFormValues } from './collaborator-form-model.js';
import { countryName } from './place-names.js';
import { useRoster } from './roster-store.js';

const TYPING_PAUSE_MS = 400;

export interface DuplicateMatch {
  id: string;
  name: string;
  countries: string[];
  reason: 'same_name_and_country' | 'same_name' | 'similar_name';
}

export interface DuplicateCheck {
  matches: DuplicateMatch[];
  /** True when saving may go on: no duplicates, or the user has already been shown these ones (saving again is "save anyway"). */
  confirmSave(name: string, countries: string[]): Promise<boolean>;
}

const keyOf = (name: string, countries: string[]) => `${name.trim().toLowerCase()}|${[...countries].sort().join(',')}`;

async function find(name: string, countries: string[], excludeId: string | null): Promise<DuplicateMatch[] | null> {
  if (name.trim() === '') return [];
  const reply = await request((api) => api.roster.findDuplicates({ name: name.trim().slice(0, 200), countries, excludeId }));
  return reply.ok ? reply.value : null;
}

export function useDuplicateCheck(id: string | null, control: Control<CollaboratorFormValues>): DuplicateCheck {
  const name = useWatch({ control, name: 'name' });
  const countries = useWatch({ control, name: 'countries' });
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  // The name and countries whose matches are on screen: saving with those is a deliberate "save anyway".
  const shown = useRef<string | null>(null);

  const show = useCallback((key: string, found: DuplicateMatch[]) => {
    shown.current = found.length > 0 ? key : null;
    setMatches(found);
  }, []);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    const timer = window.setTimeout(() => {
      void find(name, countries, id).then((found) => {
        if (current && found !== null && epoch === storeEpoch()) show(keyOf(name, countries), found);
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [name, countries, id, show]);

  const confirmSave = useCallback(
    async (saveName: string, saveCountries: string[]) => {
      const key = keyOf(saveName, saveCountries);
      const found = await find(saveName, saveCountries, id);
      // A failed check does not block saving: the vault still validates the entry itself.
      if (found === null || found.length === 0) return true;
      if (shown.current === key) return true;
      show(key, found);
      return false;
    },
    [id, show],
  );

  return { matches, confirmSave };
}

export function DuplicateNotice({ matches }: { matches: DuplicateMatch[] }) {
  const { t, i18n } = useTranslation('roster');
  const open = useRoster((state) => state.open);
  return (
    <div id="duplicate-notice" role="status" className="live-region">
      {matches.length > 0 ? (
        <div className="notice duplicate-notice">
          <p>
            <strong>{t('duplicates.title', { count: matches.length })}</strong>
          </p>
          <ul className="duplicate-list">
            {matches.map((match) => (
              <li key={match.id}>
                {t('duplicates.item', {
                  name: match.name,
                  countries: match.countries.map((code) => countryName(code, i18n.language)).join(', ') || t('detail.none'),
                  reason: t(`duplicates.reason.${match.reason}`),
                })}{' '}
                <button type="button" className="link-button" onClick={() => leaveThen(() => open({ name: 'detail', id: match.id }))}>
                  {t('duplicates.open', { name: match.name })}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">{t('duplicates.saveAnyway')}</p>
        </div>
      ) : null}
    </div>
  );
}
