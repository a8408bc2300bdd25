// crypto_secretstream_xchacha20poly1305 through libsodium's native build, for bundle payloads: about three times the
// speed of the WebAssembly build on the same machine, and the same bytes (docs/decisions/0010-native-secretstream.md).
import native from 'sodium-native';

const STATE_BYTES = native.crypto_secretstream_xchacha20poly1305_STATEBYTES;
const HEADER_BYTES = native.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
const A_BYTES = native.crypto_secretstream_xchacha20poly1305_ABYTES;

/** One direction of one stream. Holds key material: `dispose` zeroes it. */
export interface SecretStream {
  readonly state: Uint8Array;
  dispose(): void;
}

function stream(state: Uint8Array): SecretStream {
  return { state, dispose: () => native.sodium_memzero(state) };
}

/** A new stream under `key`: its state, and the 24-byte header the reader needs. */
export function initPush(key: Uint8Array): { stream: SecretStream; header: Uint8Array } {
  const state = native.sodium_malloc(STATE_BYTES);
  const header = new Uint8Array(HEADER_BYTES);
  native.crypto_secretstream_xchacha20poly1305_init_push(state, header, key);
  return { stream: stream(state), header };
}

/**
 * One chunk: `message` sealed with `tag`, `ad` as its additional data, written into `into` when given (reusing one
 * buffer for every chunk doubles the speed: a fresh one per chunk costs as much as the encryption).
 */
export function push(s: SecretStream, message: Uint8Array, ad: Uint8Array | null, tag: number, into?: Uint8Array): Uint8Array {
  const ciphertext = into ? into.subarray(0, message.byteLength + A_BYTES) : new Uint8Array(message.byteLength + A_BYTES);
  native.crypto_secretstream_xchacha20poly1305_push(s.state, ciphertext, message, ad, tag);
  return ciphertext;
}

/** The reading side of a stream, or null when the header does not fit the key (a wrong length). */
export function initPull(header: Uint8Array, key: Uint8Array): SecretStream | null {
  if (header.byteLength !== HEADER_BYTES) return null;
  const state = native.sodium_malloc(STATE_BYTES);
  native.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key);
  return stream(state);
}

/** Opens one chunk into `into` (at least its length minus 17 bytes); null when it does not open. */
export function pull(s: SecretStream, ciphertext: Uint8Array, ad: Uint8Array | null, into: Uint8Array): { message: Uint8Array; tag: number } | null {
  if (ciphertext.byteLength < A_BYTES) return null;
  const message = into.subarray(0, ciphertext.byteLength - A_BYTES);
  const tag = new Uint8Array(1);
  try {
    native.crypto_secretstream_xchacha20poly1305_pull(s.state, message, tag, ciphertext, ad);
  } catch {
    return null;
  }
  return { message, tag: tag[0] ?? -1 };
}
