// docs/sync.md, "What travels, column by column", against the rules an import applies (main/core/sync/column-rules.ts):
// every column with fixed values lists exactly the values its rule allows, and the JSON list columns are exactly the
// columns whose rule is a list. A value added to a vocabulary, or a column that becomes a list, fails until documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLUMN_RULES } from '../../../main/core/sync/column-rules.js';
import { codeName, codeSpans, firstTable, section } from '../../helpers/markdown-tables.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const body = section(readFileSync(join(ROOT, 'docs', 'sync.md'), 'utf8'), '## What travels, column by column');

/** Notes per column, per table. */
function documented(table: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [column = '', , note = ''] of firstTable(section(body, `### \`${table}\``))) notes.set(codeName(column), note);
  return notes;
}

/** The values of a fixed vocabulary the schema is (or is a list of), through defaults and nulls; null for any other. */
function vocabulary(schema: z.ZodType): string[] | null {
  let inner: unknown = schema;
  for (;;) {
    if (inner instanceof z.ZodEnum) return (inner.options as (string | number)[]).map(String);
    if (inner instanceof z.ZodDefault || inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap();
    else if (inner instanceof z.ZodPipe) inner = inner.in;
    else if (inner instanceof z.ZodArray) inner = inner.element;
    else return null;
  }
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();
const TABLES = Object.entries(COLUMN_RULES);

describe('docs/sync.md against the rules of values from bundles', () => {
  it('finds the vocabularies through lists, defaults and nulls', () => {
    expect(vocabulary(COLUMN_RULES.collaborators['levels']?.schema ?? z.never())).toEqual(['local', 'national', 'international']);
    expect(vocabulary(COLUMN_RULES.harmful_projects['risk_category']?.schema ?? z.never())).toEqual(['A', 'B', 'C', 'FI', 'U']);
    expect(vocabulary(COLUMN_RULES.support_requests['status']?.schema ?? z.never())).toContain('new');
    expect(vocabulary(COLUMN_RULES.collaborators['countries']?.schema ?? z.never())).toBeNull();
  });

  it.each(TABLES)('%s: each column with fixed values lists exactly those values', (table, rules) => {
    const notes = documented(table);
    for (const [column, rule] of Object.entries(rules)) {
      const values = vocabulary(rule.schema);
      if (values) expect(sorted(codeSpans(notes.get(column) ?? '')), `${table}.${column}`).toEqual(sorted(values));
    }
  });

  it.each(TABLES)('%s: marks as JSON list exactly the columns whose rule is a list', (table, rules) => {
    const notes = documented(table);
    for (const [column, rule] of Object.entries(rules)) {
      expect((notes.get(column) ?? '').includes('**JSON list**'), `${table}.${column}`).toBe(rule.list);
    }
  });
});
