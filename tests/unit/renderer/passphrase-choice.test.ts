// When a new passphrase may be submitted, and which reason the form shows when it may not.
import { describe, expect, it } from 'vitest';
import { confirmationDiverges, passphraseBlocker } from '../../../renderer/ui/passphrase-choice.js';

const STRONG = 'orbit lantern mango quietly';

describe('passphraseBlocker', () => {
  it('asks for a passphrase first', () => {
    expect(passphraseBlocker('', '', 'checking')).toBe('empty');
  });

  it('waits for the strength check of the current text', () => {
    expect(passphraseBlocker(STRONG, STRONG, 'checking')).toBe('checking');
  });

  it('refuses a weak passphrase even when confirmed', () => {
    expect(passphraseBlocker('password1', 'password1', 'weak')).toBe('weak');
  });

  it('asks for the confirmation, then for a matching one', () => {
    expect(passphraseBlocker(STRONG, '', 'acceptable')).toBe('confirmEmpty');
    expect(passphraseBlocker(STRONG, `${STRONG}!`, 'acceptable')).toBe('mismatch');
  });

  it('lets an acceptable, confirmed passphrase through', () => {
    expect(passphraseBlocker(STRONG, STRONG, 'acceptable')).toBeNull();
  });

  it('leaves the verdict to the core when the checker could not load', () => {
    expect(passphraseBlocker(STRONG, STRONG, 'unknown')).toBeNull();
  });
});

describe('confirmationDiverges', () => {
  it('stays quiet while the confirmation is still a beginning of the passphrase', () => {
    expect(confirmationDiverges(STRONG, '')).toBe(false);
    expect(confirmationDiverges(STRONG, 'orbit lan')).toBe(false);
  });

  it('speaks up once the confirmation cannot become the passphrase', () => {
    expect(confirmationDiverges(STRONG, 'orbit lamp')).toBe(true);
    expect(confirmationDiverges(STRONG, `${STRONG} x`)).toBe(true);
  });
});
