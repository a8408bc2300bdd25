// "Saved searches ▾" on the roster list: a popover (react-aria) to reopen a saved search (text, filters, sort), name the
// current search to keep it, rename or delete one. What happened is said beside the button, after the popover closes.
import { ChevronDown } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../../../common/contract/errors.js';
import type { SavedSearch } from '../../../common/contract/saved-searches.contract.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useRoster } from './roster-store.js';
import './roster-more.css';

function RenameForm({ item, onDone }: { item: SavedSearch; onDone: (name: string | null) => void }) {
  const { t } = useTranslation('roster');
  const [name, setName] = useState(item.name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const inputId = `saved-rename-${item.id}`;
  return (
    <form
      className="saved-form"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(name);
      }}
    >
      <div className="field">
        <label htmlFor={inputId}>{t('saved.renameLabel', { name: item.name })}</label>
        <input ref={input} id={inputId} className="input" type="text" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button primary small">
        {t('saved.renameSave')}
      </button>
      <button type="button" className="button secondary small" onClick={() => onDone(null)}>
        {t('form.cancel')}
      </button>
    </form>
  );
}

export function SavedSearches({ onApply }: { onApply: (text: string) => void }) {
  const { t } = useTranslation('roster');
  const errorText = useErrorText();
  const [items, setItems] = useState<SavedSearch[]>([]);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const epoch = storeEpoch();
    const reply = await request((api) => api.savedSearches.list({}));
    if (epoch !== storeEpoch()) return;
    if (reply.ok) setItems(reply.value);
    else setError(errorText(reply.error));
  }, [errorText]);

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void request((api) => api.savedSearches.list({})).then((reply) => {
      if (!current || epoch !== storeEpoch()) return;
      if (reply.ok) setItems(reply.value);
      else setError(errorText(reply.error));
    });
    return () => {
      current = false;
    };
  }, [errorText]);

  /** Runs one change, then says how it went and refreshes the list. */
  async function change(call: () => Promise<Reply<unknown>>, done: string): Promise<boolean> {
    setStatus(null);
    setError(null);
    const epoch = storeEpoch();
    const reply = await call();
    if (epoch !== storeEpoch()) return false;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return false;
    }
    setStatus(done);
    await reload();
    return true;
  }

  async function saveCurrent(): Promise<void> {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('saved.nameRequired'));
      return;
    }
    const query = useRoster.getState().currentQuery();
    const saved = await change(() => request((api) => api.savedSearches.save({ name: trimmed, query })), t('saved.saved', { name: trimmed }));
    if (saved) {
      setName('');
      setOpen(false);
    }
  }

  function reopen(item: SavedSearch): void {
    setStatus(t('saved.opened', { name: item.name }));
    setError(null);
    useRoster.getState().applyQuery(item.query);
    onApply(item.query.text);
    setOpen(false);
  }

  async function rename(item: SavedSearch, newName: string | null): Promise<void> {
    setRenaming(null);
    if (newName === null || newName.trim() === '' || newName.trim() === item.name) return;
    await change(() => request((api) => api.savedSearches.rename({ id: item.id, name: newName.trim() })), t('saved.renamed', { name: newName.trim() }));
  }

  const savedList =
    items.length === 0 ? (
      <p className="hint">{t('saved.none')}</p>
    ) : (
      <ul className="saved-list" aria-label={t('saved.listLabel')}>
        {items.map((item) =>
          renaming === item.id ? (
            <li key={item.id}>
              <RenameForm item={item} onDone={(newName) => void rename(item, newName)} />
            </li>
          ) : (
            <li key={item.id}>
              <button type="button" className="saved-open" onClick={() => reopen(item)}>
                <span className="visually-hidden">{t('saved.openPrefix')} </span>
                {item.name}
              </button>
              <button type="button" className="link-button" onClick={() => setRenaming(item.id)}>
                {t('saved.rename')}
                <span className="visually-hidden"> {item.name}</span>
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => void change(() => request((api) => api.savedSearches.delete({ id: item.id })), t('saved.deleted', { name: item.name }))}
              >
                {t('saved.delete')}
                <span className="visually-hidden"> {item.name}</span>
              </button>
            </li>
          ),
        )}
      </ul>
    );

  const saveForm = (
    <form
      className="saved-form"
      onSubmit={(event) => {
        event.preventDefault();
        void saveCurrent();
      }}
    >
      <div className="field">
        <label htmlFor="saved-name">{t('saved.nameLabel')}</label>
        <input id="saved-name" className="input" type="text" maxLength={120} value={name} onChange={(event) => setName(event.target.value)} aria-describedby="saved-name-hint" />
        <p id="saved-name-hint" className="hint">
          {t('saved.nameHint')}
        </p>
      </div>
      <button type="submit" className="button primary">
        {t('saved.save')}
      </button>
    </form>
  );

  return (
    <div className="saved-searches">
      <DialogTrigger
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) {
            setStatus(null);
            setRenaming(null);
          }
        }}
      >
        <Button className="button secondary menu-button">
          {t('saved.title')}
          <ChevronDown aria-hidden="true" size={18} />
        </Button>
        <Popover className="saved-popover" placement="bottom end">
          <Dialog className="saved-dialog">
            <Heading slot="title" className="saved-title">
              {t('saved.title')}
            </Heading>
            {savedList}
            {saveForm}
            <LiveMessage id="saved-error" kind="alert" text={error} />
          </Dialog>
        </Popover>
      </DialogTrigger>
      <LiveMessage id="saved-status" kind="status" tone="success" text={status} />
    </div>
  );
}

