// Grant applications over a real vault: the lifecycle's every step and each illegal one, the ceiling, the deadline in the
// call's time zone, eligibility with the checklist item, late ones accepted with a reason (audited), budgets converted at
// the recorded rate, the documents folder, updates while screening, delete and restore.
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATES, APPLICATION_STEPS, canMoveApplication, type ApplicationState } from '../../../common/grants/application.schema.js';
import { getResource } from '../../../db/resources.repo.js';
import { listApplicationsOfCall } from '../../../db/grant-applications.repo.js';
import { amountRequested, isLate } from '../../../main/core/grants/application-checks.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { applicationFor, failureOf, grantApplicationVault, WATER_CALL } from '../../helpers/grant-application-fixtures.js';

const MOVABLE: Partial<Record<ApplicationState, ApplicationState[]>> = {
  received: ['eligible', 'ineligible'],
  eligible: ['in_review', 'ineligible'],
  ineligible: ['eligible'],
};
const BY_MEETING = ['approved', 'declined', 'waitlisted'];
const BY_AWARD = ['awarded', 'reporting', 'closed'];

describe('the application lifecycle as data', () => {
  it('allows exactly received → eligible | ineligible → in review → decisions → awarded → reporting → closed', () => {
    const allowed = APPLICATION_STATES.flatMap((from) => APPLICATION_STATES.filter((to) => canMoveApplication(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'received→eligible',
        'received→ineligible',
        'eligible→in_review',
        'eligible→ineligible',
        'ineligible→eligible',
        'in_review→approved',
        'in_review→declined',
        'in_review→waitlisted',
        'approved→awarded',
        'approved→declined',
        'waitlisted→approved',
        'waitlisted→declined',
        'awarded→reporting',
        'reporting→closed',
      ].sort(),
    );
    expect(APPLICATION_STEPS.closed).toEqual([]);
    expect(APPLICATION_STEPS.declined).toEqual([]);
  });
});

describe('entering an application', () => {
  it('starts received with its history, amount, view fields, documents folder and audit entry', async () => {
    const { applications, addCall, communityId, openVault, auditOf } = await grantApplicationVault();
    const callId = addCall();
    const { id } = applications.create(applicationFor(callId, communityId));
    const view = applications.get(id);
    expect(view).toMatchObject({ state: 'received', amountRequested: 1200, approvedAmount: null, late: false, communityName: RIO_VERDE.name, region: 'latin_america', callTitle: 'Water defenders 2026', currency: 'USD' });
    expect(view.history.map((h) => h.state)).toEqual(['received']);
    expect(view.originalText).toContain('monitorar');
    expect(view.translation).toContain('monitor the river');

    const folder = getResource(openVault().db, view.documentsResourceId ?? '');
    expect(folder?.fields).toMatchObject({ title: 'Application documents: Community water monitoring', type: 'other', sharing: 'secretariat' });
    expect(auditOf('grant_application_created')[0]?.detail).toEqual({ applicationId: id, callId, communityId, resourceId: view.documentsResourceId });
    expect(JSON.stringify(auditOf('grant_application_created'))).not.toContain('monitor');
  });

  it('keeps the documents folder off the resources list, live or deleted: it shows on its application', async () => {
    const { applications, addCall, communityId, core } = await grantApplicationVault();
    const { id } = applications.create(applicationFor(addCall(), communityId));
    const folderId = applications.get(id).documentsResourceId;
    const listed = (deleted: boolean) =>
      core.resources.list({ text: '', type: null, strategyArea: null, language: null, deleted, offset: 0, limit: 100 }).map((r) => r.id);
    expect(folderId).not.toBeNull();
    expect(listed(false)).not.toContain(folderId);
    applications.delete(id);
    expect(listed(true)).not.toContain(folderId);
  });

  it('names the documents folder in the app language', async () => {
    const { applications, addCall, communityId } = await grantApplicationVault('es');
    const { id } = applications.create(applicationFor(addCall(), communityId));
    expect(applications.get(id).callTitle).toBe('Defensoras del agua 2026');
  });

  it('takes documents that are files of its folder only, each for a requirement of the call', async () => {
    const { applications, addCall, communityId, core } = await grantApplicationVault();
    const callId = addCall();
    const { id } = applications.create(applicationFor(callId, communityId));
    const folderId = applications.get(id).documentsResourceId ?? '';
    const budget = core.resources.attachBytes(folderId, 'presupuesto.pdf', new TextEncoder().encode('%PDF-1.4 budget'));
    applications.update(id, applicationFor(callId, communityId, { documents: [{ attachmentId: budget.id, requirement: 'Budget' }] }));
    expect(applications.get(id).documents).toEqual([{ attachmentId: budget.id, requirement: 'Budget' }]);

    const elsewhere = core.resources.create({ title: 'A guide', type: 'guide', strategyAreas: [], languages: [], sharing: 'network' });
    const stray = core.resources.attachBytes(elsewhere.id, 'guide.pdf', new TextEncoder().encode('%PDF-1.4 guide'));
    expect(failureOf(() => applications.update(id, applicationFor(callId, communityId, { documents: [{ attachmentId: stray.id, requirement: '' }] })))).toEqual({
      code: 'invalid_input',
      details: { reason: 'document_not_attached' },
    });
    expect(failureOf(() => applications.update(id, applicationFor(callId, communityId, { documents: [{ attachmentId: budget.id, requirement: 'Passport' }] }))).details).toEqual({
      reason: 'unknown_requirement',
    });
    // A new application's folder is empty: no document can be named yet.
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { documents: [{ attachmentId: budget.id, requirement: '' }] }))).details).toEqual({
      reason: 'document_not_attached',
    });
  });
});

