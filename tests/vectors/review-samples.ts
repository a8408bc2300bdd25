// The rows of the review packet and return test vectors (tests/vectors/review/): one of every table, with fixed ids and
// texts, checked against their schemas when the generator writes them.
import type { PacketTable, ReturnTable } from '../../common/review/packet-frames.schema.js';
import { patternBytes } from './bundle-craft.js';
import { sha256Hex } from './vector-index.js';

export const SAMPLE_PACKET_ID = '0190d5a0-5555-7000-8000-000000000001';
export const SAMPLE_CALL_ID = '0190d5a0-5555-7000-8000-0000000000c1';
export const SAMPLE_APPLICATION_IDS = ['0190d5a0-5555-7000-8000-0000000000a1', '0190d5a0-5555-7000-8000-0000000000a2'] as const;
export const SAMPLE_FILE_IDS = ['0190d5a0-5555-7000-8000-0000000000f1', '0190d5a0-5555-7000-8000-0000000000f2'] as const;
export const SAMPLE_EXPIRES_AT = '2027-01-28T18:00:00.000Z';

const levels = ['Absent', 'Weak', 'Partial', 'Adequate', 'Strong', 'Exemplary'];

/** The bytes of the packet's two files: one small, one spanning several 1 KiB chunks. */
export const SAMPLE_FILES: readonly { id: string; bytes: Uint8Array }[] = [
  { id: SAMPLE_FILE_IDS[0], bytes: patternBytes(700, 11) },
  { id: SAMPLE_FILE_IDS[1], bytes: patternBytes(5000, 12) },
];

function application(index: 0 | 1, blind: boolean): Record<string, unknown> {
  return {
    id: SAMPLE_APPLICATION_IDS[index],
    callId: SAMPLE_CALL_ID,
    title: index === 0 ? 'Mapping the river basin' : 'Legal support for the land claim',
    communityName: blind ? null : index === 0 ? 'Rio Verde' : 'Kampung Baru',
    country: blind ? null : index === 0 ? 'BR' : 'ID',
    region: index === 0 ? 'latin_america' : 'asia',
    originalLanguage: index === 0 ? 'pt' : 'id',
    originalText: index === 0 ? 'Queremos mapear a bacia do rio.' : 'Kami membutuhkan dukungan hukum.',
    translationLanguage: 'en',
    translation: index === 0 ? 'We want to map the river basin.' : 'We need legal support.',
    amountRequested: index === 0 ? 4200 : 3000,
    budget: [{ description: 'Field work', amount: index === 0 ? 21000 : 3000, currency: index === 0 ? 'BRL' : 'USD', converted: index === 0 ? 4200 : 3000 }],
    fileIds: [SAMPLE_FILE_IDS[index]],
  };
}

/** A packet's rows, table by table, in the order they travel. */
export function samplePacketTables(blind: boolean): Record<PacketTable, Record<string, unknown>[]> {
  return {
    packet_info: [
      {
        packetId: SAMPLE_PACKET_ID,
        title: 'Rivers and finance 2026: second round',
        message: 'Thank you for reviewing these two applications.',
        respondBy: '2026-12-20',
        expiresAt: SAMPLE_EXPIRES_AT,
        blind,
        period: { from: '2026-07-01', to: '2026-09-30' },
        senderName: 'Secretariat',
      },
    ],
    packet_calls: [
      {
        id: SAMPLE_CALL_ID,
        title: 'Rivers and finance 2026',
        text: 'Small grants for communities facing river projects.',
        language: 'en',
        currency: 'USD',
        ceiling: 5000,
        criteria: [
          { id: 'voice', name: 'Community voice', weight: 2, levels },
          { id: 'urgency', name: 'Urgency', weight: 1, levels },
        ],
      },
    ],
    packet_applications: [application(0, blind), application(1, blind)],
    packet_report: [
      {
        from: '2026-07-01',
        to: '2026-09-30',
        figures: [
          { key: 'collaborations.active', value: 12 },
          { key: 'requests.new', value: 5 },
        ],
        collaborations: [
          {
            id: '0190d5a0-5555-7000-8000-0000000000b1',
            title: 'Dam impact study',
            communityName: blind ? null : 'Rio Verde',
            region: 'latin_america',
            stage: 'active',
            startedOn: '2026-03-02',
            stages: [{ stage: 'active', on: '2026-03-02' }],
            outcomes: ['The bank opened a complaint.'],
            learnings: ['Start with the financier’s own policies.'],
          },
        ],
      },
    ],
    packet_consultations: [
      {
        id: '0190d5a0-5555-7000-8000-0000000000d1',
        topic: 'Priorities for 2027',
        startsOn: '2026-08-10',
        endsOn: '2026-08-12',
        channel: 'meeting',
        participants: ['Rio Verde', 'River Defenders Network'],
        feedback: [{ theme: 'funding', text: 'Smaller grants, paid faster.', quote: '' }],
        actions: [{ text: 'Shorten the payment delay', owner: 'Secretariat', dueOn: '2026-11-30', doneOn: null }],
      },
    ],
    packet_questions: [
      { id: 'q1', text: 'What should the next call focus on?', kind: 'text', lowLabel: '', highLabel: '', position: 0 },
      { id: 'q2', text: 'How useful was the monitoring report?', kind: 'rating', lowLabel: 'Not useful', highLabel: 'Very useful', position: 1 },
    ],
    packet_files: SAMPLE_FILES.map((file, k) => ({
      id: file.id,
      applicationId: SAMPLE_APPLICATION_IDS[k as 0 | 1],
      name: k === 0 ? 'budget.pdf' : 'map.png',
      mediaType: k === 0 ? 'application/pdf' : 'image/png',
      size: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
    })),
  };
}

/** A return's rows: a conflict on the first application, scores on the second, both questions answered, advice. */
export function sampleReturnTables(): Record<ReturnTable, Record<string, unknown>[]> {
  return {
    return_declarations: [
      { applicationId: SAMPLE_APPLICATION_IDS[0], declaration: 'conflict', reason: 'I advise this community.', declaredAt: '2026-12-01T10:00:00.000Z' },
      { applicationId: SAMPLE_APPLICATION_IDS[1], declaration: 'none', reason: '', declaredAt: '2026-12-01T10:05:00.000Z' },
    ],
    return_scores: [
      {
        applicationId: SAMPLE_APPLICATION_IDS[1],
        scores: [
          { criterionId: 'voice', score: 4, comment: 'Led by the community.' },
          { criterionId: 'urgency', score: 5, comment: '' },
        ],
        scoredAt: '2026-12-02T09:00:00.000Z',
      },
    ],
    return_answers: [
      { questionId: 'q1', text: 'Legal defence.', rating: null },
      { questionId: 'q2', text: '', rating: 4 },
    ],
    return_advice: [{ advice: 'Fund the legal support first.', returnedAt: '2026-12-03T12:00:00.000Z' }],
  };
}
