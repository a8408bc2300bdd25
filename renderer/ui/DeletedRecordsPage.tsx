// A section's deleted records (tombstones), each with Restore; restoring puts a record back as it was, with its links.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Reply } from '../../common/contract/errors.js';
import { storeEpoch } from '../app/store-reset.js';
import { countryName } from '../features/roster/place-names.js';
import { formatDateTime } from './format.js';
import { LiveMessage } from './LiveMessage.js';
import { useErrorText } from './use-error-text.js';
import { useFocusOnMount } from './use-focus-on-mount.js';

export interface DeletedRecord {
  id: string;
  name: string;
  country: string;
  /** A tombstone's last change is its deletion. */
  updatedAt: string;
}

export interface DeletedTexts {
  title: string;
  intro: string;
  loading: string;
  empty: string;
  name: string;
  country: string;
  when: string;
  actions: string;
  restore: string;
  restored: (name: string) => string;
}

interface DeletedRecordsPageProps {
  load: () => Promise<Reply<DeletedRecord[]>>;
  restore: (id: string) => Promise<Reply<null>>;
  back: ReactNode;
  texts: DeletedTexts;
  language: string;
  /** Keeps the live regions' ids unique per section. */
  idPrefix: string;
}

export function DeletedRecordsPage({ load, restore, back, texts, language, idPrefix }: DeletedRecordsPageProps) {
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [entries, setEntries] = useState<DeletedRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  // Bumped after a restore, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void load().then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setEntries(reply.value);
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [version, errorText, load]);

  async function restoreEntry(entry: DeletedRecord): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await restore(entry.id);
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setRestored(entry.name);
    setVersion((v) => v + 1);
    // The restored row's button disappears with it; the heading is a stable place for focus.
    heading.current?.focus();
  }

  return (
    <div className="roster-stack">
      {back}
      <h1 ref={heading} tabIndex={-1}>
        {texts.title}
      </h1>
      <p className="lead">{texts.intro}</p>
      <LiveMessage id={`${idPrefix}-status`} kind="status" tone="success" text={restored ? texts.restored(restored) : null} />
      <LiveMessage id={`${idPrefix}-error`} kind="alert" text={error} />
      {entries === null ? (
        error === null ? <p className="hint">{texts.loading}</p> : null
      ) : entries.length === 0 ? (
        <p className="hint">{texts.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="activity deleted-table">
            <caption className="visually-hidden">{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.name}</th>
                <th scope="col">{texts.country}</th>
                <th scope="col">{texts.when}</th>
                <th scope="col">
                  <span className="visually-hidden">{texts.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.name}</td>
                  <td>{countryName(entry.country, language)}</td>
                  <td>{formatDateTime(entry.updatedAt, language)}</td>
                  <td>
                    <button type="button" className="button secondary small" onClick={() => void restoreEntry(entry)}>
                      {texts.restore}
                      <span className="visually-hidden"> {entry.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
