// A section's deleted records (tombstones), each with Restore; restoring puts a record back as it was, with its links.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../common/contract/errors.js';
import { storeEpoch } from '../app/store-reset.js';
import { countryName } from '../features/roster/place-names.js';
import { formatDateTime } from './format.js';
import { LiveMessage } from './LiveMessage.js';
import { RecordTable } from './RecordTable.js';
import { useErrorText } from './use-error-text.js';
import { useFocusOnMount } from './use-focus-on-mount.js';

export interface DeletedRecord {
  id: string;
  name: string;
  /** A tombstone's last change is its deletion. */
  updatedAt: string;
}

/** A column between the name and the time of deletion, e.g. the country. */
export interface DeletedDetail<T> {
  label: string;
  value: (entry: T) => string;
}

/** The sections whose catalogs hold the deleted view's words under the same keys. */
type DeletedNamespace = 'roster' | 'communities' | 'projects' | 'requests' | 'collaborations' | 'resources';

/** The deleted view's words, for a section whose catalog keeps them under keys of its own. */
export interface DeletedWords {
  title: string;
  intro: string;
  empty: string;
  when: string;
  actions: string;
  restore: string;
  loading: string;
  restored: (name: string) => string;
}

type DeletedRecordsPageProps<T extends DeletedRecord> = {
  load: () => Promise<Reply<T[]>>;
  restore: (id: string) => Promise<Reply<null>>;
  back: ReactNode;
  /** The heading of the name column. */
  nameLabel: string;
  /** Columns between the name and the time of deletion. */
  detail?: DeletedDetail<T> | readonly DeletedDetail<T>[];
  /** Keeps the live regions' ids unique per section. */
  idPrefix: string;
} & ({ namespace: DeletedNamespace; words?: never } | { words: DeletedWords; namespace?: never });

/** The detail column that names each record's country in the interface language. */
export function countryDetail(label: string, language: string): DeletedDetail<{ country: string }> {
  return { label, value: (entry) => countryName(entry.country, language) };
}

export function DeletedRecordsPage<T extends DeletedRecord>({ load, restore, back, namespace, words: given, nameLabel, detail, idPrefix }: DeletedRecordsPageProps<T>) {
  const { t, i18n } = useTranslation(namespace ?? 'roster');
  const words: DeletedWords = given ?? {
    title: t('deleted.title'),
    intro: t('deleted.intro'),
    empty: t('deleted.empty'),
    when: t('deleted.when'),
    actions: t('deleted.actions'),
    restore: t('deleted.restore'),
    loading: t('detail.loading'),
    restored: (name) => t('undo.restored', { name }),
  };
  const details = detail === undefined ? [] : Array.isArray(detail) ? (detail as readonly DeletedDetail<T>[]) : [detail as DeletedDetail<T>];
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [entries, setEntries] = useState<T[] | null>(null);
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

  async function restoreEntry(entry: T): Promise<void> {
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

  const title = words.title;
  const columns = [nameLabel, ...details.map((d) => d.label), words.when, { label: words.actions, hidden: true }];
  return (
    <div className="roster-stack">
      {back}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{words.intro}</p>
      <LiveMessage id={`${idPrefix}-status`} kind="status" tone="success" text={restored ? words.restored(restored) : null} />
      <LiveMessage id={`${idPrefix}-error`} kind="alert" text={error} />
      {entries === null ? (
        error === null ? <p className="hint">{words.loading}</p> : null
      ) : entries.length === 0 ? (
        <p className="hint">{words.empty}</p>
      ) : (
        <RecordTable className="activity deleted-table" caption={title} columns={columns}>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{entry.name}</td>
              {details.map((d) => (
                <td key={d.label}>{d.value(entry)}</td>
              ))}
              <td>{formatDateTime(entry.updatedAt, i18n.language)}</td>
              <td>
                <button type="button" className="button secondary small" onClick={() => void restoreEntry(entry)}>
                  {words.restore}
                  <span className="visually-hidden"> {entry.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </div>
  );
}
