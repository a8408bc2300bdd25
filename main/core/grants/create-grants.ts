// The grants services over one vault, built once by the composition root (create-core.ts).
import type { Language } from '../../../common/languages.js';
import type { WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { createGrantApplicationsService } from './applications.service.js';
import { createGrantAwardsService } from './awards.service.js';
import { createGrantCallsService } from './calls.service.js';
import { createGrantDashboardService } from './grants-dashboard.service.js';
import type { GrantsServices } from './grants-services.js';
import { createGrantMeetingsService } from './meetings.service.js';
import { createGrantReviewsService } from './reviews.service.js';

export interface GrantsDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Platform;
  language: () => Language;
}

export function createGrantsServices(deps: GrantsDeps): GrantsServices {
  return {
    grantCalls: createGrantCallsService(deps),
    grantApplications: createGrantApplicationsService(deps),
    grantReviews: createGrantReviewsService(deps),
    grantMeetings: createGrantMeetingsService(deps),
    grantAwards: createGrantAwardsService(deps),
    grantDashboard: createGrantDashboardService(deps),
  };
}
