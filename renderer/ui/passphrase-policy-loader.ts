// Loads the passphrase policy (zxcvbn and five languages' dictionaries, megabytes) on first need, in its own chunk.
type PassphrasePolicy = typeof import('../../common/passphrase-policy.js');

let loading: Promise<PassphrasePolicy> | null = null;

export function loadPassphrasePolicy(): Promise<PassphrasePolicy> {
  loading ??= import('../../common/passphrase-policy.js').catch((error: unknown) => {
    // Let the next attempt retry instead of remembering the failure.
    loading = null;
    throw error;
  });
  return loading;
}
