// A countdown to when main accepts the next unlock attempt; ticks while waiting, stops by itself at zero.
import { useCallback, useEffect, useState } from 'react';

const TICK_MS = 250;

export interface RetryTimer {
  /** Milliseconds left; 0 when not waiting. */
  remainingMs: number;
  /** Starts (or restarts) the wait; 0 or less does nothing. */
  wait: (ms: number) => void;
}

export function useRetryTimer(): RetryTimer {
  const [state, setState] = useState<{ until: number; remainingMs: number } | null>(null);
  const until = state?.until ?? null;

  useEffect(() => {
    if (until === null) return undefined;
    const timer = setInterval(() => {
      const remainingMs = Math.max(0, until - Date.now());
      setState(remainingMs > 0 ? { until, remainingMs } : null);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [until]);

  const wait = useCallback((ms: number) => {
    if (ms > 0) setState({ until: Date.now() + ms, remainingMs: ms });
  }, []);

  return { remainingMs: state?.remainingMs ?? 0, wait };
}
