// The sample vault: a new vault filled with fictional collaborators under a public passphrase, its status, and its removal.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { CreFailure } from '../../../common/contract/errors.js';
import type { Language } from '../../../common/languages.js';
import { SAMPLE_VAULT_PASSPHRASE, type sampleContract } from '../../../common/contract/sample.contract.js';
import { deriveRegion } from '../../../common/roster/country-regions.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { insertCollaborator } from '../../../db/collaborators.repo.js';
import { inTransaction } from '../../../db/handles.js';
import { latestHlc } from '../../../db/syncable.js';
import { writeSampleNetwork, type SampleNetworkCounts } from '../communities/sample-network.js';
import { writeSampleConsultations } from '../consultations/sample-consultations.js';
import { writeSampleGrants, type SampleGrantsCounts } from '../grants/sample-grants.js';
import type { Sodium } from '../crypto/sodium.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import { done, type Handlers } from '../ipc/router.js';
import type { Platform } from '../platform.js';
import { createHybridClock } from '../sync/hlc.js';
import { writeSampleExchange, type SampleExchangeCounts } from '../sync/sample-exchange.js';
import type { RosterSearch } from './roster-fast-search.js';
import type { VaultService } from '../vault/vault.service.js';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SIZE, generateSampleCollaborators, MAX_SAMPLE_SIZE } from './sample-data.js';

/** The public passphrase of every sample vault (why it may be public: common/contract/sample.contract.ts). */
export const SAMPLE_PASSPHRASE = SAMPLE_VAULT_PASSPHRASE;

/**
 * Beside the key file, in the clear: lets a locked vault be labelled SAMPLE DATA and offer the public passphrase. It
 * grants nothing: discarding needs the vault open and the `sample` flag inside the encrypted database.
 */
export const SAMPLE_MARKER_FILE = 'sample-vault.json';
const markerSchema = z.object({ format: z.literal('cre-sample-vault'), vaultId: z.string() });

export interface SampleVaultDeps {
  sodium: Sodium;
  vault: VaultService;
  platform: Platform;
  /** The roster's search index: the sample network is matched over it, and it is dropped if creation fails. */
  search: Pick<RosterSearch, 'withIndex' | 'clear'>;
  /** The interface language, for the messages of the services that write the sample network. */
  language: () => Language;
  /** The SQLCipher addon built for Electron, when running there: the team members' throwaway vaults open with it too. */
  nativeBinding?: string | undefined;
}

export interface SampleVaultCreated {
  count: number;
  network: SampleNetworkCounts;
  /** Team members and bundle history (main/core/sync/sample-exchange.ts). */
  exchange: SampleExchangeCounts;
  /** The grants year: calls, applications, reviews, decisions, awards (main/core/grants/sample-grants.ts). */
  grants: SampleGrantsCounts;
  passphrase: string;
  vaultDir: string;
}

/** The generator gives every channel a value; the input type keeps it optional only for edits of existing channels. */
function valueOf(value: string | undefined): string {
  if (value === undefined) throw new CreFailure('internal', 'A generated sample contact has no value.');
  return value;
}

export type SampleVaultService = ReturnType<typeof createSampleVaultService>;

