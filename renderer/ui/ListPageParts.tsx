// The pieces every section's list screen is built from: the heading with Add and Deleted, the search box, a filter
// select, and the results with their count, error, empty hint and "Show more".
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import { formatNumber } from './format.js';
import { LiveMessage } from './LiveMessage.js';
import { useErrorText } from './use-error-text.js';

interface ListHeadProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  title: string;
  addLabel: string;
  onAdd: () => void;
  deletedLabel: string;
  onDeleted: () => void;
  /** Further actions after Add and Deleted. */
  children?: ReactNode;
}

export function ListHead({ headingRef, title, addLabel, onAdd, deletedLabel, onDeleted, children }: ListHeadProps) {
  return (
    <div className="roster-head">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <div className="actions">
        <button type="button" className="button primary" onClick={onAdd}>
          {addLabel}
        </button>
        <button type="button" className="button secondary" onClick={onDeleted}>
          {deletedLabel}
        </button>
        {children}
      </div>
    </div>
  );
}

interface SearchFieldProps {
  /** The input's id; its hint's id is this with "-hint". */
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
  onKeyDown?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
  /** Makes the field itself the search landmark, where no search bar holds it. */
  landmark?: boolean;
}

export function SearchField({ id, label, hint, value, onChange, maxLength, onKeyDown, landmark = false }: SearchFieldProps) {
  return (
    <div className="field" role={landmark ? 'search' : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
}

/** The "any" choice's value: the select has no empty value of its own. */
const ANY = '';

interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  value: T | null;
  choices: readonly T[];
  choiceLabel: (choice: T) => string;
  /** The first choice, meaning "no filter" (null); none when the filter always has a value. */
  anyLabel?: string;
  onChange: (value: T | null) => void;
}

export function FilterSelect<T extends string>({ id, label, value, choices, choiceLabel, anyLabel, onChange }: FilterSelectProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ANY}
        // The options are the choices and ANY, so the value is one of them.
        onChange={(event) => onChange(event.target.value === ANY ? null : (event.target.value as T))}
      >
        {anyLabel !== undefined ? <option value={ANY}>{anyLabel}</option> : null}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ListResultsProps {
  className: string;
  /** The id of the results' heading, heard by screen readers only. */
  titleId: string;
  label: string;
  countText: string;
  errorId: string;
  error: CreErrorPayload | null;
  /** Shown instead of records: nothing yet, or nothing found. */
  emptyText: string | null;
  /** Shown instead of records when the section holds none at all: what it is for and its first actions (ui/EmptyState). */
  emptyState?: ReactNode;
  /** "Show more" and how it reads the next page; null when everything is shown. */
  more?: ShowMoreProps | null;
  children: ReactNode;
}

export function ListResults({ className, titleId, label, countText, errorId, error, emptyText, emptyState = null, more = null, children }: ListResultsProps) {
  const errorText = useErrorText();
  return (
    <section className={className} aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {label}
      </h2>
      <p role="status" className="result-count">
        {countText}
      </p>
      <LiveMessage id={errorId} kind="alert" text={error ? errorText(error) : null} />
      {emptyText !== null ? <p className="hint">{emptyText}</p> : null}
      {emptyState}
      {children}
      {more !== null ? <ShowMore {...more} /> : null}
    </section>
  );
}

interface ShowMoreProps {
  label: string;
  onMore: () => void;
}

/** "Show more": reads the list's next page. */
export function ShowMore({ label, onMore }: ShowMoreProps) {
  return (
    <div className="actions">
      <button type="button" className="button secondary" onClick={onMore}>
        {label}
      </button>
    </div>
  );
}

/** The sections whose list pages are read a page at a time, their catalogs holding the count's words under the same keys. */
type PagedNamespace = 'communities' | 'requests' | 'collaborations' | 'resources';

/** "Loading…", "12 communities" or "50 communities shown; there are more": a paged list's count in words. */
export function usePagedCountText(namespace: PagedNamespace, items: readonly unknown[] | null, hasMore: boolean): string {
  const { t, i18n } = useTranslation(namespace);
  if (items === null) return t('list.loading');
  const count = items.length;
  const formatted = formatNumber(count, i18n.language);
  return hasMore ? t('list.countMore', { count, formatted }) : t('list.count', { count, formatted });
}
