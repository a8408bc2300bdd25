// The first-run alternative to a real vault: a vault of fictional collaborators under a public passphrase, shown here.
import { useState } from 'react';
import { Compass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { SAMPLE_SIZE_DEFAULT, SAMPLE_VAULT_PASSPHRASE } from '../../../common/contract/sample.contract.js';
import { request } from '../../app/cre.js';
import { useSession } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import './sample.css';

export function ExploreSampleChoice() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const show = useSession((state) => state.show);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function explore(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.sample.create({ size: SAMPLE_SIZE_DEFAULT }));
    setBusy(false);
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    // A lock while it was being filled already showed Unlock; do not replace it with Home.
    if (epoch === storeEpoch()) show('home');
  }

  // Beside the create form on the first screen (a card of its own), so it is in view without scrolling.
  return (
    <section className="panel sample-choice" aria-labelledby="sample-choice-title" aria-busy={busy}>
      <h2 id="sample-choice-title">
        <Compass className="sample-choice-icon" aria-hidden="true" focusable="false" size={22} />
        {t('sample.choiceTitle')}
      </h2>
      <p>{t('sample.choiceIntro', { count: SAMPLE_SIZE_DEFAULT })}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void explore()} aria-disabled={busy || undefined}>
          {t('sample.explore')}
        </button>
      </div>
      <LiveMessage id="sample-error" kind="alert" text={error} />
      <LiveMessage id="sample-progress" kind="status" text={busy ? t('sample.creating', { count: SAMPLE_SIZE_DEFAULT }) : null} />
      <p>
        {t('sample.choicePassphrase')} <span className="sample-passphrase"><code>{SAMPLE_VAULT_PASSPHRASE}</code></span>
      </p>
      <p className="hint">{t('sample.choicePublic')}</p>
    </section>
  );
}
