import { describe, expect, it } from '@jest/globals';
import { dataDiffStats } from '../../../src/reports/data-diff/stats.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, sourceOf } from './helpers.js';

const base = { rows_A: 10, rows_B: 10, exclusive_A: 0, exclusive_B: 0, updated: 0, unchanged: 10, total: 0, values: {} };

function parse(data: unknown): DataDiffReport {
  return dataDiffStats.parse(sourceOf('stats.json', JSON.stringify(data))) as DataDiffReport;
}

describe('data-diff -s --json', () => {
  const report = dataDiffStats.parse(fixture('data-diff/stats.json')) as DataDiffReport;
  const [only] = report.models;

  it('reads one table pair, A as base and B as head', () => {
    expect(report).toMatchObject({ kind: 'data-diff', format: 'data-diff-stats', tool: 'data-diff' });
    expect(report.models).toHaveLength(1);
    expect(only?.name).toBe('table A ↔ table B');
    expect(only?.status).toBe('different');
    expect(only?.rows).toEqual({ base: 120, head: 125, added: 7, removed: 2, changed: 4, unchanged: 114 });
  });

  it('turns the difference score into a match: unchanged over the larger table', () => {
    expect(only?.matchPercent).toBeCloseTo(91.2, 10);
  });

  it("falls back to joindiff's per-column counts when `values` is empty", () => {
    expect(only?.columns?.map((c) => [c.name, c.differing])).toEqual([
      ['amount', 3],
      ['status', 1],
    ]);
    expect(only?.columns?.[0]?.percentDiffering).toBeCloseTo((3 / 118) * 100, 10);
  });

  it('warns on a difference', () => {
    expect(report.verdict).toBe('warn');
    expect(report.verdict).toBe(dataDiffVerdict(report.models));
  });

  it('prefers the dbt-mode `values` counts', () => {
    const [model] = parse({ ...base, updated: 2, unchanged: 8, values: { qty: 2 }, stats: { diff_counts: { price: 9 } } }).models;
    expect(model?.columns).toEqual([{ name: 'qty', differing: 2, percentDiffering: 20 }]);
  });

  it('passes identical tables and leaves unknown column detail out', () => {
    const identical = parse(base);
    expect(identical.verdict).toBe('pass');
    expect(identical.models[0]).toEqual({
      name: 'table A ↔ table B',
      status: 'identical',
      rows: { base: 10, head: 10, added: 0, removed: 0, changed: 0, unchanged: 10 },
      matchPercent: 100,
    });
  });

  it('has no match percent for two empty tables', () => {
    const [model] = parse({ ...base, rows_A: 0, rows_B: 0, unchanged: 0 }).models;
    expect(model?.matchPercent).toBeUndefined();
    expect(model?.status).toBe('identical');
  });

  it('never copies the sample rows joindiff may add', () => {
    const serialised = JSON.stringify(
      parse({ ...base, exclusive_A: 1, unchanged: 9, stats: { exclusive_sample: [['key-zq81', 'secret-value-77']] } }),
    );
    expect(serialised).not.toContain('key-zq81');
    expect(serialised).not.toContain('secret-value-77');
  });

  describe('bad input', () => {
    it('names a missing count', () => {
      const { rows_B: _dropped, ...missing } = base;
      const error = inputErrorOf(() => parse(missing));
      expect(error.source).toBe('stats.json');
      expect(error.pointer).toBe('/rows_B');
      expect(error.message).toBe('stats.json at /rows_B: missing required field; expected "rows_B" to be present');
    });

    it('refuses a negative count', () => {
      expect(() => parse({ ...base, updated: -1 })).toThrow('stats.json at /updated: expected a value that must be >= 0');
    });

    it('refuses a per-column count that is not a number', () => {
      expect(() => parse({ ...base, values: { qty: 'two' } })).toThrow('stats.json at /values/qty: expected integer');
    });

    it('refuses text that is not one JSON object', () => {
      expect(() => dataDiffStats.parse(sourceOf('stats.txt', '5 rows in table A\n4 rows in table B\n'))).toThrow(
        'stats.txt: expected one JSON object as printed by `data-diff … --stats --json`',
      );
    });
  });

  it('sniffs the stats object and nothing else', () => {
    expect(dataDiffStats.sniff(fixture('data-diff/stats.json'))).toBe(true);
    expect(dataDiffStats.sniff(sourceOf('a.json', '{"status": "running"}'))).toBe(false);
    expect(dataDiffStats.sniff(sourceOf('a.jsonl', '{"rows_A": 1, "rows_B": 1}\n{"rows_A": 1, "rows_B": 1}'))).toBe(false);
    expect(dataDiffStats.sniff(sourceOf('a.json', '{"kind": "quality-gate", "rows_A": 1, "rows_B": 1}'))).toBe(false);
  });
});
