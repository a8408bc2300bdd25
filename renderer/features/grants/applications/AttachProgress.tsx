// The progress of a file being stored in the vault: a bar that moves even before main reports its first figure.
import type { AttachJob } from './use-documents-folder.js';

export function AttachProgress({ id, job, label }: { id: string; job: AttachJob; label: string }) {
  return (
    <div role="status" className="live-region">
      {job.busy ? (
        <div className="attachment-progress">
          <label htmlFor={id}>{label}</label>
          {job.percent === null ? <progress id={id} /> : <progress id={id} max={100} value={job.percent} />}
        </div>
      ) : null}
    </div>
  );
}
