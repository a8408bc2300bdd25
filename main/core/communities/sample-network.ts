// Writes the sample network (sample-network-data.ts) and resources into a sample vault through the real services, so every record
// passes the same validation, lifecycle and audit as one made by hand. Members come from matching over the sample roster.
// The services run on a clock set back to each event's day, so histories, timelines and the Today view look lived-in.
import type { Language } from '../../../common/languages.js';
import type { WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { createResourcesService } from '../resources/resources.service.js';
import { writeSampleResources } from '../resources/sample-resources.js';
import type { RosterSearch } from '../roster/roster-fast-search.js';
import { createMatchingService } from '../matching/matching.service.js';
import { createVaultClock } from '../sync/vault-clock.js';
import { createCollaborationsService } from './collaborations.service.js';
import { createCommunitiesService } from './communities.service.js';
import { createProjectsService } from './projects.service.js';
import { createRequestsService } from './requests.service.js';
import {
  SAMPLE_COLLABORATIONS,
  SAMPLE_COMMUNITIES,
  SAMPLE_PROJECTS,
  SAMPLE_REQUESTS,
  SAMPLE_STRUGGLES,
  type SampleCollaboration,
  type SampleRequest,
} from './sample-network-data.js';

const DAY_MS = 86_400_000;

export interface SampleNetworkDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  exclusive: <T>(job: () => T) => Promise<T>;
  search: Pick<RosterSearch, 'withIndex'>;
  platform: Pick<Platform, 'chooseOpenFile' | 'chooseSaveFile'>;
  language: () => Language;
  /** The real time of creation; every sample date counts back from it. */
  now: number;
}

export interface SampleNetworkCounts {
  communities: number;
  projects: number;
  struggles: number;
  requests: number;
  collaborations: number;
  resources: number;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One event of the story: when it happened, and what it writes. */
interface StoryEvent {
  daysAgo: number;
  order: number;
  run: () => void;
}

/** Writes the network; call inside the sample vault's transaction, after the roster is written. */
export function writeSampleNetwork(deps: SampleNetworkDeps): SampleNetworkCounts {
  let simulated = deps.now;
  const clock = createVaultClock(() => simulated);
  const services = { openVault: deps.openVault, exclusive: deps.exclusive, clock };
  const communities = createCommunitiesService(services);
  const projects = createProjectsService(services);
  const requests = createRequestsService(services);
  const collaborations = createCollaborationsService(services);
  const matching = createMatchingService({ openVault: deps.openVault, search: deps.search });
  const resources = createResourcesService({ ...services, platform: { ...deps.platform, now: () => simulated }, language: deps.language });
  let resourceCount = 0;
  const dayOf = (daysAgo: number) => deps.now - daysAgo * DAY_MS;

  const communityIds = new Map<string, string>();
  const projectIds = new Map<string, string>();
  const struggleIds = new Map<string, string>();
  const requestIds = new Map<string, string>();
  const requestByKey = new Map(SAMPLE_REQUESTS.map((request) => [request.key, request]));
  let collaborationCount = 0;

  const requestInput = (request: SampleRequest, status: SampleRequest['finalStatus']) => ({
    communityId: communityIds.get(request.community) as string,
    struggleId: request.project ? (struggleIds.get(`${request.community}/${request.project}`) ?? null) : null,
    strategyAreas: request.strategyAreas,
    level: request.level,
    languages: request.languages,
    urgency: request.urgency,
    deadline: request.deadlineInDays === null ? null : isoDay(deps.now + request.deadlineInDays * DAY_MS),
    description: request.description,
    status,
  });

  function collaborationEvents(plan: SampleCollaboration): StoryEvent[] {
    const request = requestByKey.get(plan.request) as SampleRequest;
    let id: string | null = null;
    const events: StoryEvent[] = [
      {
        daysAgo: plan.daysAgo,
        order: 3,
        run: () => {
          const requestId = requestIds.get(plan.request) as string;
          const matches = matching.forRequest(requestId, plan.members);
          // A roster too small to match anyone leaves the request open, as a facilitator would.
          if (matches.length === 0) return;
          id = collaborations.create({
            communityId: communityIds.get(request.community) as string,
            requestId,
            members: matches.map((match) => ({ collaboratorId: match.collaborator.id, role: plan.role })),
            owner: plan.owner,
            nextFollowUp: plan.nextFollowUpInDays === null ? null : isoDay(deps.now + plan.nextFollowUpInDays * DAY_MS),
            outcomes: plan.outcomes,
            learnings: plan.learnings,
          }).id;
          collaborationCount += 1;
        },
      },
    ];
    for (const step of plan.steps) events.push({ daysAgo: step.daysAgo, order: 4, run: () => id !== null && collaborations.move(id, step.to) });
    for (const activity of plan.activities) {
      events.push({
        daysAgo: activity.daysAgo,
        order: 5,
        run: () => id !== null && collaborations.addActivity(id, { kind: activity.kind, date: isoDay(dayOf(activity.daysAgo)), text: activity.text }),
      });
    }
    return events;
  }

  const story: StoryEvent[] = [
    ...SAMPLE_COMMUNITIES.map(({ key, ...community }) => ({
      daysAgo: 365,
      order: 0,
      run: () => void communityIds.set(key, communities.create(community).id),
    })),
    ...SAMPLE_PROJECTS.map(({ key, ...project }) => ({ daysAgo: 365, order: 1, run: () => void projectIds.set(key, projects.create(project).id) })),
    ...SAMPLE_STRUGGLES.map((struggle) => ({
      daysAgo: 360,
      order: 2,
      run: () => {
        const linked = projects.linkStruggle({
          communityId: communityIds.get(struggle.community) as string,
          projectId: projectIds.get(struggle.project) as string,
          resisting: struggle.resisting,
          since: isoDay(dayOf(struggle.sinceDaysAgo)),
        });
        struggleIds.set(`${struggle.community}/${struggle.project}`, linked.id);
      },
    })),
    ...SAMPLE_REQUESTS.map((request) => ({
      daysAgo: request.daysAgo,
      order: 2,
      run: () => void requestIds.set(request.key, requests.create(requestInput(request, 'new')).id),
    })),
    ...SAMPLE_COLLABORATIONS.flatMap(collaborationEvents),
    { daysAgo: 180, order: 1, run: () => void (resourceCount = writeSampleResources(resources)) },
    // Last, each request takes the status its story ends with (a declined collaboration sends it back to matching).
    ...SAMPLE_REQUESTS.map((request) => ({
      daysAgo: 0,
      order: 9,
      run: () => {
        const id = requestIds.get(request.key) as string;
        // A linked request got its status from its collaboration; without one (a tiny roster) it stays as it is.
        if (request.finalStatus !== 'linked' && requests.get(id).status !== request.finalStatus) requests.update(id, requestInput(request, request.finalStatus));
      },
    })),
  ];
  // Oldest first; on one day, records before the records that point at them.
  story.sort((a, b) => b.daysAgo - a.daysAgo || a.order - b.order);
  for (const event of story) {
    simulated = dayOf(event.daysAgo);
    event.run();
  }
  return {
    communities: communityIds.size,
    projects: projectIds.size,
    struggles: struggleIds.size,
    requests: requestIds.size,
    collaborations: collaborationCount,
    resources: resourceCount,
  };
}
