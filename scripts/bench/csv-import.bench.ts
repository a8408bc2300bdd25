// CSV import figure: parse, validate and commit 100k generated rows on a real vault (goal ≤ 5 s), each phase timed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../main/core/platform.node.js';

const ROWS = Number(process.env['CRE_BENCH_CSV_ROWS'] ?? 100_000);
const GOAL_MS = 5000;
const COUNTRIES = ['KE', 'TZ|UG', 'BR', 'Perú', 'Colombia|Ecuador', 'IND', 'Philippines', 'ML|SN', 'Mozambique', 'ID'];
const LANGUAGES = ['en', 'sw|en', 'pt', 'es|qu', 'español', 'hi|en', 'tl', 'fr|wo', 'pt', 'id'];
const KINDS = ['cso', 'community', 'Réseau', 'academic', 'individual_expert', 'Movimiento social'];
const AREAS = ['advocacy', 'media_campaigning|community_organizing', 'financial_research', 'Análisis científico y técnico de impactos', 'security_support|courts_complaints'];

/** Deterministic fictional rows: every tenth has a contact, every fiftieth an unknown country (reported, not written). */
function generateCsv(rows: number): string {
  const lines = ['name,kind,countries,levels,strategyAreas,expertise,languages,vettingStatus,contacts,notes'];
  for (let i = 0; i < rows; i += 1) {
    const country = i % 50 === 49 ? 'Atlantis' : COUNTRIES[i % COUNTRIES.length];
    const contact = i % 10 === 0 ? `signal:+00 555 ${String(i).padStart(6, '0')}` : '';
    lines.push(
      [
        `Imaginary Collective ${i}`,
        KINDS[i % KINDS.length],
        country,
        i % 3 === 0 ? 'local|national' : 'international',
        AREAS[i % AREAS.length],
        'land rights|mining finance',
        LANGUAGES[i % LANGUAGES.length],
        i % 4 === 0 ? 'vetted' : 'proposed',
        contact,
        `"Fictional notes, row ${i}: works with communities facing dams and mines."`,
      ].join(','),
    );
  }
  return lines.join('\r\n');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cre-bench-csv-'));
  try {
    const file = join(dir, 'roster.csv');
    writeFileSync(file, generateCsv(ROWS));
    const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
    core.vault.create('correct horse battery staple mangrove');
    const importer = core.rosterIo.importer;

    const t0 = performance.now();
    const opened = importer.open(file);
    const t1 = performance.now();
    const preview = importer.preview(opened.token, opened.suggestedMapping, 1000);
    const t2 = performance.now();
    const result = importer.commit(opened.token, opened.suggestedMapping, false);
    const t3 = performance.now();
    core.dispose();

    const total = t3 - t0;
    console.log(`CSV import of ${ROWS} rows (${preview.valid} valid, ${preview.invalidRowCount} reported):`);
    console.log(`  read + parse          ${(t1 - t0).toFixed(0).padStart(7)} ms`);
    console.log(`  validate + duplicates ${(t2 - t1).toFixed(0).padStart(7)} ms   (preview)`);
    console.log(`  validate + commit     ${(t3 - t2).toFixed(0).padStart(7)} ms   (${result.written} written in one transaction)`);
    console.log(`  total                 ${total.toFixed(0).padStart(7)} ms   goal ≤ ${GOAL_MS} ms: ${total <= GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
