// The request form's optional struggle: one of the chosen community's harmful projects, or none.
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { SelectField } from '../../ui/SelectField.js';
import { useErrorText } from '../../ui/use-error-text.js';
import type { RequestFormValues } from './request-form-model.js';
import { useCommunityStruggles } from './use-community-struggles.js';

export function StruggleChoice({ communityId, error }: { communityId: string | null; error: string | undefined }) {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const { register, getValues, setValue } = useFormContext<RequestFormValues>();
  const loaded = useCommunityStruggles(communityId);
  const struggles = loaded.state === 'ready' ? loaded.struggles : [];

  // The options arrive after the select was filled in, so the saved choice is put back once they are there. A struggle
  // removed since the request was saved is no longer a choice: the request is then about no struggle.
  useEffect(() => {
    if (loaded.state !== 'ready') return;
    const chosen = getValues('struggleId');
    if (chosen === '') return;
    setValue('struggleId', loaded.struggles.some((struggle) => struggle.id === chosen) ? chosen : '');
  }, [loaded, getValues, setValue]);
  const hint =
    loaded.state === 'none'
      ? t('form.struggleAfterCommunity')
      : loaded.state === 'loading'
        ? t('detail.loading')
        : loaded.state === 'ready' && struggles.length === 0
          ? t('form.noStruggles')
          : t('form.struggleHint');
  return (
    <>
      <SelectField
        id="rq-struggle"
        label={t('field.struggle')}
        hint={hint}
        error={error}
        emptyChoice={t('form.noStruggle')}
        options={struggles}
        optionValue={(struggle) => struggle.id}
        labelOf={(struggle) => struggle.project.name}
        {...register('struggleId')}
      />
      <LiveMessage id="request-struggles-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
    </>
  );
}
