// What the vault commands print: the recovery key at creation or replacement, `info` and `verify`, as text or JSON.
import type { VaultInfo, VerifyReport } from '../../common/contract/vault.contract.js';
import { KEY_FILE_FORMAT } from '../core/vault/key-file.js';
import type { Translate } from './cli-i18n.js';

const MIB = 1024 * 1024;

/** `verify`'s result; `audit` is null when the database could not be read far enough to check it. */
export interface VerifyOutcome {
  ok: boolean;
  integrity: VerifyReport['integrity'];
  audit: VerifyReport['audit'] | null;
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([label]) => [...label].length));
  return rows.map(([label, value]) => `${label}:${' '.repeat(width - [...label].length + 2)}${value}\n`).join('');
}

/** The key with the instructions to keep it. Never log this: it opens the vault. */
function recoveryKeyBlock(t: Translate, heading: string, recoveryKey: string): string[] {
  return [heading, '', `    ${recoveryKey}`, '', t('create.writeDown'), t('create.whyItMatters'), ''];
}

/** The one time the recovery key is shown. */
export function formatCreated(t: Translate, vaultDir: string, recoveryKey: string): string {
  return [t('create.created', { dir: vaultDir }), '', ...recoveryKeyBlock(t, t('create.recoveryHeading'), recoveryKey)].join('\n');
}

/** The one time a replacement recovery key is shown, with the same instructions as at creation. */
export function formatNewRecoveryKey(t: Translate, recoveryKey: string): string {
  return [t('newRecoveryKey.done'), '', ...recoveryKeyBlock(t, t('newRecoveryKey.heading'), recoveryKey)].join('\n');
}

/** `info --json`: the contract's VaultInfo plus the key file's format name. Salts, nonces and ciphertexts never appear. */
export function infoJson(info: VaultInfo) {
  return {
    vaultDir: info.vaultDir,
    vaultId: info.vaultId,
    createdAt: info.createdAt,
    keyFileFormat: KEY_FILE_FORMAT,
    keyFileVersion: info.keyFileVersion,
    cipher: info.cipher,
    kdf: info.kdf,
    schemaVersion: info.schemaVersion,
  };
}

export function formatInfo(t: Translate, info: VaultInfo): string {
  return table([
    [t('info.folder'), info.vaultDir],
    [t('info.vaultId'), info.vaultId],
    [t('info.created'), t('info.createdValue', { at: new Date(info.createdAt) })],
    [t('info.keyFile'), t('info.keyFileValue', { format: KEY_FILE_FORMAT, version: info.keyFileVersion })],
    [t('info.cipher'), t('info.cipherValue', { version: info.cipher.version })],
    [
      t('info.kdf'),
      t('info.kdfValue', { mib: Math.floor(info.kdf.memlimitBytes / MIB), passes: info.kdf.opslimit }),
    ],
    [t('info.schema'), info.schemaVersion === null ? t('info.schemaLocked') : String(info.schemaVersion)],
  ]);
}

export function formatVerify(t: Translate, outcome: VerifyOutcome): string {
  const lines: string[] = [];
  const { integrity, audit } = outcome;
  if (integrity.ok) lines.push(t('verify.integrityOk'));
  else {
    lines.push(t('verify.integrityFailed', { problems: integrity.problems.length }));
    for (const problem of integrity.problems) lines.push(`  - ${problem}`);
  }
  if (audit === null) lines.push(t('verify.auditNotChecked'));
  else if (audit.ok) lines.push(t('verify.auditOk', { entries: audit.entries }));
  else if (audit.firstBrokenSeq === null) lines.push(t('verify.auditFailed', { entries: audit.entries }));
  else lines.push(t('verify.auditBrokenAt', { seq: audit.firstBrokenSeq, entries: audit.entries }));
  lines.push(outcome.ok ? t('verify.passed') : t('verify.failed'));
  return `${lines.join('\n')}\n`;
}