describe('budgets in any currency', () => {
  it('converts each line at its recorded rate, rounded to cents, and sums in cents', () => {
    expect(amountRequested([{ amount: 5000, rate: 0.2 }, { amount: 1_234_567, rate: 0.00025 }, { amount: 100.01, rate: 1 }])).toBe(1408.65);
    expect(amountRequested([{ amount: 1.005, rate: 1 }])).toBe(1.01);
    expect(amountRequested([{ amount: 0.1, rate: 1 }, { amount: 0.2, rate: 1 }])).toBe(0.3);
  });

  it('records the rate beside each line and the converted total; the call’s own currency is taken at rate 1', async () => {
    const { applications, addCall, communityId } = await grantApplicationVault();
    const callId = addCall();
    const budget = [
      { description: 'Boat fuel', amount: 5000, currency: 'BRL', rate: 0.2 },
      { description: 'Workshop in Colombia', amount: 1_234_567, currency: 'COP', rate: 0.00025 },
      { description: 'Printing', amount: 100.01, currency: 'USD', rate: 1 },
    ];
    const { id } = applications.create(applicationFor(callId, communityId, { budget }));
    const view = applications.get(id);
    expect(view.amountRequested).toBe(1408.65);
    expect(view.budget.map((line) => [line.currency, line.rate])).toEqual([['BRL', 0.2], ['COP', 0.00025], ['USD', 1]]);

    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { budget: [{ description: 'Kits', amount: 10, currency: 'USD', rate: 1.1 }] })))).toEqual({
      code: 'invalid_input',
      details: { reason: 'rate_same_currency', line: 0 },
    });
  });
});

