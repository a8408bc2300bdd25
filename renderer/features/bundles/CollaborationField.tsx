// Between two facilitators a bundle carries one collaboration: the choice of it, each labelled with its community and allies.
import { useTranslation } from 'react-i18next';
import type { Collaboration } from '../../../common/community/collaboration.schema.js';
import { request } from '../../app/cre.js';
import { fieldAria, FieldShell } from '../../ui/FieldShell.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useLoaded } from '../../ui/use-loaded.js';

const FIELD_ID = 'bundle-collaboration';

/** "Community — ally, ally": what a person recognises a collaboration by. */
export function collaborationLabel(collaboration: Collaboration, optionText: (community: string, allies: string) => string): string {
  const allies = collaboration.members.map((member) => member.name).filter((name) => name !== '');
  return allies.length > 0 ? optionText(collaboration.communityName, allies.join(', ')) : collaboration.communityName;
}

interface CollaborationFieldProps {
  /** The chosen collaboration's id, or null. */
  value: string | null;
  onChange: (id: string | null, label: string | null) => void;
}

export function CollaborationField({ value, onChange }: CollaborationFieldProps) {
  const { t } = useTranslation('bundles');
  const errorText = useErrorText();
  const collaborations = useLoaded(() => request((api) => api.collaborations.list({ limit: 500 })), 'collaborations');
  const list = collaborations.state === 'ready' ? collaborations.value : [];
  const hint = t('collaboration.hint');
  const optionText = (community: string, allies: string) => t('collaboration.option', { community, allies });
  const failed = collaborations.state === 'failed' ? errorText(collaborations.error) : null;
  return (
    <div className="bundle-collaboration">
      <FieldShell id={FIELD_ID} label={t('collaboration.label')} hint={hint} error={failed}>
        <select
          id={FIELD_ID}
          className="select"
          value={value ?? ''}
          {...fieldAria(FIELD_ID, hint, failed)}
          onChange={(event) => {
            const chosen = list.find((collaboration) => collaboration.id === event.target.value);
            onChange(chosen ? chosen.id : null, chosen ? collaborationLabel(chosen, optionText) : null);
          }}
        >
          <option value="">{t('collaboration.choose')}</option>
          {list.map((collaboration) => (
            <option key={collaboration.id} value={collaboration.id}>
              {collaborationLabel(collaboration, optionText)}
            </option>
          ))}
        </select>
      </FieldShell>
      {collaborations.state === 'ready' && list.length === 0 ? <p className="message message-info">{t('collaboration.none')}</p> : null}
    </div>
  );
}
