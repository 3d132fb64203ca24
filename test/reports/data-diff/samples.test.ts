/**
 * The real payloads collected in /work/shared/samples (outside the project; see its SOURCES.md).
 * Skipped where that folder is absent, e.g. in a clone of the project alone.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDiffDbt } from '../../../src/reports/data-diff/dbt.js';
import { dataDiffRows } from '../../../src/reports/data-diff/rows.js';
import { dataDiffStats } from '../../../src/reports/data-diff/stats.js';
import { datafoldSummary } from '../../../src/reports/datafold/summary-results.js';
import type { ReportFormat, ReportDocument } from '../../../src/reports/format.js';
import { genericDataDiff } from '../../../src/reports/generic-data-diff/generic-data-diff.js';
import type { DataDiffReport } from '../../../src/reports/model.js';
import { sharedDir, sourceOf } from './helpers.js';

const samplesDir = path.join(sharedDir, 'samples');
const describeWithSamples = existsSync(samplesDir) ? describe : describe.skip;
if (!existsSync(samplesDir)) console.info(`skipping data-diff sample tests: ${samplesDir} is absent`);

const FORMATS: readonly ReportFormat[] = [dataDiffDbt, dataDiffStats, dataDiffRows, datafoldSummary, genericDataDiff];

function sample(name: string): ReportDocument {
  return sourceOf(name, readFileSync(path.join(samplesDir, name), 'utf8'));
}

function only(format: ReportFormat, source: ReportDocument): DataDiffReport {
  expect(FORMATS.filter((f) => f.sniff(source)).map((f) => f.name)).toEqual([format.name]);
  return format.parse(source) as DataDiffReport;
}

describeWithSamples('shared data-diff samples', () => {
  it('data-diff-dbt-json-different.json: a different model without summary, counted from its rows', () => {
    const report = only(dataDiffDbt, sample('data-diff-dbt-json-different.json'));
    expect(report.verdict).toBe('warn');
    expect(report.models).toEqual([
      {
        name: 'my_model',
        status: 'different',
        base: 'db.schema.table1',
        head: 'db.schema.table2',
        primaryKey: ['id'],
        rows: { added: 1, removed: 1, changed: 1 },
        columns: [{ name: 'value', differing: 1 }],
        schema: { added: [], removed: [], typeChanged: [] },
      },
    ]);
    const serialised = JSON.stringify(report);
    for (const value of ['"201"', '"202"']) expect(serialised).not.toContain(value);
  });

  it('data-diff-stats-json.json: one row removed from table A', () => {
    const report = only(dataDiffStats, sample('data-diff-stats-json.json'));
    expect(report.verdict).toBe('warn');
    expect(report.models).toEqual([
      {
        name: 'table A ↔ table B',
        status: 'different',
        rows: { base: 5, head: 4, added: 0, removed: 1, changed: 0, unchanged: 4 },
        matchPercent: 80,
      },
    ]);
  });

  it('datafold-summary_results-success.json: rows added, duplicate keys in head, no column lists', () => {
    const report = only(datafoldSummary, sample('datafold-summary_results-success.json'));
    expect(report.verdict).toBe('warn');
    const [model] = report.models;
    expect(model).toMatchObject({
      status: 'different',
      rows: { base: 1509, head: 1761, added: 5, removed: 0, changed: 0, unchanged: 1509 },
      primaryKeyIssues: { nulls: [0, 0], duplicates: [0, 303] },
    });
    expect(model?.matchPercent).toBeCloseTo((1509 / 1761) * 100, 10);
    expect(model?.schema).toBeUndefined();
    expect(model?.columns).toBeUndefined();
  });
});
