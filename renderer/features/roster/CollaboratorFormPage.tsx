// Add or edit a collaborator: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { emptyFormValues, toFormValues } from './collaborator-form-model.js';
import { CollaboratorForm } from './CollaboratorForm.js';
import { useCollaborator } from './use-collaborator.js';

export function CollaboratorFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('roster');
  const errorText = useErrorText();
  const loaded = useCollaborator(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const title = id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.collaborator.name }) : t('form.editTitleLoading');
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('form.intro')}</p>
      {id === null ? <CollaboratorForm id={null} defaults={emptyFormValues()} /> : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="form-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'ready' ? <CollaboratorForm id={id} defaults={toFormValues(loaded.collaborator)} /> : null}
    </div>
  );
}
