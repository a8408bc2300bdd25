// Hybrid logical clock: timestamps that sort like wall-clock time but never go backwards and never repeat within a vault.
// Text form `<13-digit ms>-<5-digit counter>-<vault id>` sorts correctly as a string.

export interface HybridClock {
  /** The stamp for a change happening now. */
  next(): string;
}

const pad = (n: number, width: number) => n.toString().padStart(width, '0');

export function parseHlc(text: string): { wallMs: number; counter: number; node: string } | null {
  const match = /^(\d{13})-(\d{5})-(.+)$/.exec(text);
  if (!match) return null;
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3] ?? '' };
}

export function createHybridClock(node: string, now: () => number, latest: string | null = null): HybridClock {
  const last = latest ? parseHlc(latest) : null;
  let wallMs = last?.wallMs ?? 0;
  let counter = last?.counter ?? 0;
  return {
    next() {
      const physical = now();
      if (physical > wallMs) {
        wallMs = physical;
        counter = 0;
      } else {
        counter += 1;
      }
      return `${pad(wallMs, 13)}-${pad(counter, 5)}-${node}`;
    },
  };
}
