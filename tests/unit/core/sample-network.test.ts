// The sample vault's network: every record kind and lifecycle state, dates that fill the Today view, members chosen by
// matching, invented financiers and companies, and the whole sample written or not at all.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLABORATION_STATES, type Collaboration } from '../../../common/community/collaboration.schema.js';
import { REQUEST_STATUSES } from '../../../common/community/taxonomy.js';
import { SAMPLE_PROJECTS, SAMPLE_PUBLIC_LENDERS } from '../../../main/core/communities/sample-network-data.js';
import { SAMPLE_RESOURCES } from '../../../main/core/resources/sample-resources.js';
import { SYNCABLE_TABLES } from '../../../db/syncable.js';
import { openTestCore } from '../../helpers/temp-vault.js';
import { removeTempDirs, tempDir } from '../cli/cli-harness.js';

afterEach(removeTempDirs);

const DAY_MS = 86_400_000;

async function sampleCore(size: number) {
  const { core } = await openTestCore();
  const created = await core.sample.create(size, 7);
  return { core, created };
}

function allCollaborations(core: Awaited<ReturnType<typeof openTestCore>>['core']): Collaboration[] {
  return core.collaborations.list({ communityId: null, collaboratorId: null, states: [], deleted: false, limit: 500, offset: 0 });
}

describe('sample network', () => {
  it('holds communities, projects, struggles, requests in every status and collaborations in every lifecycle state', async () => {
    const { core, created } = await sampleCore(400);
    expect(created.network).toEqual({ communities: 12, projects: 9, struggles: 11, requests: 13, collaborations: 8, resources: 4 });

    const requests = core.requests.list({ communityId: null, statuses: [], deleted: false, limit: 500, offset: 0 });
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    const collaborations = allCollaborations(core);
    expect(new Set(collaborations.map((c) => c.state))).toEqual(new Set(COLLABORATION_STATES));
    // Every concluded collaboration records what was learned; the network learns from its work.
    for (const concluded of collaborations.filter((c) => c.state === 'concluded')) expect(concluded.learnings.length).toBeGreaterThan(0);
    // A collaboration for a request is linked to it, and its members are live collaborators of the roster.
    for (const collaboration of collaborations) {
      expect(collaboration.requestId).not.toBeNull();
      for (const member of collaboration.members) expect(core.roster.get(member.collaboratorId).name).toBe(member.name);
    }
    core.dispose();
  });

  it('dates the story in the past, in order, so histories, timelines and the Today view are filled', async () => {
    const before = Date.now();
    const { core } = await sampleCore(400);
    const collaborations = allCollaborations(core);
    const today = await core.handlers.today.get({});
    expect(today.overdue.length).toBeGreaterThan(0);
    expect(today.upcoming.length).toBeGreaterThan(0);
    expect(today.stalled.map((line) => line.state)).toContain('paused');
    expect(today.newRequests.length).toBeGreaterThan(0);

    const concluded = collaborations.find((c) => c.history.length === 6);
    expect(concluded?.history.map((step) => step.state)).toEqual(['proposed', 'introduced', 'active', 'paused', 'active', 'concluded']);
    const times = concluded?.history.map((step) => Date.parse(step.at)) ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[0]).toBeLessThan(before - 250 * DAY_MS);
    const timeline = core.collaborations.timeline(concluded?.id as string);
    expect(timeline.length).toBe(3);
    core.dispose();
  });

  it('stamps each record of a table with its own HLC (one change may stamp rows of several tables alike)', async () => {
    const { core } = await sampleCore(50);
    const { db } = core.vault.openVault();
    // One change that writes several rows of one table: a decision meeting stamps every application it decides, an
    // award every report of its schedule. Each such HLC still belongs to a single change.
    const ONE_CHANGE_MANY_ROWS: readonly string[] = ['grant_applications', 'grant_reports'];
    for (const table of SYNCABLE_TABLES) {
      if (ONE_CHANGE_MANY_ROWS.includes(table)) continue;
      const hlcs = (db.prepare(`SELECT hlc FROM ${table}`).all() as { hlc: string }[]).map((r) => r.hlc);
      expect(new Set(hlcs).size, table).toBe(hlcs.length);
    }
    core.dispose();
  });

  it('holds resources, each with a small attachment stored in the vault and saved back byte for byte', async () => {
    const { core } = await sampleCore(30);
    // The grant applications' documents folders are resources too, but they show on their application's page only.
    const list = core.resources.list({ text: '', type: null, strategyArea: null, language: null, deleted: false, offset: 0, limit: 100 });
    expect(list.map((r) => r.title).sort()).toEqual(SAMPLE_RESOURCES.map((r) => r.title).sort());
    const template = SAMPLE_RESOURCES.find((r) => r.type === 'template');
    const stored = core.resources.get(list.find((r) => r.title === template?.title)?.id as string);
    const [attachment] = stored.attachments;
    const copy = join(tempDir(), attachment?.fileName ?? 'copy');
    core.resources.saveCopyTo(attachment?.id as string, copy, randomUUID());
    const bytes = readFileSync(copy);
    expect(bytes.toString('utf8')).toContain(template?.file.text);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(attachment?.sha256);
    core.dispose();
  });

  it('names every financier and company as fictional, but for two public lenders of one project that says it is invented', () => {
    for (const project of SAMPLE_PROJECTS) {
      for (const financier of project.financiers ?? []) {
        if (SAMPLE_PUBLIC_LENDERS.includes(financier.name)) {
          expect(financier.projectId).toMatch(/^FICTIONAL-/);
          expect(project.notes).toMatch(/^Sample record\. An invented project/);
        } else {
          expect(financier.name).toMatch(/\(fictional\)$/);
        }
      }
      for (const company of project.companies ?? []) expect(company).toMatch(/\(fictional\)$/);
    }
  });

  it('still makes a whole sample from a one-person roster', async () => {
    const { core, created } = await sampleCore(1);
    expect(created.network.communities).toBe(12);
    const collaborations = allCollaborations(core);
    expect(collaborations.length).toBe(created.network.collaborations);
    for (const collaboration of collaborations) expect(collaboration.members.length).toBe(1);
    core.dispose();
  });
});
