// The Electron Platform: power and screen-lock events reach the core, and unsubscribing really detaches them.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { PowerEvent } from '../../../main/core/platform.js';
import { createElectronPlatform } from '../../../main/app/electron-platform.js';

function fakePowerMonitor(idleSeconds = 0) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { getSystemIdleTime: () => idleSeconds });
}

describe('createElectronPlatform', () => {
  it('forwards suspend, lock-screen and shutdown, and stops on unsubscribe', () => {
    const powerMonitor = fakePowerMonitor();
    const platform = createElectronPlatform({ powerMonitor, getLocale: () => 'fr-FR' });
    const seen: PowerEvent[] = [];
    const stop = platform.onPowerEvent((event) => seen.push(event));

    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('shutdown');
    powerMonitor.emit('resume');
    expect(seen).toEqual(['suspend', 'lock-screen', 'shutdown']);

    stop();
    powerMonitor.emit('suspend');
    expect(seen).toHaveLength(3);
    expect(powerMonitor.eventNames()).toEqual([]);
  });

  it('reads idle time and locale from Electron and the clock from Date.now', () => {
    const platform = createElectronPlatform({ powerMonitor: fakePowerMonitor(301), getLocale: () => 'pt-BR' });
    expect(platform.systemIdleSeconds()).toBe(301);
    expect(platform.systemLocale()).toBe('pt-BR');
    expect(Math.abs(platform.now() - Date.now())).toBeLessThan(1000);
  });

  it('repeats a task until stopped', () => {
    vi.useFakeTimers();
    try {
      const platform = createElectronPlatform({ powerMonitor: fakePowerMonitor(), getLocale: () => 'en' });
      const task = vi.fn();
      const stop = platform.every(1000, task);
      vi.advanceTimersByTime(3500);
      expect(task).toHaveBeenCalledTimes(3);
      stop();
      vi.advanceTimersByTime(5000);
      expect(task).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
