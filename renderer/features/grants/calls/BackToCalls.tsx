// The way back to the list of calls, or to one call, above a grants screen.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/BackLink.js';
import { useGrants } from '../grants-store.js';

export function BackToCalls({ callId = null }: { callId?: string | null }) {
  const { t } = useTranslation('grants');
  const open = useGrants((state) => state.open);
  return callId === null ? (
    <BackLink label={t('calls.back')} onBack={() => open({ name: 'calls' })} />
  ) : (
    <BackLink label={t('calls.backToCall')} onBack={() => open({ name: 'call', id: callId })} />
  );
}
