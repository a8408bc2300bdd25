// The page around a record's add/edit form: the heading (focused when the page opens), the introduction, and the record's loading.
import { useRef, type ReactNode } from 'react';
import type { CreErrorPayload } from '../../common/contract/errors.js';
import { LiveMessage } from './LiveMessage.js';
import { useErrorText } from './use-error-text.js';
import { useFocusOnMount } from './use-focus-on-mount.js';

export function FormPageFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{intro}</p>
      {children}
    </div>
  );
}

type LoadState = { state: 'loading' } | { state: 'failed'; error: CreErrorPayload } | { state: 'ready' };

interface RecordFormBodyProps<L extends LoadState> {
  /** null when adding: the new record's form shows and nothing is loaded. */
  id: string | null;
  loaded: L;
  loadingText: string;
  /** The id of the message saying why the record could not be loaded. */
  errorId: string;
  /** The way back, offered when the record could not be loaded. */
  back?: ReactNode;
  newForm: ReactNode;
  editForm: (ready: Extract<L, { state: 'ready' }>) => ReactNode;
}

export function RecordFormBody<L extends LoadState>({ id, loaded, loadingText, errorId, back, newForm, editForm }: RecordFormBodyProps<L>) {
  const errorText = useErrorText();
  return (
    <>
      {id === null ? newForm : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{loadingText}</p> : null}
      <LiveMessage id={errorId} kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'failed' ? back : null}
      {id !== null && loaded.state === 'ready' ? editForm(loaded as Extract<L, { state: 'ready' }>) : null}
    </>
  );
}
