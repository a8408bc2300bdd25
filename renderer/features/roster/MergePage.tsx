// Merge two entries: pick the other one, compare both side by side, choose each single value's side, see the joined lists, merge.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaborator } from '../../../common/roster/collaborator.schema.js';
import { request } from '../../app/cre.js';
import { storeEpoch } from '../../app/store-reset.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { formatDay } from './format-day.js';
import { useFacetValueLabel } from './labels.js';
import { defaultMergeChoices, MERGE_CHOICE_FIELDS, mergedInput, type MergeChoiceField, type MergeChoices, type MergeSide } from './merge-choices.js';
import { MergePicker } from './MergePicker.js';
import { useRoster } from './roster-store.js';
import { useCollaborator } from './use-collaborator.js';
import './roster-more.css';

/** The words for one entry's value of a chosen field. */
function useChoiceText(): (field: MergeChoiceField, entry: Collaborator) => string {
  const { t, i18n } = useTranslation(['roster', 'taxonomy']);
  const label = useFacetValueLabel();
  return (field, entry) => {
    switch (field) {
      case 'name':
        return entry.name;
      case 'kind':
        return label('kind', entry.kind);
      case 'vetting':
        return [label('vetting', entry.vetting.status), entry.vetting.vouchedBy, entry.vetting.date ? formatDay(entry.vetting.date, i18n.language) : '']
          .filter(Boolean)
          .join(' · ');
      case 'availability':
        return [label('availability', entry.availability.status), entry.availability.until ? formatDay(entry.availability.until, i18n.language) : '']
          .filter(Boolean)
          .join(' · ');
      case 'sharing':
        return t(`taxonomy:sharing.${entry.sharing}`);
    }
  };
}

function Side({ id, title, entry }: { id: string; title: string; entry: Collaborator }) {
  const { t } = useTranslation('roster');
  const label = useFacetValueLabel();
  const choiceText = useChoiceText();
  const none = t('detail.none');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="details">
        {MERGE_CHOICE_FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`merge.field.${field}`)}</dt>
            <dd>{choiceText(field, entry)}</dd>
          </div>
        ))}
        <dt>{t('field.countries')}</dt>
        <dd>{list(entry.countries.map((code) => label('country', code)))}</dd>
        <dt>{t('field.expertise')}</dt>
        <dd>{list(entry.expertise)}</dd>
        <dt>{t('field.contacts')}</dt>
        <dd>{t('merge.contactCount', { count: entry.contacts.length })}</dd>
      </dl>
    </section>
  );
}

