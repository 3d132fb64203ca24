import { describe, expect, it } from '@jest/globals';
import { datafoldSummary } from '../../../src/reports/datafold/summary-results.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { dataDiffVerdict } from '../../../src/reports/verdict.js';
import { fixture, inputErrorOf, sourceOf } from '../data-diff/helpers.js';

function parse(data: unknown): DataDiffReport {
  return datafoldSummary.parse(sourceOf('summary.json', JSON.stringify(data))) as DataDiffReport;
}

const finished = {
  status: 'done',
  pks: { total_rows: [10, 10], nulls: [0, 0], dupes: [0, 0], exclusives: [0, 0], distincts: [10, 10] },
  values: { total_rows: 10, rows_with_differences: 0, columns_diff_stats: [] },
};

describe('Datafold summary_results', () => {
  describe('a finished diff', () => {
    const report = datafoldSummary.parse(fixture('datafold/summary-success.json')) as DataDiffReport;
    const [model] = report.models;

    it('is one model, named after the tool', () => {
      expect(report).toMatchObject({ kind: 'data-diff', format: 'datafold-summary', tool: 'Datafold' });
      expect(report.models).toHaveLength(1);
      expect(model?.name).toBe('Datafold data diff');
      expect(model?.status).toBe('different');
    });

    it('derives the row counts as data-diff --cloud does', () => {
      // added = exclusives[1], removed = exclusives[0], unchanged = total_rows[0] − updated − removed
      expect(model?.rows).toEqual({ base: 2000, head: 2010, added: 14, removed: 4, changed: 25, unchanged: 1971 });
      expect(model?.matchPercent).toBeCloseTo((1971 / 2010) * 100, 10);
    });

    it('lists columns below a 100 % match with the percent that differs', () => {
      expect(model?.columns).toEqual([
        { name: 'amount', differing: 22, percentDiffering: 1.1 },
        { name: 'status', differing: 9, percentDiffering: 0.45 },
      ]);
    });

    it('reads column changes: exclusive to dataset 2 added, to dataset 1 removed', () => {
      expect(model?.schema).toEqual({ added: ['discount_code', 'channel'], removed: ['legacy_flag'], typeChanged: ['created_at'] });
    });

    it('carries primary-key nulls and duplicates as [base, head]', () => {
      expect(model?.primaryKeyIssues).toEqual({ nulls: [0, 2], duplicates: [0, 1] });
    });

    it('warns on the difference', () => {
      expect(report.verdict).toBe('warn');
      expect(report.verdict).toBe(dataDiffVerdict(report.models));
    });
  });

  it('reads a cross-database "done" body: dependencies as an array, no schema section', () => {
    const report = datafoldSummary.parse(fixture('datafold/summary-done-cross-database.json')) as DataDiffReport;
    expect(report.verdict).toBe('pass');
    expect(report.models).toEqual([
      {
        name: 'Datafold data diff',
        status: 'identical',
        rows: { base: 500, head: 500, added: 0, removed: 0, changed: 0, unchanged: 500 },
        matchPercent: 100,
        columns: [],
        primaryKeyIssues: { nulls: [0, 0], duplicates: [0, 0] },
        dependencies: [{ kind: 'dashboard', name: 'Revenue' }],
      },
    ]);
  });

  it("reads older bodies' dependencies, `{deps: {<kind>: [...]}}`, and leaves out entries without a name", () => {
    const body = { ...finished, dependencies: { deps: { hightouch: [{ name: 'orders_to_crm' }, 'orders_sync'], looker: [{ path: ['shop', 'revenue'] }, { id: 3 }] } } };
    expect(parse(body).models[0]?.dependencies).toEqual([
      { kind: 'hightouch', name: 'orders_to_crm' },
      { kind: 'hightouch', name: 'orders_sync' },
      { kind: 'looker', name: 'shop.revenue' },
    ]);
  });

  it('says to poll an in-flight body, whichever word Datafold uses for it (pending included)', () => {
    for (const status of ['running', 'pending', 'waiting']) {
      expect(inputErrorOf(() => parse({ status })).message).toMatch(new RegExp(`has not finished \\(status "${status}"\\); poll summary_results`));
    }
  });

  it('reads a failed diff as a failed model with the error type and value', () => {
    const report = datafoldSummary.parse(fixture('datafold/summary-failed.json')) as DataDiffReport;
    expect(report.models).toEqual([
      { name: 'Datafold data diff', status: 'failed', error: 'NoSuchTableException: ANALYTICS.PR_42.ORDERS' },
    ]);
    expect(report.verdict).toBe('fail');
  });

  it('still fails a failed diff that carries no details', () => {
    expect(parse({ status: 'failed' }).models[0]?.error).toBe('Datafold reported the diff as failed without details');
  });

  it.each(['running', 'waiting'])('refuses a diff that is still %s and says to poll', (status) => {
    const error = inputErrorOf(() => parse({ status }));
    expect(error.source).toBe('summary.json');
    expect(error.pointer).toBe('/status');
    expect(error.message).toBe(
      `summary.json at /status: the Datafold diff has not finished (status "${status}"); poll summary_results until its status is "done" or "success", then pass that body`,
    );
  });

  it('refuses the running fixture', () => {
    expect(() => datafoldSummary.parse(fixture('datafold/summary-running.json'))).toThrow('has not finished (status "running")');
  });

  it('leaves schema changes unknown when the section has counts only', () => {
    const [model] = parse({ ...finished, schema: { columns_mismatched: [0, 0], column_type_mismatches: 0, column_reorders: 0, column_counts: [3, 3] } }).models;
    expect(model?.schema).toBeUndefined();
    expect(model?.status).toBe('identical');
  });

  it('calls a schema change with identical rows different', () => {
    const [model] = parse({ ...finished, schema: { column_type_differs: [], exclusive_columns: [[], ['note']] } }).models;
    expect(model?.schema).toEqual({ added: ['note'], removed: [], typeChanged: [] });
    expect(model?.status).toBe('different');
  });

  it('leaves column detail unknown when the body predates columns_diff_stats', () => {
    const { columns_diff_stats: _dropped, ...values } = finished.values;
    expect(parse({ ...finished, values }).models[0]?.columns).toBeUndefined();
  });

  describe('bad input', () => {
    it('names a pair that is not a pair', () => {
      expect(() => parse({ ...finished, pks: { ...finished.pks, total_rows: [10] } })).toThrow(
        'summary.json at /pks/total_rows: expected a value that must NOT have fewer than 2 items',
      );
    });

    it('names a match outside 0–100', () => {
      const values = { ...finished.values, columns_diff_stats: [{ column_name: 'a', match: 101 }] };
      expect(() => parse({ ...finished, values })).toThrow('summary.json at /values/columns_diff_stats/0/match: expected a value that must be <= 100');
    });

    it('names missing value statistics', () => {
      const { values: _dropped, ...noValues } = finished;
      expect(() => parse(noValues)).toThrow('summary.json at /values: missing required field; expected "values" to be present');
    });

    it('refuses text that is not JSON', () => {
      expect(() => datafoldSummary.parse(sourceOf('summary.json', 'Bad Gateway'))).toThrow(
        'summary.json at /: expected the JSON object returned by Datafold GET /api/v1/datadiffs/{id}/summary_results',
      );
    });
  });

  describe('sniff', () => {
    it('recognises finished, failed and in-flight bodies', () => {
      for (const name of ['summary-success', 'summary-done-cross-database', 'summary-failed', 'summary-running']) {
        expect(datafoldSummary.sniff(fixture(`datafold/${name}.json`))).toBe(true);
      }
    });

    it('wants pks with a finished status and an error object with a failed one', () => {
      expect(datafoldSummary.sniff(sourceOf('a.json', '{"status": "success"}'))).toBe(false);
      expect(datafoldSummary.sniff(sourceOf('a.json', '{"status": "failed"}'))).toBe(false);
      expect(datafoldSummary.sniff(sourceOf('a.json', '{"status": "failed", "model": "m", "error": {}}'))).toBe(false);
    });
  });
});
