// The core's Platform on Electron: power and screen-lock events, system idle time, the OS locale, the clock and timers.
import type { Platform, PowerEvent } from '../core/platform.js';

const POWER_EVENTS: readonly PowerEvent[] = ['suspend', 'lock-screen', 'shutdown'];

/** The part of Electron's `powerMonitor` used here; it is passed in so this file runs (and is tested) without Electron. */
export interface PowerMonitorLike {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
  getSystemIdleTime(): number;
}

export interface ElectronPlatformDeps {
  /** Electron's `powerMonitor`; it may only be used after the app is ready. */
  powerMonitor: PowerMonitorLike;
  /** `app.getLocale()`. */
  getLocale: () => string;
}

export function createElectronPlatform(deps: ElectronPlatformDeps): Platform {
  return {
    now: () => Date.now(),
    systemIdleSeconds: () => deps.powerMonitor.getSystemIdleTime(),
    systemLocale: () => deps.getLocale(),
    onPowerEvent(listener) {
      const subscriptions = POWER_EVENTS.map((event) => {
        const handler = () => listener(event);
        deps.powerMonitor.on(event, handler);
        return () => deps.powerMonitor.removeListener(event, handler);
      });
      return () => {
        for (const unsubscribe of subscriptions) unsubscribe();
      };
    },
    every(ms, task) {
      const timer = setInterval(task, ms);
      return () => clearInterval(timer);
    },
  };
}
