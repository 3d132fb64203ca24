import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dataDiffStats } from '../../../src/reports/data-diff/stats.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, sourceOf } from './helpers.js';
import { jsonDumps, richWrap } from './rich-wrap.js';

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

  it('names, without figures, the columns joindiff counted more often than the key', () => {
    // amount: 12 > 9 one-sided rows, so it differs in a row present in both tables; status (9) may not.
    expect(only?.columns).toEqual([{ name: 'amount' }]);
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

  describe('joindiff per-column counts (reladiff and data-diff alike)', () => {
    /** A joindiff run: `diff_counts` as joindiff writes them, key columns first, every name suffixed `_a`. */
    const joindiff = (rows: Partial<typeof base>, diffCounts: Record<string, number>) =>
      parse({ ...base, ...rows, stats: { diff_counts: diffCounts } }).models[0]?.columns;

    it('lists neither the key nor a column whose only "difference" is a removed row', () => {
      // The reported bug: "values differ in id_a (1, 100%), timestamp_a (1, 100%)" next to "Changed 0".
      const report = dataDiffStats.parse(fixture('data-diff/reladiff-joindiff-removed-row.json')) as DataDiffReport;
      expect(report.models).toEqual([
        {
          name: 'table A ↔ table B',
          status: 'different',
          rows: { base: 2, head: 1, added: 0, removed: 1, changed: 0, unchanged: 1 },
          matchPercent: 50,
          columns: [],
        },
      ]);
    });

    it('says no column differs when no row present in both tables changed, whatever the counts', () => {
      expect(joindiff({ exclusive_B: 3, unchanged: 10 }, { id_a: 3, qty_a: 3, note_a: 2 })).toEqual([]);
    });

    it('takes the real column name from the alias, stripping one suffix only', () => {
      expect(joindiff({ updated: 2, unchanged: 8 }, { id_a: 0, data_a_a: 2, qty_a: 1 })).toEqual([{ name: 'data_a' }, { name: 'qty' }]);
    });

    it('leaves out every column of a composite key: each counts exactly the one-sided rows', () => {
      const columns = joindiff({ exclusive_A: 1, exclusive_B: 1, updated: 1, unchanged: 8 }, { id_a: 2, region_a: 2, qty_a: 3, note_a: 1 });
      expect(columns).toEqual([{ name: 'qty' }]);
    });

    it('knows nothing per column when changed rows exist but no column stands out from the one-sided rows', () => {
      expect(joindiff({ exclusive_B: 2, updated: 1, unchanged: 9 }, { id_a: 2, qty_a: 2 })).toBeUndefined();
    });

    it('reads nothing into counts of another shape', () => {
      expect(joindiff({ updated: 2, unchanged: 8 }, { id: 0, qty: 2 })).toBeUndefined();
      // A key count above the one-sided rows means the first column is not the key.
      expect(joindiff({ updated: 2, unchanged: 8 }, { qty_a: 2, id_a: 0 })).toBeUndefined();
    });
  });

  describe('reladiff, printed through rich', () => {
    it('reads an object wrapped at 80 columns, which is still one JSON document, without `values`', () => {
      const wrapped = fixture('data-diff/reladiff-stats-wrapped.json');
      expect(wrapped.text.split('\n').filter((line) => line.trim() !== '')).toHaveLength(6);
      const [model] = (dataDiffStats.parse(wrapped) as DataDiffReport).models;
      expect(model?.rows).toEqual({ base: 1000, head: 1003, added: 5, removed: 2, changed: 12, unchanged: 986 });
      expect(model?.matchPercent).toBeCloseTo((986 / 1003) * 100, 10);
      // status (10) against 3 one-sided rows in the counted segment; amount (3) and note (1) may be one-sided rows only.
      expect(model?.columns).toEqual([{ name: 'status' }]);
    });

    it('reads an object with a long field name folded inside its string, between log lines', () => {
      const folded = fixture('data-diff/reladiff-stats-folded-with-logs.txt');
      expect(folded.json).toBeUndefined();
      expect(dataDiffStats.sniff(folded)).toBe(true);
      const [model] = (dataDiffStats.parse(folded) as DataDiffReport).models;
      expect(model?.rows).toEqual({ base: 480, head: 480, added: 0, removed: 0, changed: 6, unchanged: 474 });
      expect(model?.columns).toEqual([
        { name: 'segment' },
        { name: 'lifetime_value_in_reporting_currency_after_refunds_and_adjustments_for_the_quarter' },
      ]);
    });

    it('reads the same report whatever width rich wrapped the object at', () => {
      const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,90}$/);
      const stats = fc
        .tuple(fc.array(fc.nat(50), { minLength: 6, maxLength: 6 }), fc.dictionary(name, fc.nat(50), { maxKeys: 6 }))
        .map(([[rowsA = 0, rowsB = 0, exclusiveA = 0, exclusiveB = 0, updated = 0, unchanged = 0], counts]) => ({
          rows_A: rowsA,
          rows_B: rowsB,
          exclusive_A: exclusiveA,
          exclusive_B: exclusiveB,
          updated,
          unchanged,
          total: exclusiveA + exclusiveB + updated,
          stats: { diff_counts: Object.fromEntries(Object.entries(counts).map(([column, count]) => [`${column}_a`, count])) },
        }));
      fc.assert(
        fc.property(stats, fc.integer({ min: 8, max: 120 }), fc.boolean(), (printed, width, logs) => {
          const wrapped = richWrap(jsonDumps(printed), width);
          const text = logs ? `[10:02:41] INFO - diffing a against b\n${wrapped}\n[10:02:44] INFO - done\n` : `${wrapped}\n`;
          const source = sourceOf('stats.txt', text);
          expect(dataDiffStats.sniff(source)).toBe(true);
          expect(dataDiffStats.parse(source)).toEqual(parse(printed));
        }),
      );
    });
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
        'stats.txt: expected one stats object printed by `data-diff … --stats --json`',
      );
    });

    it('refuses a second object, naming its line', () => {
      const error = inputErrorOf(() => dataDiffStats.parse(sourceOf('stats.txt', `${JSON.stringify(base)}\nlog\n${JSON.stringify(base)}\n`)));
      expect(error.message).toBe(
        'stats.txt at line 3: expected one stats object printed by `data-diff … --stats --json`; this line starts a second JSON object',
      );
    });

    it('names the line and column where a wrapped object breaks', () => {
      const text = '[10:02:41] INFO - start\n{"rows_A": 10, "rows_B": 10, \n"exclusive_A": 0 "exclusive_B": 0}\n';
      expect(() => dataDiffStats.parse(sourceOf('stats.txt', text))).toThrow(
        'stats.txt at line 3, column 18: the stats object printed by `data-diff … --stats --json` that starts on line 2 is not valid JSON: expected "," or "}"',
      );
    });

    it('claims a stats object cut off between log lines, to say where it ends', () => {
      const text = '[10:02:41] INFO - start\n{"rows_A": 5, "rows_B": 4, "exclusive_A": 1, "exclusive_B": 0, "updated": 0, \n"unchanged": 4, "to\n';
      const source = sourceOf('stats.txt', text);
      expect(dataDiffStats.sniff(source)).toBe(true);
      expect(() => dataDiffStats.parse(source)).toThrow(
        'stats.txt at line 3, column 20: the stats object printed by `data-diff … --stats --json` that starts on line 2 is not valid JSON: the text ends inside it (was the output cut off?)',
      );
    });

    it('locates a schema error in a wrapped object by the line it starts on', () => {
      const text = `[10:02:41] INFO - start\n${richWrap(jsonDumps({ ...base, updated: -1, note: 'x'.repeat(90) }), 80)}\n`;
      expect(() => dataDiffStats.parse(sourceOf('stats.txt', text))).toThrow('stats.txt at line 2 /updated: expected a value that must be >= 0');
    });
  });

  it('sniffs the stats object and nothing else', () => {
    expect(dataDiffStats.sniff(fixture('data-diff/stats.json'))).toBe(true);
    expect(dataDiffStats.sniff(sourceOf('a.json', '{"status": "running"}'))).toBe(false);
    expect(dataDiffStats.sniff(sourceOf('a.jsonl', '["-", ["1"]]\n{"rows_A": 1, "rows_B": 1}'))).toBe(false);
    expect(dataDiffStats.sniff(sourceOf('a.txt', '{"rows_B": 1, "rows_A"'))).toBe(false);
    expect(dataDiffStats.sniff(sourceOf('a.json', '{"kind": "quality-gate", "rows_A": 1, "rows_B": 1}'))).toBe(false);
  });
});
