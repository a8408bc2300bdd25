// A real small file system for tests of full disks and read-only folders: a tmpfs of a few MiB, mounted as root.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** The mount point: an empty folder on its own file system. */
  readonly dir: string;
  /** Writes a filler file until the file system has no space left. */
  fill(): void;
  /** Removes the filler, giving the space back. */
  free(): void;
  readOnly(): void;
  writable(): void;
  unmount(): void;
}

function mount(args: string[]): void {
  execFileSync('mount', args, { stdio: 'ignore' });
}

/** Why small disks cannot be made here, or null when they can: mounting needs root (CI runs as root). */
export const smallDiskUnavailable: string | null = (() => {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root';
  const probe = mkdtempSync(join(tmpdir(), 'cre-disk-probe-'));
  try {
    mount(['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return null;
  } catch {
    return 'this machine does not allow mounting a tmpfs';
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

export function mountSmallDisk(sizeMiB: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'cre-small-disk-'));
  mount(['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0700`, 'tmpfs', dir]);
  const filler = join(dir, 'filler.bin');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 0xa5);
      try {
        for (;;) writeSync(fd, block);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
        // The last partial block may still fit byte by byte.
        try {
          for (;;) writeSync(fd, block, 0, 1);
        } catch {
          // full
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    readOnly() {
      mount(['-o', 'remount,ro', dir]);
    },
    writable() {
      mount(['-o', 'remount,rw', dir]);
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
