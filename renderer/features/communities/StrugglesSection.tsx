// The harmful projects a community faces: its struggles (project, stage, what they resist, since), Remove with undo, and
// "Link project", which opens the link form in a drawer.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarmfulProjectSummary, Struggle } from '../../../common/community/community.schema.js';
import type { CreErrorPayload, Reply } from '../../../common/contract/errors.js';
import { request } from '../../app/cre.js';
import { goTo } from '../../app/navigate.js';
import { leaveThen, useSession } from '../../app/session-store.js';
import { storeEpoch } from '../../app/store-reset.js';
import { Drawer, drawerTexts } from '../../ui/Drawer.js';
import { formatDayOnly } from '../../ui/format-day-only.js';
import { LiveMessage } from '../../ui/LiveMessage.js';
import { useErrorText } from '../../ui/use-error-text.js';
import { linkableProjects } from './struggle-link-model.js';
import { StruggleLinkForm } from './StruggleLinkForm.js';

/** The most projects one list call returns; the picker reads batches until it has them all. */
const PROJECT_BATCH = 500;

async function listAllProjects(): Promise<Reply<HarmfulProjectSummary[]>> {
  const all: HarmfulProjectSummary[] = [];
  for (;;) {
    const reply = await request((api) => api.projects.list({ offset: all.length, limit: PROJECT_BATCH }));
    if (!reply.ok) return reply;
    all.push(...reply.value);
    if (reply.value.length < PROJECT_BATCH) return { ok: true, value: all };
  }
}

interface Loaded {
  struggles: Struggle[];
  projects: HarmfulProjectSummary[];
}

/** `onChanged` hears of every link, removal and undo, so other parts of the screen can read again. */
export function StrugglesSection({ communityId, onChanged }: { communityId: string; onChanged?: () => void }) {
  const { t, i18n } = useTranslation(['communities', 'taxonomy']);
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<CreErrorPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ id: string; project: string } | null>(null);
  // Bumped after a change, to read the struggles and projects again.
  const [version, setVersion] = useState(0);
  const [linking, setLinking] = useState(false);
  const [linkDirty, setLinkDirty] = useState(false);
  const onLinkDirty = useCallback((dirty: boolean) => setLinkDirty(dirty), []);
  const linkable = useMemo(() => (loaded ? linkableProjects(loaded.projects, loaded.struggles, i18n.language) : []), [loaded, i18n.language]);

  function changed(): void {
    setVersion((v) => v + 1);
    onChanged?.();
  }

  useEffect(() => {
    let current = true;
    const epoch = storeEpoch();
    void Promise.all([request((api) => api.struggles.list({ communityId })), listAllProjects()]).then(([struggles, projects]) => {
      if (!current || epoch !== storeEpoch()) return;
      if (!struggles.ok) setLoadError(struggles.error);
      else if (!projects.ok) setLoadError(projects.error);
      else {
        setLoadError(null);
        setLoaded({ struggles: struggles.value, projects: projects.value });
      }
    });
    return () => {
      current = false;
    };
  }, [communityId, version]);

  async function remove(struggle: Struggle): Promise<void> {
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.struggles.remove({ id: struggle.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setRemoved({ id: struggle.id, project: struggle.project.name });
    setStatus(null);
    changed();
    // The removed row's button goes with it; the section heading keeps focus here.
    heading.current?.focus();
  }

  async function undoRemove(): Promise<void> {
    if (!removed) return;
    setError(null);
    const epoch = storeEpoch();
    const reply = await request((api) => api.struggles.restore({ id: removed.id }));
    if (epoch !== storeEpoch()) return;
    if (!reply.ok) {
      setError(errorText(reply.error));
      return;
    }
    setStatus(t('struggles.relinked', { project: removed.project }));
    setRemoved(null);
    changed();
    heading.current?.focus();
  }

  function linked(projectName: string): void {
    setLinking(false);
    setLinkDirty(false);
    setRemoved(null);
    setStatus(t('struggles.linked', { project: projectName }));
    changed();
  }

  const goToProjects = () => leaveThen(() => useSession.getState().showSection('projects'));
  const notRecorded = t('struggles.notRecorded');

  return (
    <section className="card struggles" aria-labelledby="struggles-title">
      <div className="section-head">
        <h2 id="struggles-title" ref={heading} tabIndex={-1}>
          {t('struggles.title')}
        </h2>
        {loaded !== null && loaded.projects.length > 0 ? (
          <button
            type="button"
            className="button secondary"
            aria-disabled={linkable.length === 0 || undefined}
            aria-describedby={linkable.length === 0 ? 'struggles-all-linked' : undefined}
            onClick={() => linkable.length > 0 && setLinking(true)}
          >
            {t('struggles.open')}
          </button>
        ) : null}
      </div>
      <div role="status" className="live-region">
        {removed ? (
          <div className="message message-info undo-notice">
            <span>{t('struggles.removed', { project: removed.project })}</span>
            <button type="button" className="button secondary" onClick={() => void undoRemove()}>
              {t('struggles.undo')}
            </button>
          </div>
        ) : status ? (
          <p className="message message-success">{status}</p>
        ) : null}
      </div>
      <LiveMessage id="struggles-error" kind="alert" text={error ?? (loadError ? errorText(loadError) : null)} />
      {loaded === null && loadError === null ? <p className="hint">{t('struggles.loading')}</p> : null}
      {loaded !== null && loaded.struggles.length === 0 ? <p className="hint">{t('struggles.empty')}</p> : null}
      {loaded !== null && loaded.struggles.length > 0 ? (
        <div className="table-scroll">
          <table className="activity struggle-table">
            <caption className="visually-hidden">{t('struggles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('struggles.column.project')}</th>
                <th scope="col">{t('struggles.column.stage')}</th>
                <th scope="col">{t('struggles.column.resisting')}</th>
                <th scope="col">{t('struggles.column.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('struggles.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.struggles.map((struggle) => (
                <tr key={struggle.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => goTo({ section: 'projects', view: { name: 'detail', id: struggle.project.id } })}>
                      {struggle.project.name}
                    </button>
                  </th>
                  <td>{t(`taxonomy:projectStage.${struggle.project.stage}`)}</td>
                  <td className="prewrap">{struggle.resisting || notRecorded}</td>
                  <td>{struggle.since ? formatDayOnly(struggle.since, i18n.language, 'long') : notRecorded}</td>
                  <td>
                    <button type="button" className="button secondary small" onClick={() => void remove(struggle)}>
                      {t('struggles.remove')}
                      <span className="visually-hidden"> {struggle.project.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {loaded !== null && loaded.projects.length === 0 ? (
        <div className="no-projects">
          <p className="hint">{t('struggles.noProjects')}</p>
          <button type="button" className="button secondary" onClick={goToProjects}>
            {t('struggles.goToProjects')}
          </button>
        </div>
      ) : null}
      {loaded !== null && loaded.projects.length > 0 && linkable.length === 0 ? (
        <p id="struggles-all-linked" className="hint">
          {t('struggles.allLinked')}
        </p>
      ) : null}
      <Drawer
        isOpen={linking && loaded !== null}
        title={t('struggles.linkTitle')}
        dirty={linkDirty}
        onClose={() => {
          setLinking(false);
          setLinkDirty(false);
        }}
        texts={drawerTexts(t)}
      >
        {loaded !== null ? (
          <StruggleLinkForm communityId={communityId} projects={loaded.projects} struggles={loaded.struggles} onLinked={linked} onDirtyChange={onLinkDirty} />
        ) : null}
      </Drawer>
    </section>
  );
}
