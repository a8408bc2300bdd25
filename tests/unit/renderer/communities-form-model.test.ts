// The community form's mapping to the contract (coordinates typed as text, masked contacts kept by id) and its translated error keys; the struggle link checks.
import { toNestedErrors } from '../../../renderer/ui/nested-errors.js';
import { describe, expect, it } from 'vitest';
import { communityInputSchema, type Community, type HarmfulProjectSummary, type Struggle } from '../../../common/community/community.schema.js';
import {
  emptyCommunityValues,
  parseCoordinate,
  toCommunityFormValues,
  toCommunityInput,
  validateCommunity,
} from '../../../renderer/features/communities/community-form-model.js';
import { linkableProjects, toStruggleInput, validateStruggleLink } from '../../../renderer/features/communities/struggle-link-model.js';

const COMMUNITY_ID = '0190a0e4-1c2b-7d3e-8f40-000000000010';
const MASKED_ID = '0190a0e4-1c2b-7d3e-8f40-000000000011';
const OPEN_ID = '0190a0e4-1c2b-7d3e-8f40-000000000012';
const PROJECT_A = '0190a0e4-1c2b-7d3e-8f40-000000000021';
const PROJECT_B = '0190a0e4-1c2b-7d3e-8f40-000000000022';

const viewed: Community = {
  id: COMMUNITY_ID,
  name: 'Comunidade Ribeirinha do Xingu',
  country: 'BR',
  area: 'Altamira',
  coordinates: { latitude: -3.2, longitude: -52.21 },
  languages: ['pt'],
  contacts: [
    { id: MASKED_ID, type: 'signal', value: null, masked: true, note: 'evenings', sensitive: true },
    { id: OPEN_ID, type: 'website', value: 'https://example.org', masked: false, note: '', sensitive: false },
  ],
  sharing: 'regional',
  notes: 'Met at the assembly',
  region: 'latin_america',
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-02T10:00:00.000Z',
  hlc: '0000000000001:0000:vault',
  changedBy: 'vault',
  deletedAt: null,
};

function valid() {
  return { ...emptyCommunityValues(), name: 'Samahan', country: 'PH' };
}

describe('toCommunityFormValues and toCommunityInput', () => {
  it('sends a masked contact with its id and without a value, so the vault keeps the stored one', () => {
    const input = toCommunityInput(toCommunityFormValues(viewed));
    expect(input.contacts).toEqual([
      { id: MASKED_ID, type: 'signal', note: 'evenings', sensitive: true },
      { id: OPEN_ID, type: 'website', value: 'https://example.org', note: '', sensitive: false },
    ]);
    expect(input.coordinates).toEqual({ latitude: -3.2, longitude: -52.21 });
    expect(communityInputSchema.safeParse(input).success).toBe(true);
  });

  it('maps missing coordinates to empty fields and back to null', () => {
    const values = toCommunityFormValues({ ...viewed, coordinates: null });
    expect([values.latitude, values.longitude]).toEqual(['', '']);
    expect(toCommunityInput(values).coordinates).toBeNull();
  });

  it('starts a new community with the most careful sharing level and nothing chosen', () => {
    expect(emptyCommunityValues()).toMatchObject({ country: '', sharing: 'secretariat', contacts: [], languages: [] });
  });
});

describe('parseCoordinate', () => {
  it('reads decimal degrees with a point or a comma, and blank as none', () => {
    expect(parseCoordinate(' -3.4653 ')).toBe(-3.4653);
    expect(parseCoordinate('-3,4653')).toBe(-3.4653);
    expect(parseCoordinate('+12')).toBe(12);
    expect(parseCoordinate('.5')).toBe(0.5);
    expect(parseCoordinate('   ')).toBeNull();
  });

  it('gives NaN for anything else', () => {
    for (const text of ['3°27′S', '1,234.5', 'abc', '1e3', '--1']) expect(parseCoordinate(text)).toBeNaN();
  });
});

describe('validateCommunity', () => {
  it('accepts a name and a country alone', () => {
    expect(validateCommunity(valid()).size).toBe(0);
  });

  it('requires the name and the country', () => {
    const errors = validateCommunity(emptyCommunityValues());
    expect(errors.get('name')).toEqual({ key: 'required' });
    expect(errors.get('country')).toEqual({ key: 'required' });
  });

  it('asks for both coordinates or neither, and reports unreadable and out-of-range ones on their own field', () => {
    expect(validateCommunity({ ...valid(), latitude: '10' }).get('longitude')).toEqual({ key: 'bothCoordinates' });
    expect(validateCommunity({ ...valid(), latitude: 'north', longitude: '10' }).get('latitude')).toEqual({ key: 'notANumber' });
    const range = validateCommunity({ ...valid(), latitude: '91', longitude: '-181' });
    expect(range.get('latitude')).toEqual({ key: 'latitudeRange' });
    expect(range.get('longitude')).toEqual({ key: 'longitudeRange' });
    expect(validateCommunity({ ...valid(), latitude: '-90', longitude: '180' }).size).toBe(0);
  });

  it('reports a new contact without a value and a too long name with its limit', () => {
    const values = { ...valid(), name: 'x'.repeat(201) };
    values.contacts.push({ contactId: null, type: 'email', value: '', masked: false, note: '', sensitive: true });
    const errors = validateCommunity(values);
    expect(errors.get('name')).toEqual({ key: 'tooLong', max: 200 });
    expect(errors.get('contacts.0.value')).toEqual({ key: 'required' });
  });

  it('reports an unknown language on the languages field', () => {
    expect(validateCommunity({ ...valid(), languages: ['zz'] }).get('languages')).toEqual({ key: 'unknownLanguage' });
  });

  it('nests errors by path for react-hook-form, with their messages', () => {
    const nested = toNestedErrors(new Map([['contacts.0.value', { key: 'required' as const }]]), (error) => `msg:${error.key}`);
    expect(nested).toEqual({ contacts: { 0: { value: { type: 'required', message: 'msg:required' } } } });
  });
});

describe('struggle link', () => {
  const summary = (id: string, name: string): HarmfulProjectSummary => ({
    id,
    name,
    country: 'BR',
    region: 'latin_america',
    sectors: ['energy'],
    financiers: [],
    stage: 'approved',
    updatedAt: '2025-03-01T10:00:00.000Z',
  });

  it('requires a project and a real date, and sends an empty date as null', () => {
    expect([...validateStruggleLink(COMMUNITY_ID, { projectId: '', resisting: '', since: '' })]).toEqual(['projectId']);
    expect([...validateStruggleLink(COMMUNITY_ID, { projectId: PROJECT_A, resisting: '', since: '2019-02-30' })]).toEqual(['since']);
    expect(validateStruggleLink(COMMUNITY_ID, { projectId: PROJECT_A, resisting: 'eviction', since: '2019-05-01' }).size).toBe(0);
    expect(toStruggleInput(COMMUNITY_ID, { projectId: PROJECT_A, resisting: 'eviction', since: '' })).toEqual({
      communityId: COMMUNITY_ID,
      projectId: PROJECT_A,
      resisting: 'eviction',
      since: null,
    });
  });

  it('offers only projects not yet linked, by name', () => {
    const linked = { projectId: PROJECT_A } as Struggle;
    const projects = [summary(PROJECT_A, 'Zeta dam'), summary(PROJECT_B, 'Alpha mine'), summary('0190a0e4-1c2b-7d3e-8f40-000000000023', 'Beta road')];
    expect(linkableProjects(projects, [linked], 'en').map((project) => project.name)).toEqual(['Alpha mine', 'Beta road']);
  });
});
