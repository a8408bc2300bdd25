// What the core needs from the operating system, so the Electron shell, the CLI and the tests can each provide it.
export type PowerEvent = 'suspend' | 'lock-screen' | 'shutdown';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Seconds since the user last touched keyboard or mouse anywhere on the system. */
  systemIdleSeconds(): number;
  /** The user's OS locale (BCP 47 or POSIX), used for the first-run language. */
  systemLocale(): string;
  onPowerEvent(listener: (event: PowerEvent) => void): () => void;
  /** Repeats `task` every `ms`; returns the function that stops it. */
  every(ms: number, task: () => void): () => void;
  /** Shows the system's open-file dialog; the chosen path, or null when cancelled. Files never cross IPC as bytes. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Shows the system's save-file dialog; the chosen path, or null when cancelled. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Prints a self-contained HTML document (no script runs in it) to PDF and answers the PDF's bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
}
