// One member's safety number in 12 groups of 5, to compare over a trusted channel, with "Mark as verified" and its undoing.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../common/team/team.schema.js';
import { request } from '../../app/cre.js';
import { formatDateTime } from '../../ui/format.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { useLoaded } from '../../ui/use-loaded.js';
import { useTeam } from './team-store.js';

function SafetyNumberBody({ member, onClose }: { member: TeamMember; onClose: () => void }) {
  const { t, i18n } = useTranslation(['team', 'taxonomy']);
  const errorText = useErrorText();
  const safety = useLoaded(() => request((api) => api.team.safetyNumber({ memberId: member.id })), `${member.id}|${member.keysChangedAt ?? ''}`);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = member.displayName;

  async function setVerified(verified: boolean): Promise<void> {
    setStatus(null);
    setError(null);
    const reply = await request((api) => api.team.setVerified({ memberId: member.id, verified }));
    if (!reply.ok) return setError(errorText(reply.error));
    setStatus(verified ? t('member.nowVerified', { name }) : t('member.nowUnverified', { name }));
    await useTeam.getState().loadMembers();
  }

  async function remove(): Promise<void> {
    setError(null);
    const reply = await request((api) => api.team.remove({ memberId: member.id }));
    if (!reply.ok) return setError(errorText(reply.error));
    onClose();
    useTeam.getState().setNotice(t('member.removed', { name }));
    await useTeam.getState().loadMembers();
  }

  return (
    <>
      <h2 id="team-member-title">{name}</h2>
      <p className="hint">
        {t(`role.${member.role}`)} · {t(`taxonomy:region.${member.region}`)}
      </p>
      {member.keysChangedAt !== null ? (
        <p className="message message-error">{t('member.keysChangedWarning', { name, date: formatDateTime(member.keysChangedAt, i18n.language) })}</p>
      ) : null}
      <h3>{t('member.safetyTitle')}</h3>
      <p id="team-member-safety-intro">{t('member.safetyIntro', { name })}</p>
      {safety.state === 'loading' ? <p className="hint">{t('member.loading')}</p> : null}
      {safety.state === 'failed' ? <p className="message message-error">{errorText(safety.error)}</p> : null}
      {safety.state === 'ready' ? (
        <ol className="safety-number" aria-label={t('member.groups', { name })}>
          {safety.value.groups.map((group, index) => (
            <li key={index}>{group}</li>
          ))}
        </ol>
      ) : null}
      <p className={member.verified ? 'team-state verified' : 'team-state'}>
        {member.verified && member.verifiedAt ? t('member.verifiedSince', { date: formatDateTime(member.verifiedAt, i18n.language) }) : t('member.notVerified')}
      </p>
      <LiveMessage id="team-member-status" kind="status" tone="success" text={status} />
      <LiveMessage id="team-member-error" kind="alert" text={error} />
      <div className="actions">
        {member.verified ? (
          <button type="button" className="button secondary" onClick={() => void setVerified(false)}>
            {t('member.unverify')}
          </button>
        ) : (
          <button type="button" className="button primary" aria-disabled={safety.state !== 'ready' || undefined} onClick={() => safety.state === 'ready' && void setVerified(true)}>
            {t('member.verify')}
          </button>
        )}
        <button type="button" className="button secondary danger" onClick={() => void remove()}>
          {t('member.remove')}
        </button>
        <button type="button" className="button secondary" autoFocus onClick={onClose}>
          {t('member.close')}
        </button>
      </div>
    </>
  );
}

export function MemberDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const openMemberId = useTeam((state) => state.openMemberId);
  const member = useTeam((state) => state.members?.find((candidate) => candidate.id === state.openMemberId) ?? null);
  const close = () => useTeam.getState().openMember(null);
  const showing = openMemberId !== null && member !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (showing && !element.open) element.showModal();
    if (!showing && element.open) element.close();
  }, [showing]);

  return (
    <dialog ref={dialog} className="confirm-dialog team-member-dialog" aria-labelledby="team-member-title" aria-describedby="team-member-safety-intro" onCancel={close}>
      {member !== null ? <SafetyNumberBody key={member.id} member={member} onClose={close} /> : null}
    </dialog>
  );
}
