// Consultation rounds over a real vault, through the router: record, read, edit, search, delete and restore with their
// audit entries; typed refusals that write nothing; quotes that identify someone kept apart from their feedback item;
// theme suggestions; and open follow-up actions overdue by the vault's clock.
import { describe, expect, it } from 'vitest';
import type { Consultation, ConsultationInput, ConsultationSummary, OverdueAction } from '../../../common/consultations/consultation.schema.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { ANA } from '../../helpers/roster-fixtures.js';

const DAY_MS = 86_400_000;
const SENSITIVE = 'SENTINEL-SENSITIVE-QUOTE-consultation-71c2';

async function consultationVault() {
  const made = await routedTestVault();
  const { call } = made;
  const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
  const ana = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
  const round = (extra: Partial<ConsultationInput> = {}): ConsultationInput => ({
    topic: 'Listening round on the dam',
    startsOn: '2025-12-10',
    endsOn: '2025-12-11',
    channel: 'meeting',
    region: 'latin_america',
    sharing: 'regional',
    communityIds: [community.id],
    collaboratorIds: [ana.id],
    otherParticipants: 'Two interpreters',
    feedback: [
      { id: 'heard-1', theme: 'Access to grants', text: 'Forms only in Spanish leave elders out.', quote: 'We speak our plans better than we write them.' },
      { id: 'heard-2', theme: 'Security', text: 'Leaders fear being named.', quote: SENSITIVE, quoteSensitive: true },
    ],
    actions: [
      { id: 'action-1', text: 'Accept voice notes', owner: 'Secretariat', dueOn: '2025-12-20', doneOn: null },
      { id: 'action-2', text: 'Write back to the community', owner: 'Facilitator', dueOn: '2026-02-01', doneOn: null },
      { id: 'action-3', text: 'Share the notes', owner: 'Facilitator', dueOn: '2025-12-15', doneOn: '2025-12-14' },
    ],
    notes: '',
    ...extra,
  });
  const create = async (extra: Partial<ConsultationInput> = {}) => (await call<{ id: string }>('cre:consultations.create', { consultation: round(extra) })).id;
  const list = (input: object = {}) => call<ConsultationSummary[]>('cre:consultations.list', input);
  const get = (id: string) => call<Consultation>('cre:consultations.get', { id });
  const db = () => made.core.vault.openVault().db;
  const audit = () => (db().prepare("SELECT kind, detail FROM audit_events WHERE kind LIKE 'consultation_%' ORDER BY seq").all() as { kind: string; detail: string }[]).map((e) => [e.kind, JSON.parse(e.detail)]);
  return { ...made, round, create, list, get, db, audit, communityId: community.id, anaId: ana.id };
}

