// The few functions of sodium-native (libsodium's native build) the bundle payload and key derivation use; the package ships no types.
declare module 'sodium-native' {
  const sodium: {
    crypto_secretstream_xchacha20poly1305_STATEBYTES: number;
    crypto_secretstream_xchacha20poly1305_HEADERBYTES: number;
    crypto_secretstream_xchacha20poly1305_ABYTES: number;
    crypto_secretstream_xchacha20poly1305_init_push(state: Uint8Array, header: Uint8Array, key: Uint8Array): void;
    /** Returns the ciphertext's length. */
    crypto_secretstream_xchacha20poly1305_push(state: Uint8Array, c: Uint8Array, m: Uint8Array, ad: Uint8Array | null, tag: number): number;
    crypto_secretstream_xchacha20poly1305_init_pull(state: Uint8Array, header: Uint8Array, key: Uint8Array): void;
    /** Returns the message's length; throws when the chunk does not open. */
    crypto_secretstream_xchacha20poly1305_pull(state: Uint8Array, m: Uint8Array, tag: Uint8Array, c: Uint8Array, ad: Uint8Array | null): number;
    crypto_pwhash_ALG_ARGON2ID13: number;
    crypto_pwhash(out: Uint8Array, passwd: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number, alg: number): void;
    sodium_memzero(buffer: Uint8Array): void;
    sodium_malloc(size: number): Uint8Array;
  };
  export default sodium;
}
