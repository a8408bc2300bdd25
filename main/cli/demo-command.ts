// `cre demo`: creates a sample vault of fictional collaborators and prints where it is and its (public) passphrase.
import { CreFailure } from '../../common/contract/errors.js';
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_SIZE, MAX_SAMPLE_SIZE } from '../core/roster/sample-data.js';
import { usageError } from './cli-errors.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { withCore } from './unlocked-core.js';
import type { CommandContext } from './vault-commands.js';

export interface DemoOptions {
  size?: string;
  seed?: string;
}

/** A whole number written in plain digits within [min, max]; anything else (1e3, 0x10, 12abc) is refused. */
function wholeNumber(text: string | undefined, fallback: number, min: number, max: number): number | null {
  if (text === undefined) return fallback;
  if (!/^\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export async function createDemoVault(ctx: CommandContext, options: DemoOptions): Promise<ExitCode> {
  const size = wholeNumber(options.size, DEFAULT_SAMPLE_SIZE, 1, MAX_SAMPLE_SIZE);
  if (size === null) throw usageError('demo.badSize', { max: MAX_SAMPLE_SIZE });
  const seed = wholeNumber(options.seed, DEFAULT_SAMPLE_SEED, 0, 0xffffffff);
  if (seed === null) throw usageError('demo.badSeed');
  return withCore(ctx, async (core) => {
    // Said before any work, so an existing vault is refused without a "Creating…" line first.
    if (core.vault.status().state !== 'none') throw new CreFailure('vault_exists', 'A vault already exists in this folder.');
    ctx.io.stderr(`${ctx.t('demo.working', { count: size })}\n`);
    const created = await core.sample.create(size, seed);
    ctx.io.stdout(
      [
        ctx.t('demo.created', { count: created.count, dir: created.vaultDir }),
        ctx.t('demo.network', { ...created.network }),
        ctx.t('demo.grants', { ...created.grants }),
        ctx.t('demo.passphrase', { passphrase: created.passphrase }),
        ctx.t('demo.fictional'),
        ctx.t('demo.discard'),
        '',
      ].join('\n'),
    );
    return EXIT_CODES.ok;
  });
}