describe('consultations', () => {
  it('records a round with its participants by name, feedback and actions, and audits it by id only', async () => {
    const { create, get, audit, communityId, anaId } = await consultationVault();
    const id = await create();
    const round = await get(id);
    expect(round).toMatchObject({ topic: 'Listening round on the dam', channel: 'meeting', region: 'latin_america', sharing: 'regional', startsOn: '2025-12-10', endsOn: '2025-12-11' });
    expect(round.communities).toEqual([{ id: communityId, name: RIO_VERDE.name }]);
    expect(round.collaborators).toEqual([{ id: anaId, name: ANA.name }]);
    expect(round.feedback.map((f) => [f.theme, f.quote, f.quoteSensitive])).toEqual([
      ['Access to grants', 'We speak our plans better than we write them.', false],
      ['Security', SENSITIVE, true],
    ]);
    expect(round.actions.map((a) => a.id)).toEqual(['action-1', 'action-2', 'action-3']);
    expect(round.deletedAt).toBeNull();
    expect(audit()).toEqual([['consultation_created', { consultationId: id }]]);
  });

  it('keeps a quote that identifies someone out of its feedback item, in the sensitive column only', async () => {
    const { create, db } = await consultationVault();
    const id = await create();
    const row = db().prepare('SELECT feedback, sensitive_quotes FROM consultations WHERE id = ?').get(id) as { feedback: string; sensitive_quotes: string };
    expect(row.feedback).not.toContain(SENSITIVE);
    expect(JSON.parse(row.feedback)).toEqual([
      { id: 'heard-1', theme: 'Access to grants', text: 'Forms only in Spanish leave elders out.', quote: 'We speak our plans better than we write them.' },
      { id: 'heard-2', theme: 'Security', text: 'Leaders fear being named.', quote: '' },
    ]);
    expect(JSON.parse(row.sensitive_quotes)).toEqual([{ feedbackId: 'heard-2', quote: SENSITIVE }]);
  });

  it('edits a round: the sensitive mark can be lifted or set, and it is audited', async () => {
    const { create, get, call, round, audit, db } = await consultationVault();
    const id = await create();
    const edited = round({
      topic: 'Listening round on the dam, second day',
      feedback: [
        { id: 'heard-1', theme: 'Access to grants', text: 'Forms only in Spanish leave elders out.', quote: 'A named elder said this.', quoteSensitive: true },
        { id: 'heard-2', theme: 'Security', text: 'Leaders fear being named.', quote: 'Anonymous now', quoteSensitive: false },
      ],
    });
    await call('cre:consultations.update', { id, consultation: edited });
    const after = await get(id);
    expect(after.topic).toBe('Listening round on the dam, second day');
    expect(after.feedback.map((f) => [f.quote, f.quoteSensitive])).toEqual([
      ['A named elder said this.', true],
      ['Anonymous now', false],
    ]);
    const row = db().prepare('SELECT sensitive_quotes FROM consultations WHERE id = ?').pluck().get(id) as string;
    expect(JSON.parse(row)).toEqual([{ feedbackId: 'heard-1', quote: 'A named elder said this.' }]);
    expect(audit().map(([kind]) => kind)).toEqual(['consultation_created', 'consultation_updated']);
  });

  it('lists newest first with counts, and searches topic, themes and feedback, never sensitive quotes', async () => {
    const { create, list, platform } = await consultationVault();
    platform.setNow(Date.UTC(2026, 0, 10));
    const older = await create({ topic: 'Autumn survey', startsOn: '2025-10-01', endsOn: null, channel: 'survey', feedback: [], actions: [] });
    const newer = await create();
    const all = await list();
    expect(all.map((s) => s.id)).toEqual([newer, older]);
    expect(all[0]).toMatchObject({ participants: 2, feedback: 2, openActions: 2, overdueActions: 1, deletedAt: null });
    expect((await list({ text: 'autumn' })).map((s) => s.id)).toEqual([older]);
    expect((await list({ text: 'SECURITY' })).map((s) => s.id)).toEqual([newer]);
    expect((await list({ text: 'elders' })).map((s) => s.id)).toEqual([newer]);
    expect((await list({ text: 'better than we write' })).map((s) => s.id)).toEqual([newer]);
    expect(await list({ text: SENSITIVE })).toEqual([]);
    expect(await list({ text: '100%' })).toEqual([]);
    expect((await list({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual([older]);
  });

  it('deletes to a tombstone and restores, each audited once; a deleted round cannot be edited', async () => {
    const { create, list, get, call, failure, round, audit } = await consultationVault();
    const id = await create();
    await call('cre:consultations.delete', { id });
    await call('cre:consultations.delete', { id });
    expect(await list()).toEqual([]);
    expect((await list({ deleted: true })).map((s) => [s.id, typeof s.deletedAt])).toEqual([[id, 'string']]);
    expect((await get(id)).deletedAt).not.toBeNull();
    expect(await failure('cre:consultations.update', { id, consultation: round() })).toBe('conflict');
    await call('cre:consultations.restore', { id });
    expect((await list()).map((s) => s.id)).toEqual([id]);
    expect(await list({ deleted: true })).toEqual([]);
    expect(audit().map(([kind]) => kind)).toEqual(['consultation_created', 'consultation_deleted', 'consultation_restored']);
  });

  it.each<[string, (r: ConsultationInput, ids: { communityId: string }) => ConsultationInput, string | undefined]>([
    ['an empty topic', (r) => ({ ...r, topic: '  ' }), undefined],
    ['an end before the start', (r) => ({ ...r, endsOn: '2025-12-01' }), undefined],
    ['an unknown channel', (r) => ({ ...r, channel: 'fax' as never }), undefined],
    ['a day that is not a day', (r) => ({ ...r, startsOn: '10/12/2025' }), undefined],
    ['feedback without text', (r) => ({ ...r, feedback: [{ id: 'heard-1', theme: 'Security', text: '' }] }), undefined],
    ['an action without an owner', (r) => ({ ...r, actions: [{ id: 'action-1', text: 'Call back', owner: '' }] }), undefined],
    ['two feedback items with one id', (r) => ({ ...r, feedback: [{ id: 'x', theme: 'a', text: 'b' }, { id: 'x', theme: 'c', text: 'd' }] }), 'duplicate_item'],
    ['a community named twice', (r, ids) => ({ ...r, communityIds: [ids.communityId, ids.communityId] }), 'duplicate_participant'],
    ['a community this vault does not hold', (r) => ({ ...r, communityIds: ['0190a6f4-0000-7000-8000-000000000000'] }), 'unknown_community'],
    ['a collaborator this vault does not hold', (r) => ({ ...r, collaboratorIds: ['0190a6f4-0000-7000-8000-000000000001'] }), 'unknown_collaborator'],
  ])('refuses %s with invalid_input and writes nothing', async (_, change, reason) => {
    const { errorOf, round, list, audit, communityId } = await consultationVault();
    const error = await errorOf('cre:consultations.create', { consultation: change(round(), { communityId }) });
    expect(error.code).toBe('invalid_input');
    if (reason) expect(error.details?.['reason']).toBe(reason);
    expect(await list()).toEqual([]);
    expect(audit()).toEqual([]);
  });

  it('answers not_found for a round it does not have', async () => {
    const { failure, round } = await consultationVault();
    const id = '0190a6f4-0000-7000-8000-000000000002';
    expect(await failure('cre:consultations.get', { id })).toBe('not_found');
    expect(await failure('cre:consultations.update', { id, consultation: round() })).toBe('not_found');
    expect(await failure('cre:consultations.delete', { id })).toBe('not_found');
    expect(await failure('cre:consultations.restore', { id })).toBe('not_found');
  });

  it('keeps a participant it already had even once deleted, but refuses a deleted one newly added', async () => {
    const { create, call, failure, round, communityId, get } = await consultationVault();
    const id = await create();
    const other = await call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Second fictional community', contacts: [] } });
    await call('cre:communities.delete', { id: communityId });
    await call('cre:communities.delete', { id: other.id });
    await call('cre:consultations.update', { id, consultation: round({ topic: 'Still the same people' }) });
    expect((await get(id)).communities.map((c) => c.name)).toEqual([RIO_VERDE.name]);
    expect(await failure('cre:consultations.update', { id, consultation: round({ communityIds: [communityId, other.id] }) })).toBe('invalid_input');
  });

  it('suggests every theme of live rounds once, whatever its case', async () => {
    const { create, call } = await consultationVault();
    await create();
    const gone = await create({ feedback: [{ id: 'heard-1', theme: 'Only in a deleted round', text: 'x' }] });
    await create({ feedback: [{ id: 'heard-1', theme: 'security', text: 'x' }, { id: 'heard-2', theme: 'Language', text: 'y' }] });
    await call('cre:consultations.delete', { id: gone });
    const themes = await call<string[]>('cre:consultations.themes', {});
    expect(themes.map((t) => t.toLowerCase())).toEqual(['access to grants', 'language', 'security']);
  });

  it('lists open actions due before today by the vault clock, oldest first, and none of deleted rounds', async () => {
    const { create, call, platform } = await consultationVault();
    platform.setNow(Date.UTC(2025, 11, 20, 12));
    const first = await create();
    const overdue = () => call<OverdueAction[]>('cre:consultations.overdueActions', {});
    // Due today is not overdue yet; done ones never are.
    expect(await overdue()).toEqual([]);
    platform.advance(DAY_MS);
    expect(await overdue()).toEqual([{ consultationId: first, topic: 'Listening round on the dam', actionId: 'action-1', text: 'Accept voice notes', owner: 'Secretariat', dueOn: '2025-12-20' }]);
    const second = await create({ topic: 'Earlier promise', actions: [{ id: 'a', text: 'Send the map', owner: 'Facilitator', dueOn: '2025-12-01', doneOn: null }] });
    platform.setNow(Date.UTC(2026, 1, 2));
    expect((await overdue()).map((a) => [a.consultationId, a.actionId])).toEqual([
      [second, 'a'],
      [first, 'action-1'],
      [first, 'action-2'],
    ]);
    await call('cre:consultations.delete', { id: second });
    expect((await overdue()).map((a) => a.actionId)).toEqual(['action-1', 'action-2']);
  });
});
