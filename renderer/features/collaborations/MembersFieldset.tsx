// The form's members: find collaborators in the roster by name and add them, each with a role; remove a member.
import { useEffect, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { FieldError } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RepeatingRows } from '../../ui/RepeatingRows.js';
import { RowField } from '../../ui/RowField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import type { CollaborationFormValues } from './collaboration-form-model.js';

const TYPING_PAUSE_MS = 150;
const FOUND_LIMIT = 10;

export function MembersFieldset() {
  const { t } = useTranslation('collaborations');
  const errorText = useErrorText();
  const { control, register } = useFormContext<CollaborationFormValues>();
  const err = useErrorAt();
  const { fields, append, remove } = useFieldArray({ control, name: 'members', keyName: 'key' });
  const [text, setText] = useState('');
  const [answer, setFound] = useState<CollaboratorSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (text.trim() === '') return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      const epoch = storeEpoch();
      void request((api) => api.roster.search({ query: { text, filters: {}, sort: 'relevance' }, offset: 0, limit: FOUND_LIMIT })).then((reply) => {
        if (!current || epoch !== storeEpoch()) return;
        if (reply.ok) {
          setError(null);
          setFound(reply.value.items);
        } else setError(errorText(reply.error));
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, errorText]);

  // An empty search box shows no results, whatever the last search found.
  const found = text.trim() === '' ? null : answer;
  const chosen = new Set(fields.map((field) => field.collaboratorId));
  const listError = err('members');

  return (
    <RepeatingRows
      describedBy="members-error"
      legend={t('field.members')}
      hint={t('form.membersHint')}
      notices={
        <>
          <FieldError id="members" error={listError} />
          <LiveMessage id="members-status" kind="status" text={status} />
        </>
      }
      emptyText={t('form.noMembers')}
      rows={fields}
      nameOf={(field) => field.name}
      removeLabelOf={(field) => t('form.removeMember', { name: field.name })}
      onRemove={(field, index) => {
        remove(index);
        setStatus(t('form.memberRemoved', { name: field.name }));
      }}
      renderRow={(_, index, name) => (
        <RowField
          id={`member-${index}-role`}
          label={t('form.role')}
          row={name}
          hint={t('form.roleHint')}
          maxLength={200}
          error={err(`members.${index}.role`)}
          registration={register(`members.${index}.role`)}
        />
      )}
      after={
        <>
          <div className="field">
            <label htmlFor="member-search">{t('form.findMember')}</label>
            <input
              id="member-search"
              className="input"
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              aria-describedby="member-search-hint"
            />
            <p id="member-search-hint" className="hint">
              {t('form.findMemberHint')}
            </p>
          </div>
          <LiveMessage id="member-search-error" kind="alert" text={error} />
          <div role="status" className="live-region">
            {found !== null ? <p className="hint">{found.length === 0 ? t('form.noneFound') : t('form.found', { count: found.length })}</p> : null}
          </div>
          {found !== null && found.length > 0 ? (
            <ul className="found-members">
              {found.map((collaborator) => (
                <li key={collaborator.id}>
                  <span>{collaborator.name}</span>{' '}
                  {chosen.has(collaborator.id) ? (
                    <span className="muted">{t('form.alreadyMember')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => {
                        append({ collaboratorId: collaborator.id, name: collaborator.name, role: '' });
                        setStatus(t('form.memberAdded', { name: collaborator.name }));
                      }}
                    >
                      {t('form.addMember', { name: collaborator.name })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
    />
  );
}