describe('the checks against the call', () => {
  it('refuses an amount over the ceiling, converted, with the amounts in the details; the ceiling itself is fine', async () => {
    const { applications, addCall, communityId, stored } = await grantApplicationVault();
    const callId = addCall();
    const over = failureOf(() => applications.create(applicationFor(callId, communityId, { budget: [{ description: 'Boats', amount: 26_000, currency: 'BRL', rate: 0.2 }] })));
    expect(over).toEqual({ code: 'over_ceiling', details: { amount: '5200.00', ceiling: '5000.00', currency: 'USD' } });
    const { id } = applications.create(applicationFor(callId, communityId, { budget: [{ description: 'Boats', amount: 25_000, currency: 'BRL', rate: 0.2 }] }));
    expect(stored(id)?.amountRequested).toBe(5000);
  });

  it('reads the deadline in the call’s time zone: 17:00 in Bogotá is 22:00 UTC', async () => {
    expect(isLate('2026-03-31T21:59:59Z', WATER_CALL as never)).toBe(false);
    expect(isLate('2026-03-31T22:00:00Z', WATER_CALL as never)).toBe(false);
    expect(isLate('2026-03-31T22:00:01Z', WATER_CALL as never)).toBe(true);
    expect(isLate('2026-03-31T17:30:00-05:00', WATER_CALL as never)).toBe(true);
    // 18:00 UTC is before 17:00 in Bogotá, although it is after 17:00 in UTC.
    expect(isLate('2026-03-31T18:00:00Z', WATER_CALL as never)).toBe(false);

    const { applications, addCall, communityId } = await grantApplicationVault();
    const callId = addCall();
    expect(applications.get(applications.create(applicationFor(callId, communityId, { receivedAt: '2026-03-31T21:30:00Z' })).id).late).toBe(false);
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { receivedAt: '2026-03-31T22:05:00Z' })))).toEqual({
      code: 'after_deadline',
      details: { closesAt: '2026-03-31 17:00', timeZone: 'America/Bogota' },
    });
  });

  it('accepts a late application with its reason, marks it late and audits the acceptance', async () => {
    const { applications, addCall, setCallState, communityId, auditOf } = await grantApplicationVault();
    const callId = addCall();
    setCallState(callId, 'closed');
    const { id } = applications.create(applicationFor(callId, communityId, { receivedAt: '2026-04-02T14:00:00Z', lateReason: 'The river flooded the road to town for a week.' }));
    const view = applications.get(id);
    expect(view.late).toBe(true);
    expect(view.lateReason).toContain('flooded');
    expect(auditOf('grant_late_accepted').map((e) => e.detail)).toEqual([{ applicationId: id, callId }]);
    expect(JSON.stringify(auditOf('grant_late_accepted'))).not.toContain('flooded');
    // Saved again with the same reason: nothing new was accepted; with another reason, the new acceptance is recorded.
    const late = applicationFor(callId, communityId, { receivedAt: '2026-04-02T14:00:00Z', lateReason: 'The river flooded the road to town for a week.' });
    applications.update(id, late);
    expect(auditOf('grant_late_accepted')).toHaveLength(1);
    applications.update(id, { ...late, lateReason: 'Flooded road; the facilitator carried it on foot.' });
    expect(auditOf('grant_late_accepted')).toHaveLength(2);
    expect(failureOf(() => applications.update(id, { ...late, lateReason: '' })).code).toBe('after_deadline');
  });

  it('records an application an item of the checklist is not met for, and refuses to make it eligible, naming the item', async () => {
    const { applications, addCall, communityId } = await grantApplicationVault();
    const callId = addCall();
    const answers = [{ itemId: 'community-led', met: true }, { itemId: 'no-party', met: false }];
    const { id } = applications.create(applicationFor(callId, communityId, { eligibility: answers }));
    expect(applications.get(id)).toMatchObject({ state: 'received', eligibility: answers });
    expect(failureOf(() => applications.move(id, 'eligible', ''))).toEqual({
      code: 'ineligible',
      details: { itemId: 'no-party', item: 'No political party takes part' },
    });
    applications.move(id, 'ineligible', 'No party may take part');
    expect(applications.get(id).state).toBe('ineligible');
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { eligibility: [{ itemId: 'community-led', met: true }] })))).toEqual({
      code: 'invalid_input',
      details: { reason: 'eligibility_unanswered', itemId: 'no-party', item: 'No political party takes part' },
    });
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { eligibility: [...answers, { itemId: 'invented', met: true }] }))).details).toEqual({
      reason: 'unknown_eligibility_item',
      itemId: 'invented',
    });
  });

  it('takes a targeted call’s applications only from its targets', async () => {
    const { applications, addCall, communityId, core } = await grantApplicationVault();
    const other = core.communities.create({ ...RIO_VERDE, name: 'Comunidade Ficticia do Lago Azul' }).id;
    const callId = addCall('open', { kind: 'targeted', targets: [{ kind: 'community', id: communityId }] });
    expect(applications.create(applicationFor(callId, communityId)).id).toBeTruthy();
    expect(failureOf(() => applications.create(applicationFor(callId, other)))).toEqual({ code: 'ineligible', details: { itemId: 'targeted', item: 'Water defenders 2026' } });

    const request = core.requests.create({ communityId: other, strategyAreas: ['financial_research'], level: 'international', languages: ['pt'], urgency: 'high', description: 'Who finances the dam?' });
    const byRequest = addCall('open', { kind: 'targeted', targets: [{ kind: 'request', id: request.id }] });
    expect(applications.create(applicationFor(byRequest, other, { requestId: request.id })).id).toBeTruthy();
    expect(failureOf(() => applications.create(applicationFor(byRequest, other))).code).toBe('ineligible');
  });

  it('refuses a community outside the call’s regions and links to another community’s records', async () => {
    const { applications, addCall, communityId, core } = await grantApplicationVault();
    const callId = addCall();
    const kenyan = core.communities.create({ ...RIO_VERDE, name: 'Fictional Lake Community', country: 'ke', area: 'Turkana', coordinates: null, languages: ['sw'] }).id;
    expect(failureOf(() => applications.create(applicationFor(callId, kenyan)))).toEqual({ code: 'invalid_input', details: { reason: 'region_not_in_call', region: 'africa' } });
    const request = core.requests.create({ communityId: kenyan, strategyAreas: ['financial_research'], level: 'international', languages: ['sw'], urgency: 'low', description: 'Lake levels' });
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { requestId: request.id }))).details).toEqual({ reason: 'request_of_other_community' });
  });

  it('receives while the call is open; once closed only on-time or late-with-reason ones; none in draft or review', async () => {
    const { applications, addCall, setCallState, communityId } = await grantApplicationVault();
    const draft = addCall('draft');
    expect(failureOf(() => applications.create(applicationFor(draft, communityId)))).toEqual({ code: 'conflict', details: { reason: 'call_not_open', state: 'draft' } });
    const callId = addCall('closed');
    expect(applications.create(applicationFor(callId, communityId)).id).toBeTruthy();
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { receivedAt: '2026-04-02T14:00:00Z' }))).code).toBe('after_deadline');
    setCallState(callId, 'in_review');
    expect(failureOf(() => applications.create(applicationFor(callId, communityId, { receivedAt: '2026-04-02T14:00:00Z', lateReason: 'Flood' }))).details).toEqual({
      reason: 'call_not_open',
      state: 'in_review',
    });
  });
});

