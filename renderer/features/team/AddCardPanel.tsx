// "Add a contact card": paste a card's text or open a card file; says whether the member was added, updated, or has new keys.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import { MAX_CARD_TEXT_LENGTH } from '../../../common/team/contact-card.schema.js';
import type { CardImportResult } from '../../../common/team/team.schema.js';
import { request } from '../../app/cre.js';
import { FieldShell, fieldAria } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useTeam } from './team-store.js';

type Outcome = { tone: 'success' | 'warning'; text: string } | null;

const REFUSALS = ['too_long', 'prefix', 'damaged', 'fields', 'signature', 'own_card'] as const;

/** Why main refused a card (the `reason` of its invalid_input), when it is one the page has words for. */
function cardRefusalOf(reason: unknown): (typeof REFUSALS)[number] | null {
  return REFUSALS.find((known) => known === reason) ?? null;
}

export function AddCardPanel() {
  const { t } = useTranslation('team');
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function handle(reply: Reply<CardImportResult | null>, fromField: boolean): Promise<void> {
    setBusy(false);
    if (!reply.ok) {
      const reason = cardRefusalOf(reply.error.details?.['reason']);
      const message = reply.error.code === 'invalid_input' && reason ? t(`add.refused.${reason}`) : errorText(reply.error);
      if (fromField) setFieldError(message);
      else setOutcome({ tone: 'warning', text: message });
      return;
    }
    if (reply.value === null) return;
    const { outcome: kind, member } = reply.value;
    const name = member.displayName;
    setText('');
    setOutcome(
      kind === 'keys_changed'
        ? { tone: 'warning', text: t('add.keysChanged', { name }) }
        : { tone: 'success', text: kind === 'added' ? t('add.added', { name }) : t('add.updated', { name }) },
    );
    await useTeam.getState().loadMembers();
  }

  async function addFromText(event: FormEvent): Promise<void> {
    event.preventDefault();
    setOutcome(null);
    useTeam.getState().setNotice(null);
    if (text.trim() === '') {
      setFieldError(t('add.empty'));
      document.getElementById('team-add-text')?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    await handle(await request((api) => api.team.importCardText({ text })), true);
  }

  async function addFromFile(): Promise<void> {
    setOutcome(null);
    setFieldError(null);
    setBusy(true);
    await handle(await request((api) => api.team.importCardFile({})), false);
  }

  return (
    <section className="card team-add" aria-labelledby="team-add-title">
      <h2 id="team-add-title">{t('add.title')}</h2>
      <p className="hint">{t('add.intro')}</p>
      <form noValidate onSubmit={(event) => void addFromText(event)}>
        <FieldShell id="team-add-text" label={t('add.text')} hint={t('add.textHint')} error={fieldError}>
          <textarea
            id="team-add-text"
            className="input card-text"
            rows={4}
            value={text}
            maxLength={MAX_CARD_TEXT_LENGTH}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
            {...fieldAria('team-add-text', t('add.textHint'), fieldError)}
          />
        </FieldShell>
        <div className="actions">
          <button type="submit" className="button primary" aria-disabled={busy || undefined}>
            {t('add.submit')}
          </button>
          <button type="button" className="button secondary" aria-disabled={busy || undefined} onClick={() => !busy && void addFromFile()}>
            {t('add.openFile')}
          </button>
        </div>
      </form>
      <LiveMessage id="team-add-result" kind="status" tone="success" text={outcome?.tone === 'success' ? outcome.text : null} />
      <LiveMessage id="team-add-warning" kind="alert" text={outcome?.tone === 'warning' ? outcome.text : null} />
    </section>
  );
}
