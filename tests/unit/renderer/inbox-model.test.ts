// The Review inbox's rules: where the member stands on an application, how report figures are labelled, the answers
// form's values and what a return carries as the confirmation counts it.
import { describe, expect, it } from 'vitest';
import type { InboxPacket } from '../../../common/review/inbox.schema.js';
import {
  applicationStage,
  figureLabel,
  initialAnswers,
  isEditable,
  knownRegion,
  knownState,
  returnContents,
  toAnswersInput,
  unfinishedApplications,
} from '../../../renderer/features/inbox/inbox-model.js';

type Summary = InboxPacket['applications'][number];

function application(id: string, declaration: Summary['declaration'], scores: Summary['scores'] = 'none'): Summary {
  return { id, callId: '00000000-0000-4000-8000-000000000001', title: id, communityName: null, declaration, scores };
}

const QUESTIONS = [
  { id: 'overall', text: 'How is the exchange doing?', kind: 'rating' as const, lowLabel: 'Poorly', highLabel: 'Very well' },
  { id: 'advice', text: 'What should change?', kind: 'text' as const, lowLabel: '', highLabel: '' },
];

describe('where the member stands on an application', () => {
  it('asks for a declaration first, closes it after a conflict, then wants scores until a draft is saved', () => {
    expect(applicationStage(application('a', 'pending'))).toBe('declare');
    expect(applicationStage(application('a', 'conflict'))).toBe('closed');
    // A conflict stays closed even if scores were somehow kept.
    expect(applicationStage(application('a', 'conflict', 'draft'))).toBe('closed');
    expect(applicationStage(application('a', 'none'))).toBe('score');
    expect(applicationStage(application('a', 'none', 'draft'))).toBe('scored');
  });

  it('lets the member change things only while the packet is open', () => {
    expect(isEditable('open')).toBe(true);
    expect(isEditable('returned')).toBe(false);
    expect(isEditable('expired')).toBe(false);
  });
});

describe('report figure labels', () => {
  it('knows the dashboard headline figures, with or without a group prefix', () => {
    expect(figureLabel('collaborations')).toEqual({ kind: 'headline', figure: 'collaborations' });
    expect(figureLabel('totals.linkages')).toEqual({ kind: 'headline', figure: 'linkages' });
    expect(figureLabel('headline.countries')).toEqual({ kind: 'headline', figure: 'countries' });
  });

  it('knows counts by collaboration status, region and strategy area', () => {
    expect(figureLabel('status.active')).toEqual({ kind: 'status', state: 'active' });
    expect(figureLabel('byStatus.concluded')).toEqual({ kind: 'status', state: 'concluded' });
    expect(figureLabel('collaborations.active')).toEqual({ kind: 'status', state: 'active' });
    expect(figureLabel('region.latin_america')).toEqual({ kind: 'region', region: 'latin_america' });
    expect(figureLabel('byRegion.asia')).toEqual({ kind: 'region', region: 'asia' });
    expect(figureLabel('byArea.advocacy')).toEqual({ kind: 'area', area: 'advocacy' });
    expect(figureLabel('byArea.not_stated')).toEqual({ kind: 'area', area: null });
  });

  it('leaves a key it does not know as it is, to be shown as the key itself', () => {
    expect(figureLabel('grants.awarded')).toEqual({ kind: 'unknown', key: 'grants.awarded' });
    expect(figureLabel('status.unheard_of')).toEqual({ kind: 'unknown', key: 'status.unheard_of' });
    expect(figureLabel('region.mars')).toEqual({ kind: 'unknown', key: 'region.mars' });
  });

  it('labels lifecycle stages and regions it knows, and nothing else', () => {
    expect(knownState('paused')).toBe('paused');
    expect(knownState('dormant')).toBeNull();
    expect(knownRegion('africa')).toBe('africa');
    expect(knownRegion('Oceania')).toBeNull();
  });
});

describe('the answers form', () => {
  it('starts from the saved draft, with nothing for a question not answered', () => {
    const values = initialAnswers(QUESTIONS, [{ questionId: 'overall', text: '', rating: 4 }]);
    expect(values).toEqual({ overall: { text: '', rating: 4 }, advice: { text: '', rating: null } });
  });

  it('sends only the answered questions, trimmed, in order, and never a rating for a text question', () => {
    const input = toAnswersInput(QUESTIONS, {
      advice: { text: '  More visits.  ', rating: 3 },
      overall: { text: '', rating: 5 },
    });
    expect(input).toEqual([
      { questionId: 'overall', text: '', rating: 5 },
      { questionId: 'advice', text: 'More visits.', rating: null },
    ]);
    expect(toAnswersInput(QUESTIONS, { overall: { text: '   ', rating: null }, advice: { text: '', rating: null } })).toEqual([]);
  });
});

describe('what a return carries', () => {
  const packet = {
    applications: [application('a', 'conflict'), application('b', 'none', 'draft'), application('c', 'none'), application('d', 'pending')],
    questions: QUESTIONS,
  };

  it('counts declarations (and conflicts), the applications scored, the answers and whether there is advice', () => {
    const answers = toAnswersInput(QUESTIONS, { overall: { text: '', rating: 2 } });
    expect(returnContents(packet, answers, '  ')).toEqual({ declarations: 3, conflicts: 1, scored: 1, answers: 1, questions: 2, advice: false });
    expect(returnContents(packet, [], 'Fund fewer, larger grants.').advice).toBe(true);
  });

  it('counts the applications still waiting for a declaration or scores', () => {
    expect(unfinishedApplications(packet)).toBe(2);
    expect(unfinishedApplications({ applications: [application('a', 'conflict'), application('b', 'none', 'draft')] })).toBe(0);
  });
});
