// The native secretstream the payload uses makes the same bytes as libsodium's WebAssembly build: each opens the
// other's chunks, with the additional data and the tags, and neither opens a changed chunk.
import { describe, expect, it } from 'vitest';
import { initPull, initPush, pull, push } from '../../../../main/core/crypto/secretstream.js';
import { loadSodium } from '../../../../main/core/crypto/sodium.js';

const AD = new TextEncoder().encode('header hash');

describe('native secretstream', () => {
  it('is read by the WebAssembly build, and reads it', async () => {
    const sodium = await loadSodium();
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const messages = [new Uint8Array(1000).fill(1), new Uint8Array(65536).fill(2), new Uint8Array(17).fill(3)];
    const FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    const MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    const tags = [MESSAGE, MESSAGE, FINAL];

    const { stream, header } = initPush(key);
    const sealed = messages.map((m, i) => push(stream, m, i === 0 ? AD : null, tags[i]!));
    const wasmPull = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
    sealed.forEach((c, i) => {
      const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(wasmPull, c, i === 0 ? AD : null);
      expect(opened && Array.from(opened.message)).toEqual(Array.from(messages[i]!));
      expect(opened && opened.tag).toBe(tags[i]);
    });

    const wasmPush = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    const fromWasm = messages.map((m, i) => sodium.crypto_secretstream_xchacha20poly1305_push(wasmPush.state, m, i === 0 ? AD : null, tags[i]!));
    const nativePull = initPull(wasmPush.header, key);
    expect(nativePull).not.toBeNull();
    fromWasm.forEach((c, i) => {
      const opened = pull(nativePull!, c, i === 0 ? AD : null, new Uint8Array(c.byteLength));
      expect(opened && Array.from(opened.message)).toEqual(Array.from(messages[i]!));
      expect(opened?.tag).toBe(tags[i]);
    });
  });

  it('refuses a changed chunk, the wrong additional data, and a short one', async () => {
    const sodium = await loadSodium();
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const { stream, header } = initPush(key);
    const chunk = push(stream, new Uint8Array(100).fill(7), AD, 0);
    const changed = Uint8Array.from(chunk);
    changed[50] = (changed[50] ?? 0) ^ 1;
    expect(pull(initPull(header, key)!, changed, AD, new Uint8Array(200))).toBeNull();
    expect(pull(initPull(header, key)!, chunk, null, new Uint8Array(200))).toBeNull();
    expect(pull(initPull(header, key)!, chunk.subarray(0, 16), AD, new Uint8Array(200))).toBeNull();
    expect(initPull(header.subarray(0, 20), key)).toBeNull();
    expect(pull(initPull(header, key)!, chunk, AD, new Uint8Array(200))?.message.byteLength).toBe(100);
  });
});
