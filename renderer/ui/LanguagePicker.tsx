// The language menu, on every screen (in the sidebar of an open vault, in the top bar before): switches the interface at once and saves the choice in main.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_AUTONYMS, LANGUAGES, languageSchema } from '../../common/languages.js';
import { request } from '../app/cre.js';
import { applyLanguage, currentLanguage } from '../app/i18n.js';
import { useErrorText } from './use-error-text.js';

/** `selectId` names the menu so a caller can move the focus to it. */
export function LanguagePicker({ selectId }: { selectId?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const ownId = useId();
  const id = selectId ?? ownId;
  const errorId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);

  async function choose(value: string): Promise<void> {
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) return;
    setSaveError(null);
    await applyLanguage(parsed.data);
    const reply = await request((api) => api.preferences.setLanguage({ language: parsed.data }));
    if (!reply.ok) setSaveError(errorText(reply.error));
  }

  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="select"
        value={currentLanguage()}
        onChange={(event) => void choose(event.target.value)}
        aria-describedby={saveError ? errorId : undefined}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
      <div id={errorId} role="alert" className="live-region">
        {saveError ? <p className="message message-error">{t('language.saveFailed', { reason: saveError })}</p> : null}
      </div>
    </div>
  );
}
