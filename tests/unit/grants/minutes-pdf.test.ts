// The minutes of a decision meeting as a PDF made by the app: its text read back from the file (call, date, who was
// present, quorum, recusals, decisions with amounts and rationales, notes) in English and Spanish; saving is audited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../common/languages.js';
import { minutesPdf } from '../../../main/core/grants/minutes-pdf.js';
import { applicationFor, grantApplicationVault, WATER_CALL, WORKING_GROUP } from '../../helpers/grant-application-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';
import { callInputSchema } from '../../../common/grants/call.schema.js';

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

async function decidedMeeting(language: Language) {
  const vault = await grantApplicationVault(language);
  const { applications, addCall, setCallState, communityId, forceState, addReview, meetings } = vault;
  const callId = addCall('closed');
  const kits = applications.create(applicationFor(callId, communityId, { title: 'Water kits' })).id;
  const radio = applications.create(applicationFor(callId, communityId, { title: 'Community radio' })).id;
  for (const id of [kits, radio]) forceState(id, 'in_review');
  setCallState(callId, 'in_review');
  addReview(kits, 'vault-bea', 'conflict', 'My sister coordinates this project.');
  addReview(kits, 'vault-ana', 'none', '', [{ criterionId: 'impact', score: 4 }, { criterionId: 'feasibility', score: 3 }]);
  const { id } = meetings.create({
    callId,
    date: '2026-04-20',
    attendees: ['vault-ana', 'vault-bea', 'vault-caio', 'vault-dora'],
    decisions: [
      { applicationId: kits, decision: 'approved', amount: 4500, rationale: 'Strong community ownership.' },
      { applicationId: radio, decision: 'declined', amount: null, rationale: 'Outside the call’s focus.' },
    ],
    notes: 'Held by video call; Bea left the room for the first item.',
  });
  return { ...vault, meetingId: id, callId };
}

describe('the minutes PDF', () => {
  it('writes the call, the date, who was present, the quorum, recusals, decisions and notes', async () => {
    const { meetings, meetingId, platform, auditOf, callId } = await decidedMeeting('en');
    const file = join(makeTempDir(), 'minutes.pdf');
    platform.setNextSaveFile(file);
    expect(await meetings.saveMinutes(meetingId)).toEqual({ saved: true });
    const bytes = new Uint8Array(readFileSync(file));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await textOf(bytes);
    for (const expected of [
      'Minutes of the decision meeting',
      'Water defenders 2026',
      'April 20, 2026',
      WORKING_GROUP.map((m) => m.name).join(', '),
      '3 working-group members without a conflict of interest',
      'Recusals',
      'Bea Example',
      'My sister coordinates this project.',
      'Water kits',
      'Approved',
      '$4,500.00',
      'Strong community ownership.',
      'Declined',
      'Outside the call’s focus.',
      '3.7',
      '3/3',
      'Held by video call',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(auditOf('grant_minutes_saved').map((e) => e.detail)).toEqual([{ meetingId, callId }]);
  });

  it('writes the minutes in Spanish, accents included', async () => {
    const { meetings, meetingId, platform } = await decidedMeeting('es');
    const file = join(makeTempDir(), 'acta.pdf');
    platform.setNextSaveFile(file);
    await meetings.saveMinutes(meetingId);
    const text = await textOf(new Uint8Array(readFileSync(file)));
    for (const expected of ['Acta de la reunión de decisión', 'Defensoras del agua 2026', '20 de abril de 2026', 'Recusaciones', 'Aprobada', 'Rechazada', 'Fundamento']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('saves nothing and records nothing when the dialog is cancelled', async () => {
    const { meetings, meetingId, auditOf } = await decidedMeeting('en');
    expect(await meetings.saveMinutes(meetingId)).toEqual({ saved: false });
    expect(auditOf('grant_minutes_saved')).toEqual([]);
  });

  it('says so when nobody was recused and nothing was decided', async () => {
    const call = callInputSchema.parse(WATER_CALL);
    const bytes = await minutesPdf({ date: '2026-05-02', attendees: ['vault-ana', 'vault-caio', 'vault-dora'], decisions: [], notes: '', recusals: [], quorum: [] }, call, [], [], 'fr');
    const text = await textOf(bytes);
    for (const expected of ['Procès-verbal de la réunion de décision', '2 mai 2026', 'Aucune personne présente ne s’est récusée.', 'Aucune décision n’a été enregistrée.', 'Aucune note.']) {
      expect(text, expected).toContain(expected);
    }
  });
});
