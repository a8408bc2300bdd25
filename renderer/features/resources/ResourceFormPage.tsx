// Add or edit a resource: loads the record when editing, then the form; Save goes to the detail, Cancel goes back.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { BackToResources } from './BackToResources.js';
import { emptyResourceValues, toResourceFormValues } from './resource-form-model.js';
import { ResourceForm } from './ResourceForm.js';
import { useResource } from './use-resource.js';

export function ResourceFormPage({ id }: { id: string | null }) {
  const { t } = useTranslation('resources');
  const errorText = useErrorText();
  const [loaded] = useResource(id);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const title = id === null ? t('form.addTitle') : loaded.state === 'ready' ? t('form.editTitle', { name: loaded.resource.title }) : t('form.editTitleLoading');
  return (
    <div className="roster-stack">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('form.intro')}</p>
      {id === null ? <ResourceForm id={null} defaults={emptyResourceValues()} /> : null}
      {id !== null && loaded.state === 'loading' ? <p className="hint">{t('detail.loading')}</p> : null}
      <LiveMessage id="resource-form-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {id !== null && loaded.state === 'failed' ? <BackToResources /> : null}
      {id !== null && loaded.state === 'ready' ? <ResourceForm id={id} defaults={toResourceFormValues(loaded.resource)} /> : null}
    </div>
  );
}
