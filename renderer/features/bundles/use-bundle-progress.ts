// Follows main's progress events for one bundle being written or read, by the token the page gave the call.
import { useEffect, useState } from 'react';

export interface BundleJobProgress {
  done: number;
  total: number;
}

/** The progress of the job named `token`; zeros until main reports, and again whenever the token changes. */
export function useBundleProgress(token: string | null): BundleJobProgress {
  const [progress, setProgress] = useState<BundleJobProgress & { token: string | null }>({ token, done: 0, total: 0 });
  useEffect(() => {
    if (token === null) return undefined;
    return window.cre.on.bundleProgress((event) => {
      if (event.token === token) setProgress({ token, done: event.done, total: event.total });
    });
  }, [token]);
  return progress.token === token ? progress : { done: 0, total: 0 };
}