describe('moving an application', () => {
  it('dates every screening step with its note: received → ineligible → eligible → in review', async () => {
    const { applications, addCall, communityId, platform, auditOf } = await grantApplicationVault();
    const { id } = applications.create(applicationFor(addCall(), communityId));
    for (const [to, note] of [['ineligible', 'Letter of support missing'], ['eligible', 'Letter arrived by post'], ['in_review', '']] as const) {
      platform.advance(86_400_000);
      applications.move(id, to, note);
    }
    const view = applications.get(id);
    expect(view.state).toBe('in_review');
    expect(view.history.map((h) => [h.state, h.note])).toEqual([['received', ''], ['ineligible', 'Letter of support missing'], ['eligible', 'Letter arrived by post'], ['in_review', '']]);
    const times = view.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(auditOf('grant_application_moved').map((e) => e.detail['to']).reverse()).toEqual(['ineligible', 'eligible', 'in_review']);
  });

  it.each(APPLICATION_STATES)('from %s, allows only the screening steps and refuses every other with illegal_transition', async (from) => {
    const { applications, addCall, communityId, forceState, stored } = await grantApplicationVault();
    const callId = addCall();
    const { id } = applications.create(applicationFor(callId, communityId));
    if (from !== 'received') forceState(id, from);
    const allowed = MOVABLE[from] ?? [];
    for (const to of APPLICATION_STATES.filter((state) => !allowed.includes(state))) {
      const failure = failureOf(() => applications.move(id, to, ''));
      expect(failure.code, `${from} → ${to}`).toBe('illegal_transition');
      const reason = BY_MEETING.includes(to) ? 'decided_by_meeting' : BY_AWARD.includes(to) ? 'set_by_award' : undefined;
      expect(failure.details).toEqual({ from, to, ...(reason ? { reason } : {}) });
      expect(stored(id)?.state).toBe(from);
    }
    for (const to of allowed) {
      const { id: fresh } = applications.create(applicationFor(callId, communityId));
      if (from !== 'received') forceState(fresh, from);
      applications.move(fresh, to, '');
      expect(stored(fresh)?.state).toBe(to);
    }
  });

  it('checks eligibility again before an application becomes eligible', async () => {
    const { applications, addCall, communityId } = await grantApplicationVault();
    const callId = addCall();
    const { id } = applications.create(applicationFor(callId, communityId));
    applications.move(id, 'ineligible', 'A party candidate runs the project');
    const unmet = applicationFor(callId, communityId, { eligibility: [{ itemId: 'community-led', met: true }, { itemId: 'no-party', met: false }] });
    applications.update(id, unmet);
    expect(failureOf(() => applications.move(id, 'eligible', ''))).toEqual({ code: 'ineligible', details: { itemId: 'no-party', item: 'No political party takes part' } });
    applications.update(id, applicationFor(callId, communityId));
    applications.move(id, 'eligible', '');
    expect(applications.get(id).state).toBe('eligible');
  });
});

