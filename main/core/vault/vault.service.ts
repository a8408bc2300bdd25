// Vault lifecycle: create, unlock, lock, change passphrase, recover, and the reads that need no records.
import { existsSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { CreFailure } from '../../../common/contract/errors.js';
import type { LockReason } from '../../../common/contract/events.contract.js';
import type { AuditEntry, KdfParams, RecoveryKeyState, VaultInfo, VaultStatus, VerifyReport } from '../../../common/contract/vault.contract.js';
import type { Language } from '../../../common/languages.js';
import { appendAuditEvent, listAuditEvents } from '../../../db/audit.repo.js';
import { openVaultDatabase } from '../../../db/connection.js';
import { storageFailureOf } from '../../../db/storage-errors.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { getVaultMeta, setVaultMeta } from '../../../db/settings.repo.js';
import { calibrateKdf } from '../crypto/kdf.js';
import type { Sodium } from '../crypto/sodium.js';
import type { Platform } from '../platform.js';
import { createIdentity, ensureIdentity } from '../team/identity.js';
import {
  KEY_FILE_FORMAT,
  KEY_FILE_VERSION,
  unwrapWithPassphrase,
  unwrapWithRecoverySecret,
  wrapWithPassphrase,
  wrapWithRecoverySecret,
  writeKeyFile,
  type KeyFile,
} from './key-file.js';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key.js';
import { clearUnlockAttempts, readUnlockAttempts, recordFailedUnlock, retryAfterMs } from './unlock-attempts.js';
import { readVaultKeyFile, tidyVaultFolder, vaultFiles } from './vault-files.js';
import { writeNewVaultFiles } from './vault-create.js';
import { PASSPHRASE_WRAP_META, recordPassphraseChange, recordUnlockEvents } from './vault-events.js';
import { assertStrongPassphrase, verifyOpenVault } from './vault-verify.js';
import { createVaultAccess, type OpenVault } from './vault-access.js';
import {
  markRecoveryKeyConfirmed,
  readAutoLockMinutes,
  readRecoveryKeyState,
  writeAutoLockMinutes,
  writeNewRecoveryKeyState,
} from './vault-settings.js';
import { closeSession, type VaultSession } from './vault-session.js';
import { inTransaction } from '../../../db/handles.js';

export type KdfChoice = { mode: 'calibrate'; targetMs: number } | { mode: 'fixed'; params: KdfParams };

export interface VaultServiceOptions {
  sodium: Sodium;
  vaultDir: string;
  platform: Platform;
  kdf: KdfChoice;
  nativeBinding?: string | undefined;
  /** The language in which a refused passphrase's reason is given. */
  language: () => Language;
}

export type VaultService = ReturnType<typeof createVaultService>;

export function createVaultService(options: VaultServiceOptions) {
  const { sodium, platform } = options;
  const files = vaultFiles(options.vaultDir);
  // Against the files' own clock (their mtimes), not the platform's.
  tidyVaultFolder(files);
  let session: VaultSession | null = null;
  const lockListeners = new Set<(reason: LockReason) => void>();
  const openListeners = new Set<() => void>();

  const isoNow = () => new Date(platform.now()).toISOString();

  function currentSession(): VaultSession {
    if (!session) throw new CreFailure('locked', 'The vault is locked.');
    return session;
  }

  // The only door to the open vault, for every service and for this one's own writes: `busy` while a long job holds it.
  // Services get the handle and the vault id, never the key.
  const access = createVaultAccess(() => {
    const { db, vaultId } = currentSession();
    return { db, vaultId };
  });

  /** The session for one of this service's own calls, through the gate. */
  function requireSession(): VaultSession {
    access.open();
    return currentSession();
  }

  const requireVault = (): KeyFile => readVaultKeyFile(files);

  /** A storage error typed (disk full, read-only...), else `fallback`: never a full disk reported as damage. */
  function typedFailure(error: unknown, fallback: () => CreFailure): CreFailure {
    return storageFailureOf(error, files.dir) ?? fallback();
  }

  const assertStrong = (passphrase: string): void => assertStrongPassphrase(passphrase, options.language());

  function assertNotBackingOff(): void {
    const wait = retryAfterMs(readUnlockAttempts(files.unlockAttempts, platform.now()), platform.now());
    if (wait > 0) {
      throw new CreFailure('rate_limited', `Too many failed attempts. Try again in ${Math.ceil(wait / 1000)} s.`, {
        retryAfterMs: wait,
      });
    }
  }

  function failAttempt(code: 'wrong_passphrase' | 'wrong_recovery_key', message: string): never {
    const attempts = recordFailedUnlock(files.unlockAttempts, platform.now());
    throw new CreFailure(code, message, {
      failures: attempts.failures,
      retryAfterMs: retryAfterMs(attempts, platform.now()),
    });
  }

  /** For changes that need the passphrase again although the vault is open: a wrong one counts toward the back-off. */
  function requireCurrentPassphrase(currentPassphrase: string): { open: VaultSession; keyFile: KeyFile } {
    const open = requireSession();
    const keyFile = requireVault();
    assertNotBackingOff();
    const check = unwrapWithPassphrase(sodium, keyFile, currentPassphrase);
    if (!check) failAttempt('wrong_passphrase', 'The current passphrase is not right.');
    sodium.memzero(check);
    return { open, keyFile };
  }

  /** Opens the database with the unwrapped key and makes it the session; takes ownership of `dataKey`. */
  function openSession(keyFile: KeyFile, dataKey: Uint8Array): VaultSession {
    let db;
    try {
      db = openVaultDatabase(files.database, dataKey, { nativeBinding: options.nativeBinding });
    } catch (error) {
      sodium.memzero(dataKey);
      if (error instanceof CreFailure && error.code === 'crypto') {
        throw new CreFailure('corrupt', 'The key is right but the vault database could not be read: it may be damaged.');
      }
      throw error;
    }
    try {
      migrate(db);
      if (getVaultMeta(db, 'vault_id') !== keyFile.vaultId) {
        throw new CreFailure('corrupt', 'The key file and the database belong to different vaults.');
      }
      // A vault made before identities existed gets its key pairs on its first unlock after migration 8.
      ensureIdentity(sodium, db, keyFile.vaultId, isoNow());
    } catch (error) {
      try {
        closeSession(sodium, { db, dataKey, vaultId: keyFile.vaultId });
      } catch {
        // The key is zeroed before anything in closeSession can fail; the first failure is the one to report.
      }
      throw typedFailure(error, () => new CreFailure('corrupt', 'The vault database is damaged: SQLite could not read it.'));
    }
    session = { db, dataKey, vaultId: keyFile.vaultId };
    return session;
  }

  /** Housekeeping after an unlock; a listener's failure never undoes the unlock (the inbox purges again on every list). */
  function notifyOpened(): void {
    for (const listener of [...openListeners]) void Promise.resolve().then(listener).catch(() => undefined);
  }

  /** Records the unlock and what came before it (vault-events.ts); if that fails the vault stays locked. */
  function recordUnlock(opened: VaultSession, keyFile: KeyFile, kind: 'vault_unlocked' | 'vault_recovered'): void {
    const attempts = readUnlockAttempts(files.unlockAttempts, platform.now());
    try {
      recordUnlockEvents(opened.db, { kind, failedAt: attempts.pending, keyFile, at: isoNow() });
    } catch (error) {
      session = null;
      try {
        closeSession(sodium, opened);
      } catch {
        // Zeroed already; report the first failure.
      }
      throw typedFailure(error, () => new CreFailure('corrupt', 'The vault database is damaged: its audit trail could not be written.'));
    }
    clearUnlockAttempts(files.unlockAttempts);
  }

  /** Zeroes the key and tells every listener (which drop what they hold of records) even when the disk refuses the lock's audit entry. */
  function lock(reason: LockReason): void {
    const current = session;
    if (!current) return;
    session = null;
    try {
      try {
        appendAuditEvent(current.db, 'vault_locked', isoNow(), { reason });
      } finally {
        closeSession(sodium, current);
      }
    } catch (error) {
      throw typedFailure(error, () => new CreFailure('io', 'The vault could not be closed cleanly.'));
    } finally {
      for (const listener of [...lockListeners]) listener(reason);
    }
  }

  return {
    files,

    status(): VaultStatus {
      const attempts = readUnlockAttempts(files.unlockAttempts, platform.now());
      return {
        // A folder with only one of the two files holds a vault missing a file: unlocking names the missing one.
        state: session ? 'unlocked' : existsSync(files.keyFile) || existsSync(files.database) ? 'locked' : 'none',
        vaultDir: files.dir,
        backoff: { failures: attempts.failures, retryAfterMs: retryAfterMs(attempts, platform.now()) },
      };
    },

    /**
     * `sample` marks a vault of fictional records (main/core/roster/sample-vault.ts), which discardSample may delete;
     * `reviewer` makes a vault in reviewer mode (an Advisory Committee member's), which only receives review packets.
     */
    create(passphrase: string, kind: { sample?: boolean; reviewer?: boolean } = {}): { recoveryKey: string } {
      if (existsSync(files.keyFile) || existsSync(files.database)) {
        throw new CreFailure('vault_exists', 'A vault already exists in this folder.');
      }
      assertStrong(passphrase);
      const params = options.kdf.mode === 'fixed' ? options.kdf.params : calibrateKdf(sodium, options.kdf.targetMs);
      const vaultId = randomUUID();
      const createdAt = isoNow();
      const dataKey = sodium.randombytes_buf(32);
      const recovery = generateRecoveryKey(sodium);
      const keyFile: KeyFile = {
        format: KEY_FILE_FORMAT,
        version: KEY_FILE_VERSION,
        vaultId,
        createdAt,
        database: { file: 'vault.db', cipher: 'sqlcipher', cipherVersion: 4 },
        passphrase: wrapWithPassphrase(sodium, vaultId, dataKey, passphrase, params),
        recovery: wrapWithRecoverySecret(sodium, vaultId, dataKey, recovery.secret),
      };
      sodium.memzero(recovery.secret);
      try {
        writeNewVaultFiles(
          files,
          dataKey,
          keyFile,
          (db) => {
            setVaultMeta(db, 'vault_id', vaultId);
            setVaultMeta(db, 'created_at', createdAt);
            setVaultMeta(db, PASSPHRASE_WRAP_META, keyFile.passphrase.nonce);
            if (kind.sample === true) setVaultMeta(db, 'sample', '1');
            writeNewRecoveryKeyState(db, createdAt);
            createIdentity(sodium, db, vaultId, createdAt, kind.reviewer === true ? 'advisory_committee' : 'coordinator');
            appendAuditEvent(db, 'vault_created', createdAt, { memlimitBytes: params.memlimitBytes, opslimit: params.opslimit });
          },
          options.nativeBinding,
        );
        session = { db: openVaultDatabase(files.database, dataKey, { nativeBinding: options.nativeBinding }), dataKey, vaultId };
      } catch (error) {
        sodium.memzero(dataKey);
        throw storageFailureOf(error, files.dir) ?? error;
      }
      clearUnlockAttempts(files.unlockAttempts);
      return { recoveryKey: recovery.text };
    },

    unlock(passphrase: string): void {
      if (session) return;
      const keyFile = requireVault();
      assertNotBackingOff();
      const dataKey = unwrapWithPassphrase(sodium, keyFile, passphrase);
      if (!dataKey) failAttempt('wrong_passphrase', 'That passphrase does not open this vault.');
      recordUnlock(openSession(keyFile, dataKey), keyFile, 'vault_unlocked');
      notifyOpened();
    },

    lock,

    changePassphrase(currentPassphrase: string, newPassphrase: string): void {
      const { open, keyFile } = requireCurrentPassphrase(currentPassphrase);
      assertStrong(newPassphrase);
      const { salt: _salt, ...params } = keyFile.passphrase.kdf;
      const passphrase = wrapWithPassphrase(sodium, keyFile.vaultId, open.dataKey, newPassphrase, params);
      writeKeyFile(files.keyFile, { ...keyFile, passphrase });
      clearUnlockAttempts(files.unlockAttempts);
      // A kill before this commit is noticed at the next unlock by the wrap's new nonce (recordUnlockEvents).
      recordPassphraseChange(open.db, passphrase.nonce, isoNow());
    },

    recover(recoveryKeyText: string, newPassphrase: string): void {
      const keyFile = requireVault();
      // Recovery closes an open session: never under a long job's transaction.
      if (session) access.open();
      assertNotBackingOff();
      assertStrong(newPassphrase);
      let secret: Uint8Array;
      try {
        secret = parseRecoveryKey(sodium, recoveryKeyText);
      } catch (error) {
        if (error instanceof CreFailure) failAttempt('wrong_recovery_key', error.message);
        throw error;
      }
      const dataKey = unwrapWithRecoverySecret(sodium, keyFile, secret);
      sodium.memzero(secret);
      if (!dataKey) failAttempt('wrong_recovery_key', 'This recovery key does not open this vault.');
      if (session) closeSession(sodium, session);
      session = null;
      const { salt: _salt, ...params } = keyFile.passphrase.kdf;
      const recovered = { ...keyFile, passphrase: wrapWithPassphrase(sodium, keyFile.vaultId, dataKey, newPassphrase, params) };
      writeKeyFile(files.keyFile, recovered);
      recordUnlock(openSession(recovered, dataKey), recovered, 'vault_recovered');
      notifyOpened();
    },

    info(): VaultInfo {
      const keyFile = requireVault();
      const { salt: _salt, ...kdf } = keyFile.passphrase.kdf;
      return {
        vaultId: keyFile.vaultId,
        vaultDir: files.dir,
        keyFileVersion: keyFile.version,
        createdAt: keyFile.createdAt,
        cipher: { name: 'sqlcipher', version: 4 },
        kdf,
        schemaVersion: session ? getSchemaVersion(session.db) : null,
      };
    },

    verify(): VerifyReport {
      const { db, dataKey } = requireSession();
      return verifyOpenVault(db, dataKey, files);
    },

    auditTrail(limit: number): AuditEntry[] {
      return listAuditEvents(requireSession().db, limit);
    },

    getAutoLockMinutes(): number | null {
      return readAutoLockMinutes(requireSession().db);
    },

    setAutoLockMinutes(minutes: number | null): void {
      writeAutoLockMinutes(requireSession().db, minutes, isoNow());
    },

    getRecoveryKeyState(): RecoveryKeyState {
      return readRecoveryKeyState(requireSession().db, requireVault().createdAt);
    },

    markRecoveryKeyConfirmed(): void {
      markRecoveryKeyConfirmed(requireSession().db, isoNow(), requireVault().createdAt);
    },

    replaceRecoveryKey(currentPassphrase: string): { recoveryKey: string } {
      const { open, keyFile } = requireCurrentPassphrase(currentPassphrase);
      const recovery = generateRecoveryKey(sodium);
      const recoveryWrap = wrapWithRecoverySecret(sodium, keyFile.vaultId, open.dataKey, recovery.secret);
      sodium.memzero(recovery.secret);
      const at = isoNow();
      // The database records the new key first: if the key file write fails, the old key still works and the app
      // shows the new one as unconfirmed, prompting another replacement.
      inTransaction(open.db, () => {
        writeNewRecoveryKeyState(open.db, at);
        appendAuditEvent(open.db, 'recovery_key_replaced', at);
      });
      writeKeyFile(files.keyFile, { ...keyFile, recovery: recoveryWrap });
      clearUnlockAttempts(files.unlockAttempts);
      return { recoveryKey: recovery.text };
    },

    /** Whether the open vault was made as a sample; the flag is inside the encrypted database, so a locked vault answers false. */
    isSample(): boolean {
      return session !== null && getVaultMeta(session.db, 'sample') === '1';
    },

    /**
     * Deletes an open sample vault so the folder is empty again. Refused for any other vault: only the flag written at
     * creation, inside the encrypted database, can allow it. The key file goes first, so an interrupted discard leaves
     * no vault that looks usable.
     */
    discardSample(): void {
      if (getVaultMeta(requireSession().db, 'sample') !== '1') throw new CreFailure('forbidden', 'Only a sample vault can be discarded.');
      lock('user');
      for (const file of [files.keyFile, files.database, `${files.database}-wal`, `${files.database}-shm`, files.unlockAttempts]) {
        rmSync(file, { force: true });
      }
    },

    /** The open vault for other services, through the gate: `locked` when there is none, `busy` during a long job. */
    openVault: (): OpenVault => access.open(),

    /** Runs a long job (bundle import or export, CSV commit, attach) with the vault to itself: see vault-access.ts. */
    exclusive: <T>(job: (vault: OpenVault) => Promise<T> | T): Promise<T> => access.exclusive(job),

    isUnlocked(): boolean {
      return session !== null;
    },

    /** Told after every unlock and recovery (housekeeping such as purging expired review packets). */
    onOpened(listener: () => void): () => void {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },

    onLocked(listener: (reason: LockReason) => void): () => void {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
  };
}
