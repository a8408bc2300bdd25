// `cre bundle delivery`: per team member, the last bundle of this vault they acknowledged and what waits for their
// acknowledgement, with its age, as the Bundles screen shows it; `--json` prints the same for scripts.
import type { Command } from 'commander';
import type { DeliveryState } from '../../common/bundles/delivery.schema.js';
import type { Translate } from './cli-i18n.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { withUnlockedCore } from './unlocked-core.js';
import type { CommandContext } from './vault-commands.js';

type Runner = (cmd: Command, action: (ctx: CommandContext) => Promise<ExitCode>) => Promise<void>;

export interface DeliveryOptions {
  json?: boolean;
  passphraseFile?: string;
}

function waitingLine(t: Translate, waiting: DeliveryState['waiting']): string {
  if (waiting === null) return t('delivery.nothingWaiting');
  if (waiting.days === 0) return t('delivery.waitingUnderADay', { count: waiting.bundles });
  return t('delivery.waiting', { count: waiting.bundles, days: t('delivery.days', { count: waiting.days }), since: new Date(waiting.since) });
}

function newestLine(t: Translate, waiting: NonNullable<DeliveryState['waiting']>): string {
  const records = t('delivery.records', { count: waiting.records });
  if (waiting.withdrawals === 0) return t('delivery.newest', { contents: records });
  return t('delivery.newest', { contents: t('delivery.recordsAndWithdrawals', { records, withdrawals: t('delivery.withdrawals', { count: waiting.withdrawals }) }) });
}

/** Each member: their name, the last bundle they acknowledged, what waits (and whether it is overdue), what the newest carried. */
export function formatDelivery(t: Translate, states: readonly DeliveryState[]): string {
  if (states.length === 0) return `${t('delivery.none')}\n`;
  const lines = [t('delivery.heading')];
  for (const state of states) {
    lines.push(
      state.displayName,
      state.lastAcknowledged === null
        ? t('delivery.noneAcknowledged')
        : t('delivery.acknowledged', { sequence: state.lastAcknowledged.sequence, at: new Date(state.lastAcknowledged.at) }),
      waitingLine(t, state.waiting),
      ...(state.waiting !== null ? [newestLine(t, state.waiting)] : []),
      ...(state.overdue ? [t('delivery.overdue')] : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function showDelivery(ctx: CommandContext, options: DeliveryOptions): Promise<ExitCode> {
  return withUnlockedCore(ctx, options.passphraseFile, async (core) => {
    const states = core.bundles.delivery();
    ctx.io.stdout(options.json === true ? `${JSON.stringify(states, null, 2)}\n` : formatDelivery(ctx.t, states));
    return EXIT_CODES.ok;
  });
}

/** Adds `cre bundle delivery` under the `bundle` command. */
export function registerDeliveryCommand(bundle: Command, t: Translate, run: Runner): void {
  bundle
    .command('delivery')
    .description(t('delivery.help'))
    .option('--json', t('help.json'))
    .option('--passphrase-file <file>', t('help.passphraseFile'))
    .action((options: DeliveryOptions, cmd: Command) => run(cmd, (ctx) => showDelivery(ctx, options)));
}
