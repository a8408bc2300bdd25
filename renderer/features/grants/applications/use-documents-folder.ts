// An application's documents folder (a resource of the vault): its attachments, and storing a new file in it with the
// progress main reports while the file is read and sealed.
import { useCallback, useEffect, useState } from 'react';
import type { Reply } from '../../../../common/contract/errors.js';
import type { Attachment } from '../../../../common/resources/resource.schema.js';
import { request } from '../../../app/cre.js';
import { useLoaded, type Loaded } from '../../../ui/use-loaded.js';

/** The folder's attachments, oldest first; an application without a folder has none. */
export function useDocuments(resourceId: string | null, version: number): Loaded<Attachment[]> {
  return useLoaded<Attachment[]>(async () => {
    if (resourceId === null) return { ok: true, value: [] };
    const reply = await request((api) => api.resources.get({ id: resourceId }));
    return reply.ok ? { ok: true, value: reply.value.attachments } : reply;
  }, `documents:${resourceId ?? ''}:${version}`);
}

export interface AttachJob {
  /** True while a file is being stored. */
  busy: boolean;
  /** 0–100, or null while main has not reported a first figure. */
  percent: number | null;
  /** Shows the open dialog and stores the chosen file; null when the dialog was cancelled. */
  attach: () => Promise<Reply<Attachment | null>>;
}

export function useAttachFile(resourceId: string | null): AttachJob {
  const [token, setToken] = useState<string | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });

  useEffect(() => {
    if (token === null) return undefined;
    return window.cre.on.attachmentProgress((event) => {
      if (event.token === token) setProgress({ done: event.done, total: event.total });
    });
  }, [token]);

  const attach = useCallback(async (): Promise<Reply<Attachment | null>> => {
    if (resourceId === null) return { ok: true, value: null };
    const started = crypto.randomUUID();
    setProgress({ done: 0, total: 0 });
    setToken(started);
    const reply = await request((api) => api.resources.attach({ id: resourceId, token: started }));
    setToken(null);
    return reply;
  }, [resourceId]);

  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : null;
  return { busy: token !== null, percent, attach };
}
