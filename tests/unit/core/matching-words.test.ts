// Matching's word rules on their own: folding, tags against a request's text, tags naming financiers (directly or through their family) and
// companies, the percent scale, and docs/matching.md's weights table against the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestPossiblePoints, MATCH_WEIGHTS, percentOfBest } from '../../../common/community/matching-weights.js';
import { codeName, firstTable, section } from '../../helpers/markdown-tables.js';
import { familiesNamedIn, foldWord, judgeTag, requestTerms, requestText, tagWords } from '../../../main/core/matching/match-words.js';

const judge = (tag: string, description: string, projects: { financiers: string[]; companies: string[] }[] = []) =>
  judgeTag(tagWords(tag), requestTerms(description, projects));

describe('folding words', () => {
  it('ignores case, accents and a final s', () => {
    expect(foldWord('Quejas')).toBe('queja');
    expect(foldWord('Desarrollo')).toBe('desarrollo');
    expect(foldWord('Bogotá')).toBe('bogota');
    expect(foldWord('IFC')).toBe('ifc');
    // Short words keep their s: "ras" is not "ra".
    expect(foldWord('gas')).toBe('gas');
  });
});

describe('a tag against the request text', () => {
  it('matches when every word of the tag that says something is in the text, and gives those words as written', () => {
    expect(judge('World Bank complaints', 'A complaint to the World Bank about the dam').textWords).toEqual(['World', 'Bank', 'complaint']);
    expect(judge('Inspection Panel requests', 'A complaint to the World Bank about the dam').textWords).toBeNull();
    expect(judge('Participación ciudadana', 'Talleres de participacion ciudadana').textWords).toEqual(['participacion', 'ciudadana']);
  });

  it('needs whole words: a tag is not found inside another word', () => {
    expect(judge('land rights', 'Highlands rights of way').textWords).toBeNull();
    expect(judge('the', 'the dam').textWords).toBeNull();
  });
});

describe('a tag naming a financier', () => {
  const wb = [{ financiers: ['International Finance Corporation (IFC)', 'Example Development Bank'], companies: [] }];

  it('names the financier itself, or through its family with the family said', () => {
    expect(judge('IFC complaints', 'Support', wb).financiers).toEqual([{ financier: 'International Finance Corporation (IFC)', family: null, named: 'project' }]);
    expect(judge('CAO complaints', 'Support', wb).financiers).toEqual([
      { financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' },
    ]);
    expect(judge('World Bank safeguards', 'Support', wb).financiers).toEqual([
      { financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' },
    ]);
    expect(judge('Example Development Bank complaints', 'Support', wb).financiers).toEqual([{ financier: 'Example Development Bank', family: null, named: 'project' }]);
  });

  it('does not count generic words alone, nor banks outside the family', () => {
    expect(judge('development bank policy', 'Support', wb).financiers).toEqual([]);
    expect(judge('bank', 'Support', wb).financiers).toEqual([]);
    expect(judge('AIIB complaints', 'Support', wb).financiers).toEqual([]);
    expect(judge('Asian languages', 'Support', [{ financiers: ['Asian Development Bank'], companies: [] }]).financiers).toEqual([]);
  });

  it('matches a financier name with its group suffix and a tag that is part of the name', () => {
    const group = [{ financiers: ['World Bank Group'], companies: [] }];
    expect(judge('World Bank complaints', 'Support', group).financiers).toEqual([{ financier: 'World Bank Group', family: null, named: 'project' }]);
    expect(judge('Meridian', 'Support', [{ financiers: ['Meridian Development Bank'], companies: [] }]).financiers).toHaveLength(1);
  });

  it('takes a financier named in the request text when no project financier stands for its family', () => {
    expect(judge('CAO complaints', 'Una queja ante el Banco Mundial').financiers).toEqual([{ financier: 'World Bank Group', family: null, named: 'request' }]);
    expect(judge('CAO complaints', 'Complaint to the IFC', wb).financiers.map((found) => found.named)).toEqual(['project']);
  });

  it('reads one-word names in the text only with their own capitals', () => {
    expect(familiesNamedIn(requestText('Complaint to the IFC')).map((family) => family.name)).toEqual(['World Bank Group']);
    expect(familiesNamedIn(requestText('Transporte de ida y vuelta'))).toEqual([]);
    expect(familiesNamedIn(requestText('Queja ante el BID')).map((family) => family.name)).toEqual(['Inter-American Development Bank']);
  });
});

describe('a tag naming a company', () => {
  it('matches the name without its legal form, accents and case aside', () => {
    const project = [{ financiers: [], companies: ['Fictional Energía S.A.'] }];
    expect(judge('fictional energia campaigns', 'Support', project).companies).toEqual(['Fictional Energía S.A.']);
    expect(judge('energy campaigns', 'Support', project).companies).toEqual([]);
  });
});

describe('the percent scale', () => {
  const W = MATCH_WEIGHTS;
  it('adds the most each reason can give for what the request asks', () => {
    const everything = { strategyAreas: 2, hasText: true, hasFinanciers: true, hasCompanies: true, requestLanguages: 1, communityLanguages: 2 };
    expect(bestPossiblePoints(everything)).toBe(
      2 * W.strategyArea + W.expertiseCap * W.expertiseTag + W.financier + W.company + W.sameCountry + W.sharedLanguage + W.communityLanguage + W.level +
        W.availability.available + W.vetting.vetted + W.pastCap * W.pastConcluded,
    );
    const little = { strategyAreas: 1, hasText: false, hasFinanciers: false, hasCompanies: false, requestLanguages: 0, communityLanguages: 0 };
    expect(bestPossiblePoints(little)).toBe(W.strategyArea + W.sameCountry + W.level + W.availability.available + W.vetting.vetted + W.pastCap * W.pastConcluded);
  });

  it('stays within 0 and 100, whole numbers', () => {
    expect(percentOfBest(110, 141)).toBe(78);
    expect(percentOfBest(141, 141)).toBe(100);
    expect(percentOfBest(200, 141)).toBe(100);
    expect(percentOfBest(-5, 141)).toBe(0);
    expect(percentOfBest(10, 0)).toBe(0);
  });
});

describe('docs/matching.md', () => {
  it('gives every weight as the code does', () => {
    const doc = readFileSync(new URL('../../../docs/matching.md', import.meta.url), 'utf8');
    const rows = firstTable(section(doc, '## What counts'));
    const documented = new Map(rows.map(([, weight, points]) => [codeName(weight!), points!.replaceAll('−', '-')]));
    const inCode = new Map(
      Object.entries(MATCH_WEIGHTS)
        .filter(([name]) => !name.endsWith('Cap'))
        .map(([name, value]) => [name, typeof value === 'number' ? String(value) : Object.values(value).join(' / ')]),
    );
    expect(documented).toEqual(inCode);
  });
});
