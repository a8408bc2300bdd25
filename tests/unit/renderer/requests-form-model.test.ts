// The request form's mapping to the contract (empty choices as null), its translated error keys, the list's status filter and a request's short name.
import { describe, expect, it } from 'vitest';
import { supportRequestInputSchema, type SupportRequest } from '../../../common/community/request.schema.js';
import {
  emptyRequestValues,
  requestName,
  requestSummary,
  toRequestFormValues,
  toRequestInput,
  validateRequest,
} from '../../../renderer/features/requests/request-form-model.js';
import { isStatusFilter, statusesOf } from '../../../renderer/features/requests/request-status-filter.js';

const COMMUNITY_ID = '0190a0e4-1c2b-7d3e-8f40-000000000010';
const STRUGGLE_ID = '0190a0e4-1c2b-7d3e-8f40-000000000020';
const REQUEST_ID = '0190a0e4-1c2b-7d3e-8f40-000000000030';

const stored: SupportRequest = {
  id: REQUEST_ID,
  communityId: COMMUNITY_ID,
  struggleId: STRUGGLE_ID,
  strategyAreas: ['financial_research', 'advocacy'],
  level: 'international',
  languages: ['pt', 'es'],
  urgency: 'critical',
  deadline: '2026-12-01',
  description: 'Map who finances the dam\nand brief the bank board.',
  status: 'matching',
  communityName: 'Comunidade Ribeirinha do Xingu',
  region: 'latin_america',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  hlc: '0000000000001-0000-0000000000000000',
  changedBy: '0190a0e4-1c2b-7d3e-8f40-000000000001',
  deletedAt: null,
};

describe('request form values', () => {
  it('starts a new request for the given community, or with none chosen', () => {
    expect(emptyRequestValues(COMMUNITY_ID).communityId).toBe(COMMUNITY_ID);
    const blank = emptyRequestValues(null);
    expect(blank).toMatchObject({ communityId: '', struggleId: '', strategyAreas: [], deadline: '', description: '', status: 'new' });
  });

  it('round-trips a stored request through the form unchanged', () => {
    const input = toRequestInput(toRequestFormValues(stored));
    expect(supportRequestInputSchema.parse(input)).toEqual({
      communityId: COMMUNITY_ID,
      struggleId: STRUGGLE_ID,
      strategyAreas: ['financial_research', 'advocacy'],
      level: 'international',
      languages: ['pt', 'es'],
      urgency: 'critical',
      deadline: '2026-12-01',
      description: 'Map who finances the dam\nand brief the bank board.',
      status: 'matching',
    });
  });

  it('sends no struggle and no deadline as null', () => {
    const input = toRequestInput({ ...toRequestFormValues(stored), struggleId: '', deadline: '  ' });
    expect(input.struggleId).toBeNull();
    expect(input.deadline).toBeNull();
  });

  it('a complete form has no errors', () => {
    expect(validateRequest(toRequestFormValues(stored)).size).toBe(0);
  });

  it('names each missing piece with its own message key, never zod text', () => {
    const errors = validateRequest(emptyRequestValues(null));
    expect(Object.fromEntries(errors)).toEqual({
      communityId: { key: 'chooseCommunity' },
      strategyAreas: { key: 'chooseArea' },
      description: { key: 'required' },
    });
  });

  it('reports a too-long description with its limit, a bad date and an unknown language', () => {
    const errors = validateRequest({ ...toRequestFormValues(stored), description: 'x'.repeat(10_001), deadline: '2026-13-45', languages: ['pt', 'zz'] });
    expect(errors.get('description')).toEqual({ key: 'tooLong', max: 10_000 });
    expect(errors.get('deadline')).toEqual({ key: 'badDate' });
    expect(errors.get('languages')).toEqual({ key: 'unknownLanguage' });
  });
});

describe('request names', () => {
  it('shortens a description to its first line', () => {
    expect(requestSummary(stored.description)).toBe('Map who finances the dam');
    expect(requestSummary(`  ${'a'.repeat(100)}`, 10)).toBe('aaaaaaaaa…');
  });

  it('names a request by its community and short description', () => {
    expect(requestName(stored.communityName, stored.description)).toBe('Comunidade Ribeirinha do Xingu: Map who finances the dam');
  });
});

describe('status filter', () => {
  it('asks for the open statuses by default, every status for all, one status otherwise', () => {
    expect(statusesOf('open')).toEqual(['new', 'matching', 'linked']);
    expect(statusesOf('all')).toEqual([]);
    expect(statusesOf('declined')).toEqual(['declined']);
  });

  it('recognises only its own choices', () => {
    expect(isStatusFilter('closed')).toBe(true);
    expect(isStatusFilter('open')).toBe(true);
    expect(isStatusFilter('archived')).toBe(false);
  });
});
