// What the grants handlers call: one service per part of the grant cycle. Each is built in create-core.ts from its
// module here (calls.service.ts, applications.service.ts, …); these interfaces are the seams between them.
import type { MethodOutput, MethodParsedInput, MethodSpec } from '../../../common/contract/define.js';
import type {
  grantApplicationsContract,
  grantAwardsContract,
  grantCallsContract,
  grantDashboardContract,
  grantMeetingsContract,
  grantReviewsContract,
} from '../../../common/contract/grants.contract.js';

type In<M extends MethodSpec> = MethodParsedInput<M>;
type Out<M extends MethodSpec> = MethodOutput<M>;
type Maybe<T> = T | Promise<T>;

type Calls = typeof grantCallsContract;
type Apps = typeof grantApplicationsContract;
type Reviews = typeof grantReviewsContract;
type Meetings = typeof grantMeetingsContract;
type Awards = typeof grantAwardsContract;
type Dash = typeof grantDashboardContract;

export interface GrantCallsService {
  list(options: In<Calls['list']>): Out<Calls['list']>;
  get(id: string): Out<Calls['get']>;
  create(input: In<Calls['create']>['call']): { id: string };
  update(id: string, input: In<Calls['update']>['call']): void;
  move(id: string, to: In<Calls['move']>['to']): void;
  delete(id: string): void;
  restore(id: string): void;
  /** Ranked as this vault's own reviewer may see it: rows it is recused from stay sealed. */
  ranked(id: string): Out<Calls['ranked']>;
  exportCsv(id: string): Maybe<Out<Calls['exportCsv']>>;
}

export interface GrantApplicationsService {
  list(options: In<Apps['list']>): Out<Apps['list']>;
  get(id: string): Out<Apps['get']>;
  create(input: In<Apps['create']>['application']): { id: string };
  update(id: string, input: In<Apps['update']>['application']): void;
  move(id: string, to: In<Apps['move']>['to'], note: string): void;
  delete(id: string): void;
  restore(id: string): void;
  saveLetter(id: string): Maybe<Out<Apps['saveLetter']>>;
}

export interface GrantReviewsService {
  forApplication(applicationId: string): Out<Reviews['forApplication']>;
  mine(): Out<Reviews['mine']>;
  assign(applicationId: string, reviewerVaultIds: string[]): void;
  unassign(id: string): void;
  declare(id: string, declaration: In<Reviews['declare']>['declaration']): void;
  open(id: string): Out<Reviews['open']>;
  score(id: string, scores: In<Reviews['score']>['scores']): void;
}

export interface GrantMeetingsService {
  list(callId: string): Out<Meetings['list']>;
  get(id: string): Out<Meetings['get']>;
  create(input: In<Meetings['create']>['meeting']): { id: string };
  delete(id: string): void;
  restore(id: string): void;
  saveMinutes(id: string): Maybe<Out<Meetings['saveMinutes']>>;
}

export interface GrantAwardsService {
  forApplication(applicationId: string): Out<Awards['forApplication']>;
  create(input: In<Awards['create']>['award']): { id: string };
  update(id: string, input: In<Awards['update']>['award']): void;
  pay(input: In<Awards['pay']>['payment']): { id: string };
  removePayment(id: string): void;
  receiveReport(id: string, report: In<Awards['receiveReport']>['report']): void;
  reviewReport(id: string, review: In<Awards['reviewReport']>['review']): void;
  overdueReports(): Out<Awards['overdueReports']>;
}

export interface GrantDashboardService {
  get(): Out<Dash['get']>;
  exportCsv(): Maybe<Out<Dash['exportCsv']>>;
  printReport(): Maybe<Out<Dash['printReport']>>;
}

export interface GrantsServices {
  grantCalls: GrantCallsService;
  grantApplications: GrantApplicationsService;
  grantReviews: GrantReviewsService;
  grantMeetings: GrantMeetingsService;
  grantAwards: GrantAwardsService;
  grantDashboard: GrantDashboardService;
}