function Compare({ kept, other, onMerged }: { kept: Collaborator; other: Collaborator; onMerged: (name: string) => void }) {
  const { t } = useTranslation(['roster', 'taxonomy']);
  const errorText = useErrorText();
  const label = useFacetValueLabel();
  const choiceText = useChoiceText();
  const [choices, setChoices] = useState<MergeChoices>(defaultMergeChoices);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const merged = useMemo(() => mergedInput(kept, other, choices), [kept, other, choices]);
  const none = t('detail.none');
  const list = (values: readonly string[] | undefined) => (values && values.length > 0 ? values.join(', ') : none);
  const choose = (field: MergeChoiceField, side: MergeSide) => setChoices((current) => ({ ...current, [field]: side }));

  async function merge(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.roster.merge({ keepId: kept.id, mergeId: other.id, collaborator: merged }));
    if (epoch !== storeEpoch()) return;
    setBusy(false);
    if (!reply.ok) setError(errorText(reply.error));
    else onMerged(merged.name);
  }

  return (
    <>
      <div className="merge-sides">
        <Side id="merge-kept-title" title={t('merge.keptTitle', { name: kept.name })} entry={kept} />
        <Side id="merge-other-title" title={t('merge.otherTitle', { name: other.name })} entry={other} />
      </div>
      <section className="card" aria-labelledby="merge-result-title">
        <h2 id="merge-result-title">{t('merge.resultTitle')}</h2>
        <p className="hint">{t('merge.resultHint')}</p>
        {MERGE_CHOICE_FIELDS.map((field) => (
          <fieldset key={field} className="form-section merge-choice">
            <legend>{t(`merge.field.${field}`)}</legend>
            {(['kept', 'other'] as const).map((side) => (
              <div className="radio-field" key={side}>
                <input
                  id={`merge-${field}-${side}`}
                  type="radio"
                  name={`merge-${field}`}
                  checked={choices[field] === side}
                  onChange={() => choose(field, side)}
                />
                <label htmlFor={`merge-${field}-${side}`}>
                  {t(side === 'kept' ? 'merge.fromKept' : 'merge.fromOther', { value: choiceText(field, side === 'kept' ? kept : other) })}
                </label>
              </div>
            ))}
          </fieldset>
        ))}
        <h3>{t('merge.joinedTitle')}</h3>
        <dl className="details">
          <dt>{t('field.countries')}</dt>
          <dd>{list(merged.countries.map((code) => label('country', code)))}</dd>
          <dt>{t('field.languages')}</dt>
          <dd>{list(merged.languages.map((code) => label('language', code)))}</dd>
          <dt>{t('field.levels')}</dt>
          <dd>{list(merged.levels.map((level) => label('level', level)))}</dd>
          <dt>{t('field.strategyAreas')}</dt>
          <dd>{list(merged.strategyAreas.map((area) => label('strategy', area)))}</dd>
          <dt>{t('field.expertise')}</dt>
          <dd>{list(merged.expertise)}</dd>
          <dt>{t('field.contacts')}</dt>
          <dd>{t('merge.contactCount', { count: merged.contacts?.length ?? 0 })}</dd>
          <dt>{t('field.notes')}</dt>
          <dd className="prewrap">{merged.notes || none}</dd>
        </dl>
        <p className="hint">{t('merge.riskJoined')}</p>
      </section>
      <LiveMessage id="merge-error" kind="alert" text={error} />
      <div className="actions">
        <button type="button" className="button primary" aria-disabled={busy || undefined} onClick={() => void merge()}>
          {t('merge.confirm')}
        </button>
      </div>
    </>
  );
}

export function MergePage({ keepId }: { keepId: string }) {
  const { t } = useTranslation('roster');
  const errorText = useErrorText();
  const open = useRoster((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const [otherId, setOtherId] = useState<string | null>(null);
  const kept = useCollaborator(keepId);
  const other = useCollaborator(otherId);
  useFocusOnMount(heading);
  const failed = kept.state === 'failed' ? kept : otherId !== null && other.state === 'failed' ? other : null;
  const name = kept.state === 'ready' ? kept.collaborator.name : '';

  return (
    <div className="roster-stack roster-merge">
      <p>
        <button type="button" className="link-button" onClick={() => open({ name: 'detail', id: keepId })}>
          {t('merge.back')}
        </button>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('merge.title', { name })}
      </h1>
      <p className="lead">{t('merge.intro')}</p>
      <LiveMessage id="merge-load-error" kind="alert" text={failed && failed.state === 'failed' ? errorText(failed.error) : null} />
      {otherId === null ? (
        <MergePicker
          keepId={keepId}
          onPick={(id) => {
            setOtherId(id);
            window.setTimeout(() => compareHeading.current?.focus(), 0);
          }}
        />
      ) : (
        <>
          <h2 ref={compareHeading} tabIndex={-1} className="visually-hidden">
            {t('merge.compareTitle')}
          </h2>
          <p>
            <button type="button" className="link-button" onClick={() => setOtherId(null)}>
              {t('merge.pickAgain')}
            </button>
          </p>
          {kept.state === 'ready' && other.state === 'ready' && other.collaborator.id === otherId ? (
            <Compare
              key={otherId}
              kept={kept.collaborator}
              other={other.collaborator}
              onMerged={(merged) => open({ name: 'detail', id: keepId, notice: t('merge.done', { name: merged, other: other.collaborator.name }) })}
            />
          ) : (
            <p className="hint">{t('detail.loading')}</p>
          )}
        </>
      )}
    </div>
  );
}
