// Decides whether a new passphrase and its confirmation may be submitted, and if not, the first reason why.
export type PassphraseBlocker = 'empty' | 'checking' | 'weak' | 'confirmEmpty' | 'mismatch';

/** What the strength check says: still working, a verdict, or `unknown` when the check could not load (the core still judges). */
export type StrengthVerdict = 'checking' | 'acceptable' | 'weak' | 'unknown';

export function passphraseBlocker(passphrase: string, confirmation: string, verdict: StrengthVerdict): PassphraseBlocker | null {
  if (passphrase === '') return 'empty';
  if (verdict === 'checking') return 'checking';
  if (verdict === 'weak') return 'weak';
  if (confirmation === '') return 'confirmEmpty';
  if (confirmation !== passphrase) return 'mismatch';
  return null;
}

/** True once the confirmation can no longer become the passphrase by typing more, so saying so is not premature. */
export function confirmationDiverges(passphrase: string, confirmation: string): boolean {
  return confirmation !== '' && !passphrase.startsWith(confirmation);
}
