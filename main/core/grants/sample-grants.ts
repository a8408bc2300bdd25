// Writes the sample vault's grants year (sample-grants-data.ts, sample-grants-applications.ts) through the real grants
// services, so every call, application, review, decision, award, payment and report passes the same checks, lifecycle
// and audit as one made by hand. The services run on a clock set back to each event's day, like the sample network's.
import { CreFailure } from '../../../common/contract/errors.js';
import type { ApplicationFields } from '../../../common/grants/application.schema.js';
import type { AwardFields, MeetingFields } from '../../../common/grants/award.schema.js';
import type { CallFields } from '../../../common/grants/call.schema.js';
import type { Language } from '../../../common/languages.js';
import { listCommunities } from '../../../db/communities.repo.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { listReportsOfAward } from '../../../db/grant-awards.repo.js';
import { listReviewsOfApplication } from '../../../db/grant-reviews.repo.js';
import type { WritableDB } from '../../../db/handles.js';
import { listRequests } from '../../../db/requests.repo.js';
import { listStruggles } from '../../../db/struggles.repo.js';
import { listTeamMembers, readIdentity } from '../../../db/team.repo.js';
import { createCommunitiesService } from '../communities/communities.service.js';
import { SAMPLE_COMMUNITIES, SAMPLE_REQUESTS } from '../communities/sample-network-data.js';
import { createSeededRandom } from '../roster/sample-data.js';
import { createVaultClock } from '../sync/vault-clock.js';
import { round2 } from './application-checks.js';
import { createGrantApplicationsService } from './applications.service.js';
import { createGrantAwardsService } from './awards.service.js';
import { createGrantCallsService } from './calls.service.js';
import { createGrantMeetingsService } from './meetings.service.js';
import { createGrantReviewsService } from './reviews.service.js';
import { SAMPLE_APPLICATIONS, SAMPLE_RATES, type AwardStory, type SampleApplication } from './sample-grants-applications.js';
import { SAMPLE_APPLICANT_COMMUNITIES, SAMPLE_CALLS, type SampleCall, type SampleCallKey, type SampleMember } from './sample-grants-data.js';

const DAY_MS = 86_400_000;
/** The grants year is the same whatever the roster's seed: its scores come from a stream of their own. */
export const SAMPLE_GRANTS_SEED = 14;
/** The community the Africa facilitator registered in their own vault and sent in a bundle (main/core/sync/sample-exchange.ts). */
const MABWE_NAME = 'Mabwe river fishing camps (sample)';

export interface SampleGrantsDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  language: () => Language;
  /** The real time of creation; every date of the year counts back from it. */
  now: number;
}

export interface SampleGrantsCounts {
  calls: number;
  applications: number;
  reviews: number;
  meetings: number;
  awards: number;
  payments: number;
}

interface StoryEvent {
  daysAgo: number;
  order: number;
  run: () => void;
}

/** When, within one day, each kind of step happens: a record before the steps that point at it. */
const ORDER = { register: 0, draft: 1, open: 2, receive: 3, screen: 4, close: 5, review: 6, assign: 7, declare: 8, score: 9, meet: 10, decide: 11, award: 12, sign: 13, pay: 14, report: 15, reportReview: 16, payAfter: 17 };

const REPORT_TEXT = {
  narrative: 'Narrative report: the activities were carried out as planned, with the community’s own account of what changed and what comes next (sample).',
  financial: 'Financial report: spending by budget line with receipts, in the local currency and at the rate of each transfer (sample).',
};
const PAYMENT_METHOD = { latin_america: 'bank_transfer', africa: 'mobile_money', asia: 'money_transfer' } as const;

/** An award's payment schedule and reports, by call: two tranches and two reports, or one of each for bridging grants. */
function scheduleOf(call: SampleCallKey, amount: number, awardDay: number) {
  const first = round2(amount * 0.6);
  const twoTranches = (reportDays: [number, number]) => ({
    tranches: [
      { id: 'signature', amount: first, dueDay: awardDay - 7, condition: 'on_signature' as const, reportNumber: null },
      { id: 'report-1', amount: round2(amount - first), dueDay: awardDay - reportDays[0] - 15, condition: 'report_approved' as const, reportNumber: 1 },
    ],
    reports: [
      { number: 1, kind: 'narrative' as const, dueDay: awardDay - reportDays[0] },
      { number: 2, kind: 'financial' as const, dueDay: awardDay - reportDays[1] },
    ],
  });
  if (call === 'bridging') {
    return {
      tranches: [{ id: 'signature', amount, dueDay: awardDay - 5, condition: 'on_signature' as const, reportNumber: null }],
      reports: [{ number: 1, kind: 'narrative' as const, dueDay: awardDay - 60 }],
    };
  }
  return twoTranches(call === 'territory' ? [120, 240] : [90, 180]);
}

