// What the review handlers call: the secretariat's packets service and a reviewer's inbox service, each built in
// create-core.ts from its module (packets.service.ts, inbox.service.ts). These interfaces are the seams between them.
import type { MethodOutput, MethodParsedInput, MethodSpec } from '../../../common/contract/define.js';
import type { BundleProgress } from '../../../common/bundles/bundle-views.schema.js';
import type { Language } from '../../../common/languages.js';
import type { reviewInboxContract, reviewPacketsContract } from '../../../common/contract/review.contract.js';
import type { Sodium } from '../crypto/sodium.js';
import type { Platform } from '../platform.js';
import type { OpenVault } from '../vault/vault-access.js';
import type { VaultClock } from '../sync/vault-clock.js';

type In<M extends MethodSpec> = MethodParsedInput<M>;
type Out<M extends MethodSpec> = MethodOutput<M>;

type Packets = typeof reviewPacketsContract;
type Inbox = typeof reviewInboxContract;

export interface ReviewDeps {
  sodium: Sodium;
  openVault: () => OpenVault;
  /** Runs a long job with the vault to itself (writing or reading a packet or a return). */
  exclusive: <T>(job: (vault: OpenVault) => Promise<T>) => Promise<T>;
  clock: VaultClock;
  platform: Pick<Platform, 'now' | 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
  /** bundleProgress events, named by the caller's token. */
  progress: (progress: BundleProgress) => void;
  /** Told after a return was imported (its advisory scores change the ranked tables). */
  onReturnImported?: () => void;
}

export interface ReviewPacketsService {
  members(): Out<Packets['members']>;
  preview(input: In<Packets['preview']>['packet']): Out<Packets['preview']>;
  compose(input: In<Packets['compose']>['packet']): Out<Packets['compose']>;
  list(limit: number): Out<Packets['list']>;
  get(id: string): Out<Packets['get']>;
  /** The save dialog, then saveTo. */
  save(id: string, token: string): Promise<Out<Packets['save']>>;
  /** Writes the packet at `path` (the CLI names it): sealed to its member, signed, audited, marked sent. */
  saveTo(id: string, path: string, token: string): Promise<Out<Packets['save']>>;
  discard(id: string): void;
  /** The open dialog, then importReturnFrom; null when cancelled. */
  importReturn(token: string): Promise<Out<Packets['importReturn']>>;
  importReturnFrom(path: string, token: string): Promise<NonNullable<Out<Packets['importReturn']>>>;
}

export interface ReviewInboxService {
  /** Purges what expired first (the vault's clock), then lists. */
  list(): Out<Inbox['list']>;
  importPacket(token: string): Promise<Out<Inbox['importPacket']>>;
  importPacketFrom(path: string, token: string): Promise<NonNullable<Out<Inbox['importPacket']>>>;
  get(packetId: string): Out<Inbox['get']>;
  openApplication(packetId: string, applicationId: string): Out<Inbox['openApplication']>;
  declare(input: In<Inbox['declare']>): void;
  score(input: In<Inbox['score']>): void;
  answer(input: In<Inbox['answer']>): void;
  returnReview(packetId: string, token: string): Promise<Out<Inbox['returnReview']>>;
  returnTo(packetId: string, path: string, token: string): Promise<Out<Inbox['returnReview']>>;
  saveFile(packetId: string, fileId: string): Promise<Out<Inbox['saveFile']>>;
  /** Purges every packet past its expiry; answers how many. Run on unlock and before every list. */
  purgeExpired(): number;
}
