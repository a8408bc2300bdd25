// Your contact card: a QR code to scan, the text to copy, and a file to save; main builds and signs it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useLoaded } from '../../ui/use-loaded.js';

/** The SVG main drew, as an image: a data: URL (the page's CSP allows data: images, and nothing in it can run). */
function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function MyCard() {
  const { t } = useTranslation('team');
  const errorText = useErrorText();
  const card = useLoaded(() => request((api) => api.team.myCard({})), 'my-card');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function copy(text: string): Promise<void> {
    setStatus(null);
    setError(null);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('me.copied'));
    } catch {
      setError(t('me.copyFailed'));
    }
  }

  async function saveFile(): Promise<void> {
    setStatus(null);
    setError(null);
    const reply = await request((api) => api.team.saveMyCard({}));
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(reply.value.saved ? t('me.fileSaved') : t('me.fileCancelled'));
  }

  return (
    <section className="team-card" aria-labelledby="team-card-title">
      <h3 id="team-card-title">{t('me.cardTitle')}</h3>
      <p className="hint">{t('me.cardIntro')}</p>
      {card.state === 'failed' ? <p className="message message-error">{errorText(card.error)}</p> : null}
      {card.state === 'ready' ? (
        <div className="team-card-body">
          <img className="team-qr" src={svgDataUrl(card.value.qrSvg)} alt={t('me.qrAlt')} width={220} height={220} />
          <div className="team-card-text">
            <label htmlFor="team-card-text">{t('me.cardText')}</label>
            <textarea id="team-card-text" className="input card-text" readOnly rows={5} value={card.value.text} spellCheck={false} onFocus={(event) => event.target.select()} />
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => void copy(card.value.text)}>
                {t('me.copy')}
              </button>
              <button type="button" className="button secondary" onClick={() => void saveFile()}>
                {t('me.saveFile')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
      <LiveMessage id="team-card-status" kind="status" tone="success" text={status} />
      <LiveMessage id="team-card-error" kind="alert" text={error} />
    </section>
  );
}
