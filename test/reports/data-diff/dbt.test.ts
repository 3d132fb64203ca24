import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dataDiffDbt } from '../../../src/reports/data-diff/dbt.js';
import type { DataDiffReport, ModelDiff } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, sourceOf } from './helpers.js';
import { jsonDumps, richWrap } from './rich-wrap.js';

const MODELS = 'data-diff/dbt-models.jsonl';

function parse(label: string, text: string): DataDiffReport {
  return dataDiffDbt.parse(sourceOf(label, text)) as DataDiffReport;
}

function model(report: DataDiffReport, name: string): ModelDiff {
  const found = report.models.find((m) => m.name === name);
  if (!found) throw new Error(`no model ${name}`);
  return found;
}

const success = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    status: 'success',
    result: 'identical',
    model: 'model.x.a',
    dataset1: ['db', 'prod', 'a'],
    dataset2: ['db', 'dev', 'a'],
    rows: { exclusive: { dataset1: [], dataset2: [] }, diff: [] },
    summary: null,
    columns: { dataset1: [], dataset2: [], primaryKey: ['id'], exclusive: { dataset1: [], dataset2: [] }, typeChanged: [] },
    version: '1.1.0',
    ...overrides,
  });

describe('data-diff --dbt --json', () => {
  const report = dataDiffDbt.parse(fixture(MODELS)) as DataDiffReport;

  it('reads every model line in order and skips the text lines between them', () => {
    expect(report.kind).toBe('data-diff');
    expect(report.format).toBe('data-diff-dbt');
    expect(report.tool).toBe('data-diff');
    expect(report.models.map((m) => m.name)).toEqual([
      'model.jaffle_shop.customers',
      'model.jaffle_shop.orders',
      'model.jaffle_shop.payments',
      'model.jaffle_shop.stg_events',
      'model.jaffle_shop.refunds',
    ]);
  });

  it('fails the report when a model could not be diffed', () => {
    expect(report.verdict).toBe('fail');
    expect(report.verdict).toBe(dataDiffVerdict(report.models));
  });

  it('reads an identical model with its summary', () => {
    expect(model(report, 'model.jaffle_shop.customers')).toEqual({
      name: 'model.jaffle_shop.customers',
      status: 'identical',
      base: 'jaffle.prod.customers',
      head: 'jaffle.dbt_pr_42.customers',
      primaryKey: ['customer_id'],
      rows: { base: 1200, head: 1200, added: 0, removed: 0, changed: 0, unchanged: 1200 },
      matchPercent: 100,
      columns: [],
      schema: { added: [], removed: [], typeChanged: [] },
    });
  });

  it('orients a different model: dataset1 is production (base), dataset2 the PR (head)', () => {
    const orders = model(report, 'model.jaffle_shop.orders');
    expect(orders.status).toBe('different');
    expect(orders.base).toBe('jaffle.prod.orders');
    expect(orders.head).toBe('jaffle.dbt_pr_42.orders');
    expect(orders.rows).toEqual({ base: 10, head: 11, added: 2, removed: 1, changed: 2, unchanged: 7 });
    expect(orders.schema).toEqual({ added: ['discount_code'], removed: ['legacy_flag'], typeChanged: ['order_date'] });
  });

  it('takes the match from unchanged rows over the larger table', () => {
    expect(model(report, 'model.jaffle_shop.orders').matchPercent).toBeCloseTo((7 / 11) * 100, 10);
  });

  it('lists only columns with differing values, as a share of the rows present in both tables', () => {
    const columns = model(report, 'model.jaffle_shop.orders').columns;
    expect(columns?.map((c) => c.name)).toEqual(['status', 'amount']);
    expect(columns?.[0]?.differing).toBe(2);
    expect(columns?.[0]?.percentDiffering).toBeCloseTo((2 / 9) * 100, 10);
    expect(columns?.[1]?.differing).toBe(1);
    expect(columns?.[1]?.percentDiffering).toBeCloseTo((1 / 9) * 100, 10);
  });

  it('counts the listed rows and their isDiff cells when there is no summary', () => {
    expect(model(report, 'model.jaffle_shop.payments')).toEqual({
      name: 'model.jaffle_shop.payments',
      status: 'different',
      base: 'jaffle.prod.payments',
      head: 'jaffle.dbt_pr_42.payments',
      primaryKey: ['payment_id'],
      rows: { added: 0, removed: 2, changed: 3 },
      columns: [
        { name: 'payment_method', differing: 2 },
        { name: 'amount', differing: 3 },
      ],
      schema: { added: [], removed: [], typeChanged: [] },
    });
  });

  it('reads the summary of a --stats run, which has no rows', () => {
    const events = model(report, 'model.jaffle_shop.stg_events');
    expect(events.rows).toEqual({ base: 1000, head: 1000, added: 0, removed: 0, changed: 5, unchanged: 995 });
    expect(events.matchPercent).toBeCloseTo(99.5, 10);
    expect(events.columns).toEqual([{ name: 'event_type', differing: 5, percentDiffering: 0.5 }]);
  });

  it('reads a failed model (schema 1.0.0) with its error', () => {
    expect(model(report, 'model.jaffle_shop.refunds')).toEqual({
      name: 'model.jaffle_shop.refunds',
      status: 'failed',
      base: 'jaffle.prod.refunds',
      head: 'jaffle.dbt_pr_42.refunds',
      error: 'No primary key found. Add uniqueness tests, meta, or tags.',
    });
  });

  it('never copies a row value into the report', () => {
    const serialised = JSON.stringify(report);
    const values = rowValues(fixture(MODELS).text);
    expect(values.length).toBeGreaterThan(20);
    for (const value of values) expect(serialised).not.toContain(JSON.stringify(value));
  });

  it('reads one pretty-printed model as a single document', () => {
    const single = dataDiffDbt.parse(fixture('data-diff/dbt-single-model.json')) as DataDiffReport;
    expect(single.verdict).toBe('warn');
    expect(single.models).toEqual([
      {
        name: 'model.shop.inventory',
        status: 'different',
        base: 'warehouse.analytics.inventory',
        head: 'warehouse.dbt_ci.inventory',
        primaryKey: ['id'],
        rows: { added: 1, removed: 0, changed: 1 },
        columns: [{ name: 'qty', differing: 1 }],
        schema: { added: [], removed: [], typeChanged: [] },
      },
    ]);
  });

  it('reads several models pretty-printed by jq, one after another', () => {
    const pretty = dataDiffDbt.parse(fixture('data-diff/dbt-models-jq.txt')) as DataDiffReport;
    const lines = dataDiffDbt.parse(fixture(MODELS)) as DataDiffReport;
    expect(pretty.models.map((m) => m.name)).toEqual(['model.jaffle_shop.stg_events', 'model.jaffle_shop.refunds']);
    expect(pretty.models).toEqual(lines.models.filter((m) => pretty.models.some((p) => p.name === m.name)));
  });

  it('reads the same models when a printer wrapped each object at any width', () => {
    // data-diff prints dbt objects with plain print(), but any step between it and the file may wrap.
    const objects = fixture(MODELS)
      .text.split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as unknown);
    // Where rich breaks a line exactly at the width it drops the space there, even inside a string.
    const closedUp = (models: ModelDiff[]) => models.map((m) => ({ ...m, ...(m.error && { error: m.error.replaceAll(' ', '') }) }));
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 200 }), (width) => {
        const text = objects.map((object) => `jaffle.prod.x <> jaffle.dev.x\n${richWrap(jsonDumps(object), width)}`).join('\n');
        expect(closedUp(parse('wrapped.txt', text).models)).toEqual(closedUp(report.models));
      }),
      { numRuns: 30 },
    );
  });

  it('warns when models differ and none failed, and passes when all are identical', () => {
    expect(parse('a.jsonl', `${success({ result: 'different' })}\n${success()}\n`).verdict).toBe('warn');
    expect(parse('a.jsonl', `${success()}\n${success({ model: 'model.x.b' })}\n`).verdict).toBe('pass');
  });

  it('has nothing to judge when every model was skipped as new', () => {
    const report = parse('a.jsonl', 'jaffle.prod.x <> jaffle.dev.x \nNew model: nothing to diff! \n');
    expect(report.models).toEqual([]);
    expect(report.verdict).toBe('none');
  });

  it('reads lines coloured by rich and Windows line ends', () => {
    const text = `\u001b[32mjaffle.prod.a <> jaffle.dev.a\u001b[0m\r\n\u001b[0m${success()}\u001b[0m\r\n`;
    expect(parse('a.jsonl', text).models.map((m) => m.status)).toEqual(['identical']);
  });

  it('leaves the summary-derived counts alone when rows are listed too', () => {
    const summary = {
      rows: { total: { dataset1: 50, dataset2: 50 }, exclusive: { dataset1: 0, dataset2: 0 }, updated: 1, unchanged: 49 },
      stats: { diffCounts: { qty: 1 } },
    };
    const [only] = parse('a.jsonl', success({ result: 'different', summary })).models;
    expect(only?.rows).toEqual({ base: 50, head: 50, added: 0, removed: 0, changed: 1, unchanged: 49 });
    expect(only?.columns).toEqual([{ name: 'qty', differing: 1, percentDiffering: 2 }]);
  });

  describe('bad input', () => {
    it('names the line and column of an object that is cut off', () => {
      const error = inputErrorOf(() => parse('diff.jsonl', `text\n${success()}\n{"status": "success", "result": "diff`));
      expect(error.source).toBe('diff.jsonl');
      expect(error.pointer).toBe('line 3, column 38');
      expect(error.message).toBe(
        'diff.jsonl at line 3, column 38: the data-diff JSON object on this line is not valid JSON: the text ends inside it (was the output cut off?)',
      );
    });

    it('names the line and the field that does not match the schema', () => {
      const error = inputErrorOf(() => parse('diff.jsonl', `${success()}\n${success({ result: 'maybe' })}\n`));
      expect(error.message).toBe('diff.jsonl at line 2 /result: expected one of "different", "identical"');
    });

    it('names a missing field of a failed model', () => {
      const failed = JSON.stringify({ status: 'failed', model: 'model.x.a', dataset1: [], dataset2: [], version: '1.0.0' });
      expect(() => parse('diff.jsonl', failed)).toThrow('diff.jsonl at line 1 /error: missing required field; expected "error" to be present');
    });

    it('refuses a schema version it does not know', () => {
      expect(() => parse('diff.jsonl', success({ version: '2.0.0' }))).toThrow('diff.jsonl at line 1 /version: expected "1.1.0"');
    });

    it('locates a bad count inside the summary', () => {
      const summary = {
        rows: { total: { dataset1: 5, dataset2: -1 }, exclusive: { dataset1: 0, dataset2: 0 }, updated: 0, unchanged: 5 },
        stats: { diffCounts: {} },
      };
      expect(() => parse('diff.jsonl', success({ summary }))).toThrow(
        'diff.jsonl at line 1 /summary/rows/total/dataset2: expected a value that must be >= 0',
      );
    });

    it('locates errors in a pretty-printed document by JSON pointer alone', () => {
      const text = JSON.stringify(JSON.parse(success({ dataset2: 'db.dev.a' })), null, 2);
      expect(() => parse('diff.json', text)).toThrow('diff.json at /dataset2: expected array');
    });
  });

  describe('sniff', () => {
    it('recognises line output and a single pretty-printed model', () => {
      expect(dataDiffDbt.sniff(fixture(MODELS))).toBe(true);
      expect(dataDiffDbt.sniff(fixture('data-diff/dbt-single-model.json'))).toBe(true);
      expect(dataDiffDbt.sniff(sourceOf('a.jsonl', success({ version: '9.9.9' })))).toBe(true);
    });

    it('does not claim other JSON objects or row output', () => {
      expect(dataDiffDbt.sniff(sourceOf('a.json', '{"rows_A": 1, "rows_B": 1}'))).toBe(false);
      expect(dataDiffDbt.sniff(sourceOf('a.jsonl', '["-", ["1"]]\n["+", ["2"]]\n'))).toBe(false);
      expect(dataDiffDbt.sniff(sourceOf('a.txt', 'New model: nothing to diff!\n'))).toBe(false);
      expect(dataDiffDbt.sniff(sourceOf('a.json', '{"kind": "data-diff", "model": "m", "dataset1": []}'))).toBe(false);
    });
  });
});

/** Every cell value of every listed row, as data-diff printed it. */
function rowValues(text: string): unknown[] {
  const values: unknown[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    const rows = (JSON.parse(line) as { rows?: { exclusive: Record<string, object[]>; diff: object[] } | null }).rows;
    if (!rows) continue;
    for (const row of [...(rows.exclusive['dataset1'] ?? []), ...(rows.exclusive['dataset2'] ?? []), ...rows.diff]) {
      for (const cell of Object.values(row) as Record<string, unknown>[]) {
        for (const key of ['value', 'dataset1', 'dataset2']) if (key in cell) values.push(cell[key]);
      }
    }
  }
  return values;
}
