// Pure pieces of the home page: auto-lock menu choices, audit entry details, the Lock now shortcut and formatting.
import { describe, expect, it } from 'vitest';
import { isLockShortcut, isMacPlatform, lockShortcut } from '../../../renderer/app/shortcut.js';
import { auditDetail } from '../../../renderer/features/settings/audit-detail.js';
import { autoLockChoices, autoLockValue, parseAutoLockValue } from '../../../renderer/features/settings/auto-lock-options.js';
import { formatDateTime, formatMinutes, toMebibytes } from '../../../renderer/ui/format.js';
import { failuresOf, retryAfterMsOf, secondsLeft } from '../../../renderer/ui/retry.js';

describe('auto-lock choices', () => {
  it('offers the usual delays', () => {
    expect(autoLockChoices(5)).toEqual([1, 2, 5, 10, 15, 30, 60]);
    expect(autoLockChoices(null)).toEqual([1, 2, 5, 10, 15, 30, 60]);
  });

  it('adds the current delay in order when it is not a usual one', () => {
    expect(autoLockChoices(7)).toEqual([1, 2, 5, 7, 10, 15, 30, 60]);
  });

  it('maps menu values to minutes and back, and never reads a bad value as off', () => {
    expect(parseAutoLockValue(autoLockValue(null))).toEqual({ minutes: null });
    expect(parseAutoLockValue(autoLockValue(15))).toEqual({ minutes: 15 });
    expect(parseAutoLockValue('0')).toBeNull();
    expect(parseAutoLockValue('61')).toBeNull();
    expect(parseAutoLockValue('2.5')).toBeNull();
    expect(parseAutoLockValue('')).toBeNull();
  });
});

describe('auditDetail', () => {
  const entry = { seq: 1, at: '2025-03-12T14:05:00.000Z' };

  it('reads why the vault locked', () => {
    expect(auditDetail({ ...entry, kind: 'vault_locked', detail: { reason: 'suspend' } })).toEqual({ type: 'lockReason', reason: 'suspend' });
    expect(auditDetail({ ...entry, kind: 'vault_locked', detail: { reason: 'bogus' } })).toBeNull();
  });

  it('reads the new auto-lock delay, including off', () => {
    expect(auditDetail({ ...entry, kind: 'auto_lock_changed', detail: { minutes: 10 } })).toEqual({ type: 'autoLock', minutes: 10 });
    expect(auditDetail({ ...entry, kind: 'auto_lock_changed', detail: { minutes: null } })).toEqual({ type: 'autoLock', minutes: null });
    expect(auditDetail({ ...entry, kind: 'auto_lock_changed', detail: {} })).toBeNull();
  });

  it('has nothing to add for other events', () => {
    expect(auditDetail({ ...entry, kind: 'vault_created', detail: { memlimitBytes: 67108864, opslimit: 3 } })).toBeNull();
  });
});

describe('Lock now shortcut', () => {
  const press = { key: 'l', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

  it('is Ctrl+L outside macOS and Cmd+L on macOS', () => {
    expect(isLockShortcut({ ...press, ctrlKey: true }, false)).toBe(true);
    expect(isLockShortcut({ ...press, metaKey: true }, false)).toBe(false);
    expect(isLockShortcut({ ...press, metaKey: true }, true)).toBe(true);
    expect(isLockShortcut({ ...press, ctrlKey: true }, true)).toBe(false);
  });

  it('accepts caps lock but not extra modifiers or other keys', () => {
    expect(isLockShortcut({ ...press, key: 'L', ctrlKey: true }, false)).toBe(true);
    expect(isLockShortcut({ ...press, ctrlKey: true, shiftKey: true }, false)).toBe(false);
    expect(isLockShortcut({ ...press, ctrlKey: true, altKey: true }, false)).toBe(false);
    expect(isLockShortcut({ ...press, key: 'k', ctrlKey: true }, false)).toBe(false);
  });

  it('names the keys for display and for aria-keyshortcuts', () => {
    expect(lockShortcut(false)).toEqual({ keys: ['Ctrl', 'L'], aria: 'Control+L' });
    expect(lockShortcut(true).aria).toBe('Meta+L');
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36')).toBe(true);
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe(false);
  });
});

describe('retry details', () => {
  it('rounds the wait up to whole seconds, never showing 0 while waiting', () => {
    expect(secondsLeft(12_001)).toBe(13);
    expect(secondsLeft(12_000)).toBe(12);
    expect(secondsLeft(20)).toBe(1);
  });

  it('reads retryAfterMs and failures from an error, ignoring anything else', () => {
    const error = { code: 'wrong_passphrase' as const, message: 'x', details: { failures: 6, retryAfterMs: 4000 } };
    expect(retryAfterMsOf(error)).toBe(4000);
    expect(failuresOf(error)).toBe(6);
    expect(retryAfterMsOf({ code: 'internal', message: 'x' })).toBe(0);
    expect(failuresOf({ code: 'internal', message: 'x', details: { failures: 'many' } })).toBeNull();
  });
});

describe('formatting', () => {
  it('spells minutes the way each language does', () => {
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(5, 'es')).toBe('5 minutos');
    expect(formatMinutes(5, 'fr')).toBe('5 minutes');
    expect(formatMinutes(1, 'pt')).toBe('1 minuto');
  });

  it('shows an unreadable date as it came instead of "Invalid Date"', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('2025-03-12T14:05:00.000Z', 'en')).toMatch(/2025/);
  });

  it('turns Argon2id memory into MiB', () => {
    expect(toMebibytes(256 * 1024 * 1024)).toBe(256);
  });
});
