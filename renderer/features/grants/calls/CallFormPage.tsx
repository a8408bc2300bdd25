// Add or edit a call: loads the call when editing, then the form; Save goes to the call's detail.
import { useTranslation } from 'react-i18next';
import { callTitle } from '../../../../common/grants/call.schema.js';
import { matchLanguage } from '../../../../common/languages.js';
import { FormPageFrame, RecordFormBody } from '../../../ui/RecordFormPage.js';
import { computerTimeZone } from '../grants-format.js';
import { BackToCalls } from './BackToCalls.js';
import { emptyCallValues, toCallFormValues } from './call-form-model.js';
import { CallForm } from './CallForm.js';
import { useCall } from '../use-grant-calls.js';

/** Today's date on this computer, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function CallFormPage({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation('grants');
  const { loaded } = useCall(id);
  const title = id === null ? t('callForm.addTitle') : loaded.state === 'ready' ? t('callForm.editTitle', { title: callTitle(loaded.value, i18n.language) }) : t('callForm.editTitleLoading');
  return (
    <FormPageFrame title={title} intro={t('callForm.intro')}>
      <RecordFormBody
        id={id}
        loaded={loaded}
        loadingText={t('calls.loading')}
        errorId="call-form-load-error"
        back={<BackToCalls />}
        newForm={<CallForm id={null} defaults={emptyCallValues(matchLanguage(i18n.language), today(), computerTimeZone())} />}
        editForm={(ready) => <CallForm id={id} defaults={toCallFormValues(ready.value)} />}
      />
    </FormPageFrame>
  );
}
