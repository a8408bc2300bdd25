// Consultation rounds (being built).
import { CreFailure } from '../../../common/contract/errors.js';
import type { WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import type { VaultClock } from '../sync/vault-clock.js';
import type { ConsultationsService } from './consultations-handlers.js';

export interface ConsultationsDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now'>;
}

export function createConsultationsService(_deps: ConsultationsDeps): ConsultationsService {
  const missing = (): never => {
    throw new CreFailure('internal', 'Consultations are not available yet.');
  };
  return { list: missing, get: missing, create: missing, update: missing, delete: missing, restore: missing, themes: missing, overdueActions: missing };
}