export function createSampleVaultService(deps: SampleVaultDeps) {
  const { vault, platform } = deps;
  const markerFile = join(vault.files.dir, SAMPLE_MARKER_FILE);

  /** True when the marker names the vault whose key file is in the folder (a leftover marker names no vault). */
  function markedAsSample(): boolean {
    if (!existsSync(markerFile) || vault.status().state === 'none') return false;
    try {
      const marker = markerSchema.safeParse(JSON.parse(readFileSync(markerFile, 'utf8')));
      return marker.success && marker.data.vaultId === vault.info().vaultId;
    } catch {
      return false;
    }
  }

  /** Deletes the open sample vault's files (refused for any other vault), so the first-run screen shows again. */
  function discard(): void {
    vault.discardSample();
    rmSync(markerFile, { force: true });
  }

  return {
    /**
     * Creates the vault in the configured folder (refused with `vault_exists` if it holds one) and writes `size`
     * collaborators, generated from `seed`, and the sample network in one transaction; then the team and the bundle
     * history, which take real bundle files; then the grants year. Leaves the vault open; if any step fails, the sample
     * vault is removed.
     */
    async create(size: number = DEFAULT_SAMPLE_SIZE, seed: number = DEFAULT_SAMPLE_SEED): Promise<SampleVaultCreated> {
      if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE_SIZE) {
        throw new CreFailure('invalid_input', `The sample size must be a whole number from 1 to ${MAX_SAMPLE_SIZE}.`);
      }
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw new CreFailure('invalid_input', 'The sample seed must be a whole number from 0 to 4294967295.');
      }
      if (vault.status().state !== 'none' || existsSync(vault.files.database)) {
        throw new CreFailure('vault_exists', 'A vault already exists in this folder.');
      }
      const records = generateSampleCollaborators(seed, size);
      vault.create(SAMPLE_PASSPHRASE, { sample: true });
      // Its passphrase is public, so its recovery key protects nothing: record it as handled rather than nag about it.
      vault.markRecoveryKeyConfirmed();
      const { db, vaultId } = vault.openVault();
      writeFileAtomic(markerFile, JSON.stringify({ format: 'cre-sample-vault', vaultId }));
      const clock = createHybridClock(vaultId, platform.now, latestHlc(db));
      const now = platform.now();
      const at = new Date(now).toISOString();
      let network: SampleNetworkCounts;
      try {
        network = inTransaction(db, () => {
          for (const { contacts, ...fields } of records) {
            insertCollaborator(
              db,
              {
                id: uuidv7(),
                fields,
                contacts: contacts.map((c) => ({ id: uuidv7(), type: c.type, value: valueOf(c.value), note: c.note, sensitive: c.sensitive })),
                region: deriveRegion(fields.countries),
              },
              { at, hlc: clock.next(), changedBy: vaultId },
            );
          }
          const written = writeSampleNetwork({ openVault: () => vault.openVault(), exclusive: vault.exclusive, search: deps.search, platform, language: deps.language, now });
          appendAuditEvent(db, 'sample_data_created', at, { count: size, seed, ...written });
          return written;
        });
      } catch (error) {
        // The index may have been built from rows the rollback just removed.
        deps.search.clear();
        throw error;
      }
      let exchange: SampleExchangeCounts;
      let grants: SampleGrantsCounts;
      try {
        exchange = await writeSampleExchange({
          sodium: deps.sodium,
          openVault: vault.openVault,
          exclusive: vault.exclusive,
          workDir: vault.files.dir,
          language: deps.language,
          now,
          nativeBinding: deps.nativeBinding,
        });
        // The grants year's working groups are the team, its applicants the network: written last, in one transaction.
        grants = inTransaction(db, () => writeSampleGrants({ openVault: () => vault.openVault(), language: deps.language, now }));
        inTransaction(db, () => writeSampleConsultations({ openVault: () => vault.openVault(), now }));
      } catch (error) {
        // Half a sample is no sample: remove it, so the first-run screen can offer it again.
        discard();
        throw error;
      }
      return { count: size, network, exchange, grants, passphrase: SAMPLE_PASSPHRASE, vaultDir: vault.files.dir };
    },

    /** Open vault: the flag inside the database decides. Locked vault: the marker beside the key file. */
    status(): { isSample: boolean; passphrase: string | null } {
      const isSample = vault.isUnlocked() ? vault.isSample() : markedAsSample();
      return { isSample, passphrase: isSample ? SAMPLE_PASSPHRASE : null };
    },

    discard,
  };
}

/** The `sample` domain of the contract over the service. */
export function sampleHandlers(sample: SampleVaultService): Handlers<{ sample: typeof sampleContract }>['sample'] {
  return {
    create: async ({ size }) => {
      const { count, passphrase } = await sample.create(size);
      return { count, passphrase };
    },
    status: () => sample.status(),
    discard: done(() => sample.discard()),
  };
}
