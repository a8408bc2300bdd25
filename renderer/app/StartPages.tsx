// What shows while the app asks main about the vault, and if that question cannot be answered.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../ui/LiveMessage.js';
import { useErrorText } from '../ui/use-error-text.js';
import { useFocusOnMount } from '../ui/use-focus-on-mount.js';
import { useSession } from './session-store.js';
import { start } from './start.js';

export function StartingPage() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-busy="true">
      <h1>{t('app.name')}</h1>
      <LiveMessage id="start-progress" kind="status" text={t('start.loading')} />
    </section>
  );
}

export function StartFailedPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const error = useSession((state) => state.startError);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <section className="panel">
      <h1 ref={heading} tabIndex={-1}>
        {t('start.failedTitle')}
      </h1>
      <LiveMessage id="start-error" kind="alert" text={error ? errorText(error) : null} />
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void start()}>
          {t('start.retry')}
        </button>
      </div>
    </section>
  );
}
