// The "try again in N s" line under a refused unlock: a visible countdown, announced once rather than every second.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { secondsLeft } from './retry.js';

interface RetryNoticeProps {
  id: string;
  remainingMs: number;
}

export function RetryNotice({ id, remainingMs }: RetryNoticeProps) {
  const { t } = useTranslation(['app', 'errors']);
  const waiting = remainingMs > 0;
  // The spoken text is fixed when a wait begins; the visible timer is not a live region, so it does not talk every second.
  const [announced, setAnnounced] = useState<{ waiting: boolean; text: string }>({ waiting: false, text: '' });
  if (announced.waiting !== waiting) {
    setAnnounced({ waiting, text: waiting ? t('errors:rate_limited', { seconds: secondsLeft(remainingMs) }) : '' });
  }
  return (
    <>
      <p id={id} role="timer" className={waiting ? 'message message-warning' : 'visually-hidden'}>
        {waiting ? t('errors:rate_limited', { seconds: secondsLeft(remainingMs) }) : ''}
      </p>
      <div role="status" className="visually-hidden">
        {announced.text}
      </div>
    </>
  );
}
