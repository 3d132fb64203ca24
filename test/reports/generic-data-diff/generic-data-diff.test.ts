import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { genericDataDiff, schema } from '../../../src/reports/generic-data-diff/generic-data-diff.js';
import { GENERIC_DATA_DIFF_SCHEMA_ID } from '../../../src/reports/generic-data-diff/schema.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, repoRoot, sourceOf } from '../data-diff/helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const published = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/generic-data-diff.schema.json'), 'utf8')) as Record<string, unknown>;
const docsExample = (() => {
  const markdown = readFileSync(path.join(repoRoot, 'docs/generic-data-diff.md'), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(markdown);
  if (!block?.[1]) throw new Error('docs/generic-data-diff.md has no ```json example');
  return block[1];
})();

const minimal = { kind: 'data-diff', version: 1, tool: 'audit', models: [] as unknown[] };

function parse(data: unknown): DataDiffReport {
  return genericDataDiff.parse(sourceOf('diff.json', JSON.stringify(data))) as DataDiffReport;
}

describe('generic data-diff', () => {
  const report = genericDataDiff.parse(fixture('generic-data-diff/report.json')) as DataDiffReport;

  it('takes the tool and the run link from the file', () => {
    expect(report).toMatchObject({
      kind: 'data-diff',
      format: 'generic-data-diff',
      tool: 'reladiff',
      link: 'https://ci.example.com/runs/812/diff',
    });
  });

  it('maps every model field, fills missing schema lists and derives the match', () => {
    const [orders] = report.models;
    expect(orders).toEqual({
      name: 'orders',
      status: 'different',
      base: 'analytics.prod.orders',
      head: 'analytics.pr_42.orders',
      primaryKey: ['order_id'],
      rows: { base: 1000, head: 1010, added: 12, removed: 2, changed: 30, unchanged: 968 },
      matchPercent: (968 / 1010) * 100,
      columns: [
        { name: 'amount', differing: 25, percentDiffering: 2.5 },
        { name: 'status', differing: 5 },
      ],
      schema: { added: ['discount_code'], removed: [], typeChanged: ['created_at'] },
      link: 'https://ci.example.com/runs/812/diff/orders',
    });
  });

  it('has no match without table sizes', () => {
    expect(report.models[1]).toEqual({ name: 'customers', status: 'identical', rows: { added: 0, removed: 0, changed: 0 } });
  });

  it('fails when a model failed', () => {
    expect(report.models[2]).toEqual({ name: 'payments', status: 'failed', error: 'relation analytics.pr_42.payments does not exist' });
    expect(report.verdict).toBe('fail');
    expect(report.verdict).toBe(dataDiffVerdict(report.models));
  });

  it('warns on differences, passes identical models, and has nothing to judge without models', () => {
    expect(parse({ ...minimal, models: [{ name: 'a', status: 'different' }, { name: 'b', status: 'identical' }] }).verdict).toBe('warn');
    expect(parse({ ...minimal, models: [{ name: 'b', status: 'identical' }] }).verdict).toBe('pass');
    expect(parse(minimal).verdict).toBe('none');
  });

  describe('bad input', () => {
    it('catches a misspelt field with its pointer', () => {
      const rows = { added: 1, removed: 0, changed: 0, unchnaged: 9 };
      const error = inputErrorOf(() => parse({ ...minimal, models: [{ name: 'a', status: 'different', rows }] }));
      expect(error.source).toBe('diff.json');
      expect(error.pointer).toBe('/models/0/rows/unchnaged');
      expect(error.message).toBe('diff.json at /models/0/rows/unchnaged: unexpected field "unchnaged"');
    });

    it('wants the error of a failed model', () => {
      expect(() => parse({ ...minimal, models: [{ name: 'a', status: 'failed' }] })).toThrow(
        'diff.json at /models/0/error: missing required field; expected "error" to be present',
      );
    });

    it('refuses another version', () => {
      expect(() => parse({ ...minimal, version: 2 })).toThrow('diff.json at /version: expected 1');
    });

    it('refuses a status it does not know', () => {
      expect(() => parse({ ...minimal, models: [{ name: 'a', status: 'changed' }] })).toThrow(
        'diff.json at /models/0/status: expected one of "identical", "different", "failed"',
      );
    });

    it('refuses links that are not web links', () => {
      expect(() => parse({ ...minimal, url: 'javascript:alert(1)' })).toThrow('diff.json at /url: expected a value that must match pattern "^https?://"');
    });

    it('refuses a percent over 100', () => {
      expect(() => parse({ ...minimal, models: [{ name: 'a', status: 'different', columns: [{ name: 'x', percentDiffering: 120 }] }] })).toThrow(
        'diff.json at /models/0/columns/0/percentDiffering: expected a value that must be <= 100',
      );
    });

    it('refuses text that is not one JSON document', () => {
      expect(() => genericDataDiff.parse(sourceOf('diff.json', '{"kind": "data-diff"}\n{}'))).toThrow(
        'diff.json: expected one JSON object in the generic data-diff format (docs/generic-data-diff.md)',
      );
    });
  });

  it('sniffs on kind alone, so that a wrong version gets a schema error', () => {
    expect(genericDataDiff.sniff(fixture('generic-data-diff/report.json'))).toBe(true);
    expect(genericDataDiff.sniff(sourceOf('a.json', '{"kind": "data-diff", "version": 7}'))).toBe(true);
    expect(genericDataDiff.sniff(sourceOf('a.json', '{"kind": "quality-gate", "version": 1}'))).toBe(false);
  });

  describe('published schema and documentation', () => {
    it('publishes the schema the parser validates with, plus its $id', () => {
      const { $id, ...rest } = published;
      expect($id).toBe(GENERIC_DATA_DIFF_SCHEMA_ID);
      expect(rest).toEqual(schema);
    });

    it('describes every property', () => {
      const undescribed: string[] = [];
      const walk = (node: unknown, at: string): void => {
        if (typeof node !== 'object' || node === null) return;
        const properties = (node as { properties?: Record<string, unknown> }).properties;
        for (const [name, child] of Object.entries(properties ?? {})) {
          if (typeof child === 'object' && child !== null && !('description' in child)) undescribed.push(`${at}/${name}`);
        }
        for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
      };
      walk(published, '#');
      // `if`/`then` only restate `status` and `error` to make the error required for failed models.
      expect(undescribed.filter((p) => !/\/(if|then)\//.test(p))).toEqual([]);
    });

    it('parses the documented example', () => {
      const example = genericDataDiff.parse(sourceOf('docs example', docsExample)) as DataDiffReport;
      expect(example.models.map((m) => [m.name, m.status])).toEqual([
        ['model.shop.orders', 'different'],
        ['model.shop.customers', 'identical'],
        ['model.shop.payments', 'failed'],
      ]);
      expect(example.verdict).toBe('fail');
      expect(example.models[0]?.matchPercent).toBeCloseTo(95.84, 2);
    });

    it('accepts the example and the fixture with the published file alone, as an editor would', () => {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(published);
      expect(validate(JSON.parse(docsExample))).toBe(true);
      expect(validate(fixture('generic-data-diff/report.json').json)).toBe(true);
    });
  });
});
