// Who took part: communities chosen from the records, collaborators found in the roster by name, and anyone else in
// words. A participant received from another vault that this one does not hold is kept, and says so.
import { useEffect, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { FieldError, fieldAria, FieldShell } from '../../ui/FieldShell.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { readAll, useLoaded } from '../../ui/use-loaded.js';
import { useErrorAt } from '../../ui/use-record-form.js';
import { useErrorText } from '../../ui/use-error-text.js';
import type { ConsultationFormValues, ParticipantValue } from './consultation-form-model.js';

const TYPING_PAUSE_MS = 150;
const FOUND_LIMIT = 10;

const loadCommunities = () => readAll((offset, limit) => request((api) => api.communities.list({ text: '', deleted: false, region: null, offset, limit })));

/** The chosen participants, each with its own remove button. */
function ParticipantChips({ values, label, onRemove }: { values: readonly ParticipantValue[]; label: string; onRemove: (id: string) => void }) {
  const { t } = useTranslation('consultations');
  if (values.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {values.map((participant) => {
        const name = participant.name || t('form.notHeld');
        return (
          <li key={participant.id} className="chip">
            {name}
            <button type="button" className="chip-remove" aria-label={t('form.removeParticipant', { name })} onClick={() => onRemove(participant.id)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function CommunityChoice({ onStatus }: { onStatus: (text: string) => void }) {
  const { t } = useTranslation('consultations');
  const { control } = useFormContext<ConsultationFormValues>();
  const { field } = useController({ control, name: 'communities' });
  const err = useErrorAt();
  const loaded = useLoaded(loadCommunities, 'communities');
  const [picked, setPicked] = useState('');
  const chosen: ParticipantValue[] = field.value;
  const choices = loaded.state === 'ready' ? loaded.value.filter((c) => !chosen.some((p) => p.id === c.id)) : [];

  function add(): void {
    const community = choices.find((c) => c.id === picked);
    if (!community) return;
    field.onChange([...chosen, { id: community.id, name: community.name }]);
    setPicked('');
    onStatus(t('form.participantAdded', { name: community.name }));
  }

  return (
    <div className="consultation-participants">
      <h3>{t('field.communities')}</h3>
      <ParticipantChips
        values={chosen}
        label={t('field.communities')}
        onRemove={(id) => {
          const gone = chosen.find((p) => p.id === id);
          field.onChange(chosen.filter((p) => p.id !== id));
          onStatus(t('form.participantRemoved', { name: gone?.name || t('form.notHeld') }));
        }}
      />
      {chosen.length === 0 ? <p className="hint">{t('form.noCommunities')}</p> : null}
      <div className="field-row consultation-add-row">
        <FieldShell id="consultation-community" label={t('form.chooseCommunity')} error={err('communities')}>
          <select
            id="consultation-community"
            className="select"
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
            {...fieldAria('consultation-community', null, err('communities'))}
          >
            <option value="">{loaded.state === 'ready' ? t('form.pickCommunity') : t('detail.loading')}</option>
            {choices.map((community) => (
              <option key={community.id} value={community.id}>
                {community.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <div className="actions">
          <button type="button" className="button secondary" onClick={add}>
            {t('form.addCommunity')}
          </button>
        </div>
      </div>
    </div>
  );
}

function CollaboratorChoice({ onStatus }: { onStatus: (text: string) => void }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const { control } = useFormContext<ConsultationFormValues>();
  const { field } = useController({ control, name: 'collaborators' });
  const err = useErrorAt();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<CollaboratorSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen: ParticipantValue[] = field.value;

  useEffect(() => {
    if (text.trim() === '') return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      const epoch = storeEpoch();
      void request((api) => api.roster.search({ query: { text, filters: {}, sort: 'relevance' }, offset: 0, limit: FOUND_LIMIT })).then((reply) => {
        if (!current || epoch !== storeEpoch()) return;
        if (reply.ok) {
          setError(null);
          setAnswer(reply.value.items);
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

  return (
    <div className="consultation-participants">
      <h3>{t('field.collaborators')}</h3>
      <ParticipantChips
        values={chosen}
        label={t('field.collaborators')}
        onRemove={(id) => {
          const gone = chosen.find((p) => p.id === id);
          field.onChange(chosen.filter((p) => p.id !== id));
          onStatus(t('form.participantRemoved', { name: gone?.name || t('form.notHeld') }));
        }}
      />
      {chosen.length === 0 ? <p className="hint">{t('form.noCollaborators')}</p> : null}
      <FieldError id="consultation-collaborators" error={err('collaborators')} />
      <div className="field">
        <label htmlFor="consultation-collaborator-search">{t('form.findCollaborator')}</label>
        <input
          id="consultation-collaborator-search"
          className="input"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby="consultation-collaborator-search-hint"
        />
        <p id="consultation-collaborator-search-hint" className="hint">
          {t('form.findCollaboratorHint')}
        </p>
      </div>
      <LiveMessage id="consultation-collaborator-search-error" kind="alert" text={error} />
      <div role="status" className="live-region">
        {found !== null ? <p className="hint">{found.length === 0 ? t('form.noneFound') : t('form.found', { count: found.length })}</p> : null}
      </div>
      {found !== null && found.length > 0 ? (
        <ul className="consultation-found">
          {found.map((collaborator) => (
            <li key={collaborator.id}>
              <span>{collaborator.name}</span>{' '}
              {chosen.some((p) => p.id === collaborator.id) ? (
                <span className="muted">{t('form.alreadyParticipant')}</span>
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    field.onChange([...chosen, { id: collaborator.id, name: collaborator.name }]);
                    onStatus(t('form.participantAdded', { name: collaborator.name }));
                  }}
                >
                  {t('form.addCollaborator', { name: collaborator.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function ParticipantsFieldset() {
  const { t } = useTranslation('consultations');
  const { register } = useFormContext<ConsultationFormValues>();
  const err = useErrorAt();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <fieldset className="form-section">
      <legend>{t('field.participants')}</legend>
      <p className="hint">{t('form.participantsHint')}</p>
      <LiveMessage id="consultation-participants-status" kind="status" text={status} />
      <CommunityChoice onStatus={setStatus} />
      <CollaboratorChoice onStatus={setStatus} />
      <FieldShell id="consultation-others" label={t('field.otherParticipants')} hint={t('form.otherParticipantsHint')} error={err('otherParticipants')}>
        <textarea
          id="consultation-others"
          className="input"
          rows={2}
          maxLength={2000}
          {...register('otherParticipants')}
          {...fieldAria('consultation-others', t('form.otherParticipantsHint'), err('otherParticipants'))}
        />
      </FieldShell>
    </fieldset>
  );
}
