// Import and export messages outside the page (CLI, invalid-rows file) pick plural forms by each language's rules.
import { describe, expect, it } from 'vitest';
import { importMessage } from '../../../main/core/roster/csv-messages.js';

describe('importMessage', () => {
  it('chooses the plural form for count in each language, French counting 0 as one', () => {
    expect(importMessage('en', 'screen.skippedDuplicates', { count: 1 })).toBe('1 duplicate was not imported.');
    expect(importMessage('en', 'screen.skippedDuplicates', { count: 2 })).toBe('2 duplicates were not imported.');
    expect(importMessage('es', 'cli.written', { count: 1 })).toBe('1 colaborador escrito.');
    expect(importMessage('es', 'cli.written', { count: 5 })).toBe('5 colaboradores escritos.');
    expect(importMessage('fr', 'warning.empty_rows_skipped', { count: 0 })).toBe('0 ligne vide a été ignorée.');
    expect(importMessage('pt', 'cli.exported', { count: 3, file: 'x.csv' })).toBe('3 colaboradores gravados em x.csv.');
  });

  it('reads plain keys as before and falls back to the key itself when nothing matches', () => {
    expect(importMessage('en', 'cli.dryRun')).toBe('Dry run: nothing was written.');
    expect(importMessage('en', 'cli.nothing_here')).toBe('cli.nothing_here');
  });
});
