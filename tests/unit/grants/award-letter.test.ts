// The award letter read back from its PDF: in Spanish and in French, with the call's title, the amount and dates in that
// language, the schedule with its conditions in words, the reports; saved where asked (audited), refused without an award.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { CreFailure } from '../../../common/contract/errors.js';
import { awardLetterBytes, saveAwardLetter } from '../../../main/core/grants/award-letter.js';
import { awardInput, awardsTestVault } from '../../helpers/grant-award-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  // The PDF's fonts write a narrow no-break space (French thousands) as a plain one; lines wrap where they fit.
  return text.replace(/\s+/g, ' ');
}

const plain = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, ' ');

async function awardedVault(letterLanguage: 'es' | 'fr') {
  const vault = await awardsTestVault({
    texts: [
      { language: 'en', title: 'Seed fund for community organizing 2026', text: '' },
      { language: 'es', title: 'Fondo semilla para la organización comunitaria 2026', text: '' },
      { language: 'fr', title: 'Fonds d’amorçage pour l’organisation communautaire 2026', text: '' },
    ],
  });
  const { applicationId } = vault.approvedApplication({ title: 'Rádio comunitária do rio' });
  vault.patchApplication(applicationId, (record) => ({ ...record, fields: { ...record.fields, letterLanguage } }));
  vault.awards.create(awardInput(applicationId, 4000));
  return { ...vault, applicationId };
}

describe('the award letter', () => {
  it('is written in Spanish for a Spanish letter language, every figure formatted in Spanish', async () => {
    const { openVault, applicationId } = await awardedVault('es');
    const started = performance.now();
    const bytes = await awardLetterBytes(openVault().db, applicationId);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    const text = await pdfText(bytes);
    const money = (n: number) => plain(new Intl.NumberFormat('es', { style: 'currency', currency: 'USD' }).format(n));
    for (const expected of [
      'Community Resource Exchange',
      'Carta de adjudicación',
      '1 de junio de 2026',
      'Comunidade Ficticia do Rio Verde, Brasil',
      'Fondo semilla para la organización comunitaria 2026',
      'Estimadas y estimados integrantes de Comunidade Ficticia do Rio Verde:',
      `una pequeña subvención de ${money(4000)} para «Rádio comunitária do rio»`,
      'Calendario de pagos',
      'Tramo 1',
      money(2400),
      '15 de junio de 2026',
      'Al firmar el acuerdo',
      'Cuando se apruebe el informe 1',
      'Informe narrativo',
      'Informe financiero',
      '15 de diciembre de 2026',
      'Condiciones',
      'Por Comunidade Ficticia do Rio Verde',
      'Firma',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Award letter');
  });

  it('is written in French for a French letter language', async () => {
    const { openVault, applicationId } = await awardedVault('fr');
    const text = await pdfText(await awardLetterBytes(openVault().db, applicationId));
    const money = (n: number) => plain(new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD' }).format(n));
    for (const expected of [
      'Lettre d’attribution',
      '1 juin 2026',
      'Comunidade Ficticia do Rio Verde, Brésil',
      'Fonds d’amorçage pour l’organisation communautaire 2026',
      'Chères et chers membres de Comunidade Ficticia do Rio Verde,',
      `petite subvention de ${money(4000)} pour « Rádio comunitária do rio »`,
      'Calendrier des versements',
      money(1600),
      'À la signature de l’accord',
      'Quand le rapport 1 est approuvé',
      'Rapport financier',
      'Pour le Community Resource Exchange',
    ]) {
      expect(text).toContain(expected);
    }
    // Another language may be asked for (the CLI's --language).
    expect(await pdfText(await awardLetterBytes(openVault().db, applicationId, 'en'))).toContain('On signature of the agreement');
  });

  it('is saved where the user chooses, audited; cancelled, nothing is written; without an award it is refused', async () => {
    const { openVault, platform, applicationId, auditOf, approvedApplication } = await awardedVault('es');
    const deps = { openVault, platform, language: () => 'en' as const };
    const path = join(makeTempDir(), 'carta.pdf');

    expect(await saveAwardLetter(deps, applicationId)).toEqual({ saved: false });
    expect(existsSync(path)).toBe(false);
    platform.setNextSaveFile(path);
    expect(await saveAwardLetter(deps, applicationId)).toEqual({ saved: true });
    expect(await pdfText(readFileSync(path))).toContain('Carta de adjudicación');
    expect(auditOf('grant_letter_saved')).toEqual([{ applicationId, awardId: expect.any(String), language: 'es' }]);

    const notAwarded = approvedApplication().applicationId;
    await expect(saveAwardLetter(deps, notAwarded)).rejects.toMatchObject({ code: 'conflict', details: { reason: 'not_awarded' } });
    await expect(saveAwardLetter(deps, notAwarded)).rejects.toBeInstanceOf(CreFailure);
  });
});
