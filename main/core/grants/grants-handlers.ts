// The grants domains' handlers, in the style of core-handlers.ts: a plain call, or `done(…)` where the contract answers null.
import type { CreContract } from '../../../common/contract/index.js';
import { done, type Handlers } from '../ipc/router.js';
import type { GrantsServices } from './grants-services.js';

type GrantDomains = 'grantCalls' | 'grantApplications' | 'grantReviews' | 'grantMeetings' | 'grantAwards' | 'grantDashboard';

export function createGrantsHandlers(services: GrantsServices): Pick<Handlers<CreContract>, GrantDomains> {
  const { grantCalls: calls, grantApplications: applications, grantReviews: reviews, grantMeetings: meetings, grantAwards: awards, grantDashboard: dashboard } = services;
  return {
    grantCalls: {
      list: (options) => calls.list(options),
      get: ({ id }) => calls.get(id),
      create: ({ call }) => calls.create(call),
      update: done(({ id, call }) => calls.update(id, call)),
      move: done(({ id, to }) => calls.move(id, to)),
      delete: done(({ id }) => calls.delete(id)),
      restore: done(({ id }) => calls.restore(id)),
      ranked: ({ id }) => calls.ranked(id),
      exportCsv: ({ id }) => calls.exportCsv(id),
    },
    grantApplications: {
      list: (options) => applications.list(options),
      get: ({ id }) => applications.get(id),
      create: ({ application }) => applications.create(application),
      update: done(({ id, application }) => applications.update(id, application)),
      move: done(({ id, to, note }) => applications.move(id, to, note)),
      delete: done(({ id }) => applications.delete(id)),
      restore: done(({ id }) => applications.restore(id)),
      saveLetter: ({ id }) => applications.saveLetter(id),
    },
    grantReviews: {
      forApplication: ({ applicationId }) => reviews.forApplication(applicationId),
      mine: () => reviews.mine(),
      assign: done(({ applicationId, reviewerVaultIds }) => reviews.assign(applicationId, reviewerVaultIds)),
      unassign: done(({ id }) => reviews.unassign(id)),
      declare: done(({ id, declaration }) => reviews.declare(id, declaration)),
      open: ({ id }) => reviews.open(id),
      score: done(({ id, scores }) => reviews.score(id, scores)),
    },
    grantMeetings: {
      list: ({ callId }) => meetings.list(callId),
      get: ({ id }) => meetings.get(id),
      create: ({ meeting }) => meetings.create(meeting),
      delete: done(({ id }) => meetings.delete(id)),
      restore: done(({ id }) => meetings.restore(id)),
      saveMinutes: ({ id }) => meetings.saveMinutes(id),
    },
    grantAwards: {
      forApplication: ({ applicationId }) => awards.forApplication(applicationId),
      create: ({ award }) => awards.create(award),
      update: done(({ id, award }) => awards.update(id, award)),
      pay: ({ payment }) => awards.pay(payment),
      removePayment: done(({ id }) => awards.removePayment(id)),
      receiveReport: done(({ id, report }) => awards.receiveReport(id, report)),
      reviewReport: done(({ id, review }) => awards.reviewReport(id, review)),
      overdueReports: () => awards.overdueReports(),
    },
    grantDashboard: {
      get: () => dashboard.get(),
      exportCsv: () => dashboard.exportCsv(),
      printReport: () => dashboard.printReport(),
    },
  };
}
