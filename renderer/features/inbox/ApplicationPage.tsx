// One application of a packet: first the conflict-of-interest declaration; after "no conflict" the application (its
// original text beside the translation, budget, files) and the rubric's scoring form; after a conflict it stays closed.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../common/code-names.js';
import type { InboxApplication, InboxPacket } from '../../../common/review/inbox.schema.js';
import { request } from '../../app/cre.js';
import { BackLink } from '../../ui/BackLink.js';
import { DetailRow, DetailSection } from '../../ui/DetailParts.js';
import { formatCurrency, formatNumber } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { RecordTable } from '../../ui/RecordTable.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { InboxDeclaration } from './InboxDeclaration.js';
import { InboxScoringForm } from './InboxScoringForm.js';
import { isEditable } from './inbox-model.js';
import { useInbox } from './inbox-store.js';
import { PacketFiles } from './PacketFiles.js';

function ApplicationContent({ opened }: { opened: InboxApplication }) {
  const { t, i18n } = useTranslation('inbox');
  const language = i18n.language;
  const { application, call } = opened;
  const translationLanguage = application.translationLanguage;
  return (
    <>
      <DetailSection id="inbox-application-title" title={t('application.section')}>
        <dl className="details">
          <DetailRow term={t('applications.call')}>{call.title}</DetailRow>
          <DetailRow term={t('applications.community')}>{application.communityName ?? <span className="muted">{t('applications.blindHidden')}</span>}</DetailRow>
          <DetailRow term={t('application.amountRequested')}>{formatCurrency(application.amountRequested, call.currency, language)}</DetailRow>
        </dl>
        <div className="inbox-side-by-side">
          <section aria-labelledby="inbox-application-original">
            <h3 id="inbox-application-original">{t('application.original', { language: languageName(application.originalLanguage, language) })}</h3>
            <p className="prewrap" lang={application.originalLanguage}>
              {application.originalText}
            </p>
          </section>
          <section aria-labelledby="inbox-application-translation">
            <h3 id="inbox-application-translation">
              {translationLanguage ? t('application.translation', { language: languageName(translationLanguage, language) }) : t('application.noTranslationTitle')}
            </h3>
            {application.translation ? (
              <p className="prewrap" lang={translationLanguage ?? undefined}>
                {application.translation}
              </p>
            ) : (
              <p className="hint">{t('application.noTranslation')}</p>
            )}
          </section>
        </div>
      </DetailSection>
      <DetailSection id="inbox-budget-title" title={t('application.budget')}>
        {application.budget.length === 0 ? (
          <p className="hint">{t('application.noBudget')}</p>
        ) : (
          <RecordTable
            className="activity inbox-table"
            caption={t('application.budget')}
            columns={[t('application.budgetLine'), { label: t('application.budgetAmount'), className: 'numeric' }, { label: t('application.budgetConverted', { currency: call.currency }), className: 'numeric' }]}
          >
            {application.budget.map((line, index) => (
              <tr key={`${index}-${line.description}`}>
                <th scope="row">{line.description}</th>
                <td className="numeric">{formatCurrency(line.amount, line.currency, language)}</td>
                <td className="numeric">{formatCurrency(line.converted, call.currency, language)}</td>
              </tr>
            ))}
          </RecordTable>
        )}
        <p>{t('application.budgetTotal', { total: formatCurrency(application.amountRequested, call.currency, language), lines: formatNumber(application.budget.length, language) })}</p>
      </DetailSection>
    </>
  );
}

/** After "no conflict": the application as main opens it (`recused` or `packet_expired` shown in words), then scoring. */
function OpenedApplication({ packet, applicationId }: { packet: InboxPacket; applicationId: string }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const opened = useLoaded(() => request((api) => api.reviewInbox.openApplication({ packetId: packet.packetId, applicationId })), `${packet.packetId}:${applicationId}`);
  if (opened.state === 'loading') return <p className="hint">{t('list.loading')}</p>;
  if (opened.state === 'failed') return <LiveMessage id="inbox-application-open-error" kind="alert" text={errorText(opened.error)} />;
  const editable = isEditable(packet.state);
  return (
    <>
      <ApplicationContent opened={opened.value} />
      <PacketFiles packetId={packet.packetId} files={opened.value.files} idPrefix="inbox-application-files" title={t('application.files')} />
      <section className="card" aria-labelledby="inbox-scoring-title">
        <h2 id="inbox-scoring-title">{editable ? t('scoring.title') : t('scoring.titleReturned')}</h2>
        <InboxScoringForm packetId={packet.packetId} applicationId={applicationId} rubric={opened.value.call.criteria} scores={opened.value.scores} editable={editable} />
      </section>
    </>
  );
}

export function ApplicationPage({ packetId, applicationId }: { packetId: string; applicationId: string }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const open = useInbox((state) => state.open);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const loaded = useLoaded(() => request((api) => api.reviewInbox.get({ packetId })), `${packetId}:${version}`);
  const packet = loaded.state === 'ready' ? loaded.value : null;
  const summary = packet?.applications.find((application) => application.id === applicationId) ?? null;
  const callTitle = packet?.calls.find((call) => call.id === summary?.callId)?.title ?? '';

  return (
    <div className="roster-stack inbox-application">
      <BackLink label={t('application.back', { title: packet?.title ?? '' })} onBack={() => open({ name: 'packet', packetId })} />
      <h1 ref={heading} tabIndex={-1}>
        {summary ? summary.title : t('application.title')}
      </h1>
      {packet ? <p className="lead">{t('application.lead', { packet: packet.title, name: packet.senderName })}</p> : null}
      <LiveMessage id="inbox-application-load-error" kind="alert" text={loaded.state === 'failed' ? errorText(loaded.error) : null} />
      {loaded.state === 'loading' ? <p className="hint">{t('list.loading')}</p> : null}
      {packet && summary === null ? <p className="message message-warning">{packet.state === 'expired' ? t('application.purged') : t('application.notInPacket')}</p> : null}
      {packet && summary?.declaration === 'pending' ? (
        isEditable(packet.state) ? (
          <InboxDeclaration
            packetId={packetId}
            applicationId={applicationId}
            callTitle={callTitle}
            applicationTitle={summary.title}
            communityName={summary.communityName}
            onDeclared={() => {
              reload();
              heading.current?.focus();
            }}
          />
        ) : (
          <p className="message message-info">{t('application.notDeclared')}</p>
        )
      ) : null}
      {summary?.declaration === 'conflict' ? (
        <div className="message message-warning inbox-closed" role="status">
          <p>{t('application.closed')}</p>
        </div>
      ) : null}
      {packet && summary?.declaration === 'none' ? <OpenedApplication packet={packet} applicationId={applicationId} /> : null}
    </div>
  );
}
