// A detail screen's list of linked records as it loads: its error, "Loading…", the empty hint, or the records.
import type { ReactNode } from 'react';
import type { Loaded } from './use-loaded.js';
import { LiveMessage } from './LiveMessage.js';
import { useErrorText } from './use-error-text.js';

interface LinkedRecordsProps<T> {
  loaded: Loaded<readonly T[]>;
  errorId: string;
  loadingText: string;
  emptyText: string;
  /** Shows the records, once there is at least one. */
  children: (records: readonly T[]) => ReactNode;
}

export function LinkedRecords<T>({ loaded, errorId, loadingText, emptyText, children }: LinkedRecordsProps<T>) {
  const errorText = useErrorText();
  return (
    <>
      <LiveMessage id={errorId} kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{loadingText}</p> : null}
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p className="hint">{emptyText}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? children(loaded.value) : null}
    </>
  );
}
