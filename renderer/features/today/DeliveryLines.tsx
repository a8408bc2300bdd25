// Today's lines for team members whose acknowledgement of a bundle is overdue: who, how many bundles and for how many
// days, and since when; each opens the Bundles screen, where delivery to every member shows.
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/navigate.js';
import { formatDateTime } from '../../ui/format.js';
import { waitingText } from '../bundles/delivery-words.js';
import type { DeliveryLine } from './today-groups.js';

export function DeliveryLines({ lines }: { lines: DeliveryLine[] }) {
  const { t, i18n } = useTranslation('today');
  const { t: bundlesT } = useTranslation('bundles');
  return lines.map((line) => (
    <li key={line.id}>
      <button type="button" className="link-button" onClick={() => goTo({ section: 'bundles', view: { name: 'home' } })}>
        {line.displayName}
      </button>{' '}
      <span className="muted">
        {waitingText(line, bundlesT, i18n.language)}
        {line.waiting ? ` · ${t('unacknowledged.since', { date: formatDateTime(line.waiting.since, i18n.language) })}` : ''}
      </span>
    </li>
  ));
}
