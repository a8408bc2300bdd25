// The renderer's recovery-key checks: display groups, the two-group confirmation and feedback on a typed key.
import { describe, expect, it } from 'vitest';
import {
  groupMatches,
  pickGroupsToConfirm,
  readRecoveryKeyInput,
  recoveryKeyGroups,
  secureRandomBelow,
} from '../../../renderer/features/vault/recovery-key-check.js';

const KEY = 'ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH';
const GROUPS = ['ABCDE', 'FGHIJ', 'KLMNO', 'PQRST', 'UVWXY', 'Z2345', '67ABC', 'DEFGH'];

describe('recoveryKeyGroups', () => {
  it('splits the key main returns into its eight groups', () => {
    expect(recoveryKeyGroups(KEY)).toEqual(GROUPS);
  });
});

describe('pickGroupsToConfirm', () => {
  it('returns two different positions in ascending order for every draw', () => {
    for (let first = 0; first < 8; first++) {
      for (let second = 0; second < 7; second++) {
        const draws = [first, second];
        const [a, b] = pickGroupsToConfirm(() => draws.shift() ?? 0);
        expect(a).toBeLessThan(b);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(8);
      }
    }
  });

  it('can ask for every pair of groups', () => {
    const pairs = new Set<string>();
    for (let first = 0; first < 8; first++) {
      for (let second = 0; second < 7; second++) {
        const draws = [first, second];
        pairs.add(pickGroupsToConfirm(() => draws.shift() ?? 0).join(','));
      }
    }
    expect(pairs.size).toBe(28);
  });
});

describe('secureRandomBelow', () => {
  it('stays within [0, n) and reaches every value', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = secureRandomBelow(8);
      expect(Number.isInteger(value) && value >= 0 && value < 8).toBe(true);
      seen.add(value);
    }
    expect(seen.size).toBe(8);
  });
});

describe('groupMatches', () => {
  it('accepts the right group whatever the case and spacing', () => {
    expect(groupMatches(GROUPS, 2, 'klmno')).toBe(true);
    expect(groupMatches(GROUPS, 2, ' KL MNO ')).toBe(true);
  });

  it('accepts look-alike digits for letters, as the key format does', () => {
    expect(groupMatches(GROUPS, 0, 'A8CDE')).toBe(true);
  });

  it('refuses another group, a partial group and a position outside the key', () => {
    expect(groupMatches(GROUPS, 2, 'ABCDE')).toBe(false);
    expect(groupMatches(GROUPS, 2, 'KLMN')).toBe(false);
    expect(groupMatches(GROUPS, 8, 'ABCDE')).toBe(false);
  });
});

describe('readRecoveryKeyInput', () => {
  it('normalises a complete key typed with spaces and lowercase', () => {
    const input = readRecoveryKeyInput(KEY.toLowerCase().replaceAll('-', ' '));
    expect(input).toEqual({ normalized: GROUPS.join(''), problem: null, count: 40 });
  });

  it('says how far an incomplete key has got', () => {
    expect(readRecoveryKeyInput('abcde-fghij')).toEqual({ normalized: null, problem: 'incomplete', count: 10 });
  });

  it('tells empty, invalid and too long apart', () => {
    expect(readRecoveryKeyInput(' - ').problem).toBe('empty');
    expect(readRecoveryKeyInput('ABCDE!').problem).toBe('invalid');
    expect(readRecoveryKeyInput(`${KEY}-A`).problem).toBe('tooLong');
  });
});
