// A small table of record counts by type, as an export preview, a withheld list or an import report shows them.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../ui/format.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { countsByType } from './bundle-format.js';
import { useBundleWords } from './use-bundle-words.js';

export function CountsTable({ className, caption, counts }: { className: string; caption: string; counts: Readonly<Record<string, number>> }) {
  const { t, i18n } = useTranslation('bundles');
  const { recordTypeName } = useBundleWords();
  return (
    <RecordTable className={`activity bundle-counts ${className}`} caption={caption} scroll={false} columns={[t('create.type'), { label: t('create.count'), className: 'numeric' }]}>
      {countsByType(counts).map(([type, count]) => (
        <tr key={type}>
          <th scope="row">{recordTypeName(type)}</th>
          <td className="numeric">{formatNumber(count, i18n.language)}</td>
        </tr>
      ))}
    </RecordTable>
  );
}