/** Writes the grants year; call after the sample network and team exist, inside the sample vault's transaction. */
export function writeSampleGrants(deps: SampleGrantsDeps): SampleGrantsCounts {
  let simulated = deps.now;
  const clock = createVaultClock(() => simulated);
  // Nothing is saved to a file while the sample is made: no dialog opens.
  const platform = { now: () => simulated, chooseSaveFile: () => Promise.resolve(null) };
  const services = { openVault: deps.openVault, clock, platform, language: deps.language };
  const calls = createGrantCallsService(services);
  const applications = createGrantApplicationsService(services);
  const reviews = createGrantReviewsService(services);
  const meetings = createGrantMeetingsService(services);
  const awards = createGrantAwardsService(services);
  const communities = createCommunitiesService(services);
  const { db } = deps.openVault();
  const random = createSeededRandom(SAMPLE_GRANTS_SEED);
  const isoDay = (daysAgo: number) => new Date(deps.now - daysAgo * DAY_MS).toISOString().slice(0, 10);

  // The team: this vault (the secretariat) and the two facilitators, by region.
  const me = readIdentity(db);
  const team = listTeamMembers(db);
  const memberOf = (member: SampleMember): { vaultId: string; name: string } => {
    if (member === 'secretariat') return { vaultId: me.vaultId, name: me.displayName };
    const found = team.find((m) => m.role === 'facilitator' && m.region === member);
    if (!found) throw new CreFailure('internal', `The sample team has no ${member} facilitator.`);
    return { vaultId: found.vaultId, name: found.displayName };
  };
  const group: SampleMember[] = ['secretariat', 'africa', 'asia'];

  const communityIds = new Map<string, string>();
  const knownByName = new Map(listCommunities(db, { text: '', region: null, deleted: false, limit: 10_000, offset: 0 }).map((c) => [c.name, c.id]));
  for (const community of SAMPLE_COMMUNITIES) {
    const id = knownByName.get(community.name);
    if (id !== undefined) communityIds.set(community.key, id);
  }
  const mabwe = knownByName.get(MABWE_NAME);
  if (mabwe !== undefined) communityIds.set('mabwe', mabwe);
  const communityId = (key: string): string => {
    const id = communityIds.get(key);
    if (id === undefined) throw new CreFailure('internal', `The sample grants year needs the community "${key}".`);
    return id;
  };
  const requestId = (key: string): string => {
    const wanted = SAMPLE_REQUESTS.find((r) => r.key === key);
    const found = wanted && listRequests(db, { communityId: communityId(wanted.community), statuses: [], deleted: false, limit: 100, offset: 0 }).find((r) => r.fields.description === wanted.description);
    if (!found) throw new CreFailure('internal', `The sample grants year needs the support request "${key}".`);
    return found.id;
  };

  const callIds = new Map<SampleCallKey, string>();
  const callOf = new Map(SAMPLE_CALLS.map((call) => [call.key, call]));
  const applicationIds = new Map<string, string>();
  const counts: SampleGrantsCounts = { calls: 0, applications: 0, reviews: 0, meetings: 0, awards: 0, payments: 0 };
  const story: StoryEvent[] = [];
  const at = (daysAgo: number, order: number, run: () => void) => story.push({ daysAgo, order, run });

  // Applicant communities are registered when their first application arrives, or before a call that names them.
  for (const community of SAMPLE_APPLICANT_COMMUNITIES) {
    const { key, ...input } = community;
    const first = Math.max(...SAMPLE_APPLICATIONS.filter((a) => a.community === key).map((a) => a.receivedDaysAgo));
    const targeted = SAMPLE_CALLS.filter((c) => c.targets.some((t) => t.kind === 'community' && t.key === key)).map((c) => c.days.drafted + 1);
    at(Math.max(first, ...targeted), ORDER.register, () => void communityIds.set(key, communities.create(input).id));
  }

  function callInput(call: SampleCall): CallFields {
    const wall = (daysAgo: number, time: string) => `${isoDay(daysAgo)}T${time}`;
    return {
      kind: call.kind,
      targets: call.targets.map((t) => ({ kind: t.kind, id: t.kind === 'community' ? communityId(t.key) : requestId(t.key) })),
      regions: call.regions,
      strategyAreas: call.strategyAreas,
      texts: call.texts,
      eligibility: call.eligibility,
      opensAt: wall(call.days.opens, '09:00'),
      closesAt: wall(call.days.closes, '17:00'),
      timeZone: call.timeZone,
      currency: 'USD',
      ceiling: call.ceiling,
      envelope: call.envelope,
      requiredDocuments: call.requiredDocuments,
      rubric: call.rubric,
      workingGroup: group.map(memberOf),
      quorum: 2,
      blind: false,
    };
  }

  for (const call of SAMPLE_CALLS) {
    const id = () => callIds.get(call.key) as string;
    at(call.days.drafted, ORDER.draft, () => {
      callIds.set(call.key, calls.create(callInput(call)).id);
      counts.calls += 1;
    });
    at(call.days.opens, ORDER.open, () => calls.move(id(), 'open'));
    at(call.days.closed, ORDER.close, () => calls.move(id(), 'closed'));
    at(call.days.review, ORDER.review, () => calls.move(id(), 'in_review'));
    const meetingDay = call.days.meeting;
    if (meetingDay !== null) {
      at(meetingDay, ORDER.meet, () => {
        meetings.create(meetingInput(call, meetingDay));
        counts.meetings += 1;
      });
      at(meetingDay, ORDER.decide, () => calls.move(id(), 'decided'));
    }
  }

  function meetingInput(call: SampleCall, meetingDay: number): MeetingFields {
    const decided = SAMPLE_APPLICATIONS.filter((a) => a.call === call.key && reachesReview(a));
    return {
      callId: callIds.get(call.key) as string,
      date: isoDay(meetingDay),
      attendees: call.attendees.map((m) => memberOf(m).vaultId),
      notes: call.meetingNotes,
      decisions: decided.map((a) => {
        const id = applicationIds.get(a.key) as string;
        const decision = a.outcome === 'declined' || a.outcome === 'waitlisted' ? a.outcome : 'approved';
        const requested = getApplication(db, id)?.amountRequested ?? 0;
        return { applicationId: id, decision, rationale: a.rationale ?? '', amount: decision === 'approved' ? (a.approved ?? requested) : null };
      }),
    };
  }

  function applicationInput(a: SampleApplication, unmet: string | null): ApplicationFields {
    const call = callOf.get(a.call) as SampleCall;
    const struggles = listStruggles(db, { communityId: communityId(a.community) }).filter((s) => s.deletedAt === null);
    return {
      callId: callIds.get(a.call) as string,
      communityId: communityId(a.community),
      struggleId: struggles.length === 1 ? (struggles[0]?.id ?? null) : null,
      requestId: a.request === undefined ? null : requestId(a.request),
      collaborationId: null,
      title: a.title,
      enteredBy: memberOf(a.by).name,
      receivedAt: new Date(deps.now - a.receivedDaysAgo * DAY_MS).toISOString(),
      channel: a.channel,
      originalLanguage: a.language,
      originalText: a.text,
      translationLanguage: a.translation === undefined ? null : 'en',
      translation: a.translation ?? '',
      budget: a.budget.map(([description, amount, currency]) => ({ description, amount, currency, rate: SAMPLE_RATES[currency] ?? 1 })),
      eligibility: call.eligibility.map((item) => ({ itemId: item.id, met: item.id !== unmet })),
      documents: [],
      lateReason: a.late ?? '',
      contacts: a.contact === undefined ? [] : [a.contact],
      recipient: a.intermediary === undefined ? 'community' : 'intermediary',
      intermediaryName: a.intermediary ?? '',
      letterLanguage: a.letter,
    };
  }

  /**
   * Scores around the application's standing (what its decision will be): mostly on it, sometimes a point either way,
   * and now and then two points off, so a few criteria show reviewers who disagree.
   */
  const standing = new Map<string, number>();
  function scoresFor(a: SampleApplication, call: SampleCall) {
    const undecided = () => 2 + Math.floor(random() * 3);
    const base = standing.get(a.key) ?? (a.outcome === 'declined' ? 2 : a.outcome === 'waitlisted' ? 3 : a.outcome === 'in_review' ? undecided() : 4);
    standing.set(a.key, base);
    return call.rubric.map((criterion) => {
      const draw = random();
      let score = base + (draw < 0.1 ? -1 : draw < 0.2 ? 1 : 0);
      if (random() < 0.02) score += random() < 0.5 ? -2 : 2;
      score = Math.min(5, Math.max(0, score));
      return { criterionId: criterion.id, score, comment: score <= 1 ? `Weak on “${criterion.name}”.` : '' };
    });
  }

  function reviewOf(applicationKey: string, member: SampleMember) {
    const vaultId = memberOf(member).vaultId;
    const review = listReviewsOfApplication(db, applicationIds.get(applicationKey) as string).find((r) => r.reviewerVaultId === vaultId);
    if (!review) throw new CreFailure('internal', 'A sample review was not assigned.');
    return review.id;
  }

  /**
   * The reviews of one application. In a decided call every member declared and scored (the recused one excepted); in
   * the call under review now, the secretariat scored six, left one as a draft, and the Asia facilitator has not yet
   * declared on the last three.
   */
  function reviewEvents(a: SampleApplication, call: SampleCall, index: number): void {
    const ongoing = call.days.meeting === null;
    group.forEach((member, m) => {
      const recused = call.recusal.application === a.key && call.recusal.member === member;
      const declares = !ongoing || member !== 'asia' || index < 7;
      if (!declares) return;
      at(call.days.review - 1, ORDER.declare, () =>
        reviews.declare(reviewOf(a.key, member), { declaration: recused ? 'conflict' : 'none', reason: recused ? call.recusal.reason : '' }),
      );
      if (recused) return;
      const submit = !ongoing || member === 'africa' || (member === 'secretariat' && index < 6) || (member === 'asia' && index < 5);
      const draft = ongoing && member === 'secretariat' && index === 6;
      if (!submit && !draft) return;
      at(call.days.review - 2 - m, ORDER.score, () => {
        const scores = scoresFor(a, call);
        reviews.score(reviewOf(a.key, member), { scores: draft ? scores.slice(0, 2) : scores, advice: '', submit: !draft });
      });
    });
  }

  function reachesReview(a: SampleApplication): boolean {
    return !['received', 'eligible', 'ineligible'].includes(a.outcome);
  }

  const reviewIndex = new Map<SampleCallKey, number>();
  for (const a of SAMPLE_APPLICATIONS) {
    const call = callOf.get(a.call) as SampleCall;
    const id = () => applicationIds.get(a.key) as string;
    at(a.receivedDaysAgo, ORDER.receive, () => {
      applicationIds.set(a.key, applications.create(applicationInput(a, null)).id);
      counts.applications += 1;
    });
    if (a.outcome === 'received') continue;
    const screenDay = Math.min(a.receivedDaysAgo - 1, Math.max(a.receivedDaysAgo - 3, call.days.review + 1));
    if (a.outcome === 'ineligible') {
      at(screenDay, ORDER.screen, () => {
        applications.move(id(), 'ineligible', a.note ?? '');
        // Screening found the item not met: the checklist answer is corrected on the ineligible application.
        applications.update(id(), applicationInput(a, a.unmet ?? null));
      });
      continue;
    }
    at(screenDay, ORDER.screen, () => applications.move(id(), 'eligible', a.note ?? 'Checklist confirmed with the community.'));
    if (!reachesReview(a)) continue;
    const index = reviewIndex.get(a.call) ?? 0;
    reviewIndex.set(a.call, index + 1);
    at(call.days.review, ORDER.assign, () => {
      applications.move(id(), 'in_review', '');
      reviews.assign(id(), group.map((m) => memberOf(m).vaultId));
      counts.reviews += group.length;
    });
    reviewEvents(a, call, index);
    if (a.story !== undefined && call.days.meeting !== null) awardEvents(a, call, call.days.meeting - 4, a.story);
  }

  function awardEvents(a: SampleApplication, call: SampleCall, awardDay: number, awardStory: AwardStory): void {
    let awardId = '';
    let award: AwardFields | null = null;
    const region = call.regions.length === 1 ? call.regions[0] : (a.by === 'secretariat' ? 'latin_america' : a.by);
    const method = a.intermediary !== undefined ? 'bank_transfer' : PAYMENT_METHOD[region ?? 'africa'];
    at(awardDay, ORDER.award, () => {
      const application = getApplication(db, applicationIds.get(a.key) as string);
      const amount = application?.approvedAmount ?? 0;
      const schedule = scheduleOf(call.key, amount, awardDay);
      award = {
        applicationId: application?.id ?? '',
        amount,
        awardedOn: isoDay(awardDay),
        tranches: schedule.tranches.map(({ dueDay, ...t }) => ({ ...t, dueDate: isoDay(dueDay) })),
        reports: schedule.reports.map(({ dueDay, ...r }) => ({ ...r, dueDate: isoDay(dueDay) })),
        signedOn: null,
      };
      awardId = awards.create(award).id;
      counts.awards += 1;
    });
    if (awardStory === 'unsigned') return;
    const signDay = awardStory === 'signed' ? 5 : awardDay - 3;
    at(signDay, ORDER.sign, () => award && awards.update(awardId, { ...award, signedOn: isoDay(signDay) }));
    if (awardStory === 'signed') return;
    const pay = (trancheId: string, daysAgo: number, order: number, overrideReason = '') =>
      at(daysAgo, order, () => {
        const tranche = award?.tranches.find((t) => t.id === trancheId);
        awards.pay({ awardId, trancheId, date: isoDay(daysAgo), amount: tranche?.amount ?? 0, currency: 'USD', method, reference: `SAMPLE-${a.key.toUpperCase()}-${trancheId}`, receiptAttachmentId: null, overrideReason });
        counts.payments += 1;
      });
    const report = (number: number) => listReportsOfAward(db, awardId).find((r) => r.number === number)?.id ?? '';
    const receive = (number: number, daysAgo: number) =>
      at(daysAgo, ORDER.report, () => awards.receiveReport(report(number), { receivedOn: isoDay(daysAgo), text: number === 2 ? REPORT_TEXT.financial : REPORT_TEXT.narrative, attachmentId: null }));
    const review = (number: number, daysAgo: number, outcome: 'approved' | 'changes_needed', note = '') =>
      at(daysAgo, ORDER.reportReview, () => awards.reviewReport(report(number), { outcome, note, reviewedOn: isoDay(daysAgo) }));
    pay('signature', signDay - 2, ORDER.pay);
    if (awardStory === 'paid-1' || awardStory === 'r1-overdue') return;
    const { reports } = scheduleOf(call.key, 0, awardDay);
    const r1Due = reports[0]?.dueDay ?? 0;
    if (awardStory === 'r1-received') {
      receive(1, 3);
      return;
    }
    if (awardStory === 'override') {
      pay('report-1', r1Due + 26, ORDER.pay, 'The hearing on the port extension was brought forward: the collectors needed the boats before their first report was due.');
      receive(1, r1Due - 6);
      review(1, r1Due - 10, 'changes_needed', 'Please add the photos the report mentions.');
      receive(1, r1Due - 17);
      review(1, r1Due - 22, 'approved');
      receive(2, 12);
      review(2, 4, 'changes_needed', 'The receipts for the boat hire are missing.');
      return;
    }
    receive(1, r1Due + 3);
    review(1, r1Due - 3, 'approved', 'Clear and complete.');
    if (call.key === 'bridging') return;
    pay('report-1', r1Due - 8, ORDER.payAfter);
    if (awardStory === 'r2-received') receive(2, 5);
    if (awardStory === 'closed') {
      receive(2, 20);
      review(2, 9, 'approved', 'Receipts match the budget.');
    }
  }

  // Oldest first; on one day, records before the records that point at them.
  story.sort((x, y) => y.daysAgo - x.daysAgo || x.order - y.order);
  for (const event of story) {
    simulated = deps.now - event.daysAgo * DAY_MS;
    event.run();
  }
  return counts;
}
