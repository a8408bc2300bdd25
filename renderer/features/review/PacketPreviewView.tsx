// What each member's packet would carry, before anything is written: the applications (named as the member will see
// them), the report's collaborations, the consultations, the questions, the files and their size; then what stays in
// this vault and why.
import { useTranslation } from 'react-i18next';
import type { PacketPreview } from '../../../common/review/review.schema.js';
import { formatNumber } from '../../ui/format.js';
import { formatMomentDay } from '../../ui/format-day-only.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { formatBytes } from '../resources/attachment-format.js';
import { useReviewWords } from './use-review-words.js';

function RecipientPreview({ preview, index }: { preview: PacketPreview; index: number }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language;
  const { reasonText, whatName, itemLabel } = useReviewWords();
  const count = (value: number) => ({ count: value, formatted: formatNumber(value, language) });
  const titleId = `packet-preview-${index}-title`;
  return (
    <section className="review-preview-member" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('preview.forMember', { name: preview.memberName })}</h3>
      <p className="hint">{t('preview.expires', { date: formatMomentDay(preview.expiresAt, language, 'long') })}</p>
      <h4>{t('preview.travels')}</h4>
      <ul className="review-travels" aria-label={t('preview.travelsLabel', { name: preview.memberName })}>
        <li>{t('preview.applications', count(preview.applications.length))}</li>
        <li>{t('preview.collaborations', count(preview.collaborations))}</li>
        <li>{t('preview.consultations', count(preview.consultations))}</li>
        <li>{t('preview.questions', count(preview.questions))}</li>
        <li>{t('preview.files', { ...count(preview.files.count), size: formatBytes(preview.files.bytes, language) })}</li>
      </ul>
      {preview.applications.length > 0 ? (
        <ul className="review-preview-applications" aria-label={t('preview.applicationsLabel', { name: preview.memberName })}>
          {preview.applications.map((application) => (
            <li key={application.id}>
              {application.title}
              <span className="muted"> · {application.communityName ?? t('preview.hiddenCommunity')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h4>{t('preview.withheld')}</h4>
      {preview.withheld.length === 0 ? (
        <p className="hint">{t('preview.nothingWithheld')}</p>
      ) : (
        <RecordTable
          className="activity review-withheld"
          caption={t('preview.withheldCaption', { name: preview.memberName })}
          scroll={false}
          columns={[t('preview.withheldItem'), t('preview.withheldWhat'), t('preview.withheldWhy'), { label: t('preview.withheldCount'), className: 'numeric' }]}
        >
          {preview.withheld.map((item, row) => (
            <tr key={`${item.what}-${item.reason}-${row}`}>
              <th scope="row">{itemLabel(item)}</th>
              <td>{whatName(item.what)}</td>
              <td>{reasonText(item.reason)}</td>
              <td className="numeric">{formatNumber(item.count, language)}</td>
            </tr>
          ))}
        </RecordTable>
      )}
    </section>
  );
}

export function PacketPreviewView({ previews }: { previews: readonly PacketPreview[] }) {
  return (
    <div className="review-preview">
      {previews.map((preview, index) => (
        <RecipientPreview key={preview.memberId} preview={preview} index={index} />
      ))}
    </div>
  );
}
