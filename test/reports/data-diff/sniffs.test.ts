/**
 * Detection asks each format's sniff in turn, so two sniffs claiming one file would make the
 * answer depend on registry order. Every data-diff fixture must be claimed by exactly its own
 * format, and nothing the quality-gate formats read may be claimed by any.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dataDiffDbt } from '../../../src/reports/data-diff/dbt.js';
import { dataDiffRows } from '../../../src/reports/data-diff/rows.js';
import { dataDiffStats } from '../../../src/reports/data-diff/stats.js';
import { datafoldSummary } from '../../../src/reports/datafold/summary-results.js';
import type { ReportFormat, ReportDocument } from '../../../src/reports/format.js';
import { genericDataDiff } from '../../../src/reports/generic-data-diff/generic-data-diff.js';
import { fixture, fixturesDir, sourceOf } from './helpers.js';

const FORMATS: readonly ReportFormat[] = [dataDiffDbt, dataDiffStats, dataDiffRows, datafoldSummary, genericDataDiff];

/** Every file in our fixture folders, with the format that must claim it. */
const EXPECTED: Record<string, string> = {
  'data-diff/dbt-models.jsonl': 'data-diff-dbt',
  'data-diff/dbt-single-model.json': 'data-diff-dbt',
  'data-diff/stats.json': 'data-diff-stats',
  'data-diff/rows.jsonl': 'data-diff-rows',
  'data-diff/dbt-models-jq.txt': 'data-diff-dbt',
  'data-diff/reladiff-joindiff-removed-row.json': 'data-diff-stats',
  'data-diff/reladiff-stats-wrapped.json': 'data-diff-stats',
  'data-diff/reladiff-stats-folded-with-logs.txt': 'data-diff-stats',
  'data-diff/reladiff-rows-wrapped.txt': 'data-diff-rows',
  'datafold/summary-success.json': 'datafold-summary',
  'datafold/summary-done-cross-database.json': 'datafold-summary',
  'datafold/summary-failed.json': 'datafold-summary',
  'datafold/summary-running.json': 'datafold-summary',
  'generic-data-diff/report.json': 'generic-data-diff',
};
const OUR_FOLDERS = ['data-diff', 'datafold', 'generic-data-diff'];
const QUALITY_GATE_FOLDERS = ['sonarqube', 'generic-quality-gate'];

function claimants(source: ReportDocument): string[] {
  return FORMATS.filter((format) => format.sniff(source)).map((format) => format.name);
}

function filesIn(folder: string): string[] {
  return readdirSync(path.join(fixturesDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(fixturesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('data-diff sniffs are mutually exclusive', () => {
  it('knows the expected format of every fixture in our folders', () => {
    expect(OUR_FOLDERS.flatMap(filesIn).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s is claimed by %s alone', (file, format) => {
    expect(claimants(fixture(file))).toEqual([format]);
  });

  // The quality-gate fixtures, as far as their owners have written them.
  const otherFiles = QUALITY_GATE_FOLDERS.filter((folder) => existsSync(path.join(fixturesDir, folder))).flatMap(filesIn);

  (otherFiles.length > 0 ? it.each(otherFiles) : it.skip.each(['(no other fixtures yet)']))('%s is claimed by none', (file) => {
    expect(claimants(fixture(file))).toEqual([]);
  });

  it.each([
    ['SonarQube project_status', { projectStatus: { status: 'ERROR', conditions: [] } }],
    ['SonarQube project_status with a status word', { projectStatus: { status: 'OK' }, status: 'success', pks: {} }],
    ['generic quality gate', { kind: 'quality-gate', version: 1, tool: 'x', status: 'failed', conditions: [] }],
    ['generic quality gate with data-diff words', { kind: 'quality-gate', model: 'm', dataset1: [], rows_A: 1, rows_B: 1 }],
  ])('%s is claimed by none', (_label, document) => {
    expect(claimants(sourceOf('report.json', JSON.stringify(document, null, 2)))).toEqual([]);
  });
});