describe('editing, deleting and restoring', () => {
  it('edits while screening with every check again, and not once under review', async () => {
    const { applications, addCall, communityId, auditOf } = await grantApplicationVault();
    const callId = addCall();
    const { id } = applications.create(applicationFor(callId, communityId));
    applications.update(id, applicationFor(callId, communityId, { title: 'River monitoring', budget: [{ description: 'Kits', amount: 2000, currency: 'USD', rate: 1 }] }));
    expect(applications.get(id)).toMatchObject({ title: 'River monitoring', amountRequested: 2000 });
    expect(auditOf('grant_application_updated')).toHaveLength(1);
    expect(failureOf(() => applications.update(id, applicationFor(callId, communityId, { budget: [{ description: 'Kits', amount: 5000.01, currency: 'USD', rate: 1 }] }))).code).toBe('over_ceiling');
    expect(failureOf(() => applications.update(id, applicationFor(addCall(), communityId))).details).toEqual({ reason: 'call_changed' });

    applications.move(id, 'eligible', '');
    applications.move(id, 'in_review', '');
    expect(failureOf(() => applications.update(id, applicationFor(callId, communityId)))).toEqual({ code: 'conflict', details: { reason: 'application_locked', state: 'in_review' } });
    expect(applications.get(id).amountRequested).toBe(2000);
  });

  it('deletes with its documents folder, lists the tombstones, and restores both (undo)', async () => {
    const { applications, addCall, communityId, openVault, auditKinds } = await grantApplicationVault();
    const callId = addCall();
    const first = applications.create(applicationFor(callId, communityId, { title: 'First' })).id;
    const second = applications.create(applicationFor(callId, communityId, { title: 'Second' })).id;
    const folderId = applications.get(first).documentsResourceId ?? '';
    const list = (deleted: boolean) => applications.list({ callId, communityId: null, states: [], deleted, limit: 100, offset: 0 }).map((a) => a.title);
    expect(list(false)).toEqual(['Second', 'First']);
    expect(listApplicationsOfCall(openVault().db, callId).map((a) => a.id)).toEqual([first, second]);

    applications.delete(first);
    expect(list(false)).toEqual(['Second']);
    expect(list(true)).toEqual(['First']);
    expect(getResource(openVault().db, folderId)?.deletedAt).not.toBeNull();
    expect(applications.get(first).deletedAt).not.toBeNull();
    expect(failureOf(() => applications.move(first, 'eligible', '')).details).toEqual({ reason: 'deleted' });

    applications.restore(first);
    expect(list(false)).toEqual(['Second', 'First']);
    expect(getResource(openVault().db, folderId)?.deletedAt).toBeNull();
    expect(auditKinds().filter((k) => k.startsWith('grant_application'))).toEqual([
      'grant_application_created',
      'grant_application_created',
      'grant_application_deleted',
      'grant_application_restored',
    ]);
    expect(applications.list({ callId: null, communityId, states: ['received'], deleted: false, limit: 1, offset: 1 }).map((a) => a.id)).toEqual([first]);
  });
});
