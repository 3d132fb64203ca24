import { describe, expect, it } from '@jest/globals';
import { reportOutputs } from '../../src/output/outputs.js';
import { judgeReport } from '../../src/reports/data-diff-verdict.js';
import type { ModelDiff, Report } from '../../src/reports/model.js';
import type { ThresholdSet } from '../../src/reports/threshold-config.js';
import { ACTION_OUTPUTS } from '../../src/settings/action-outputs.js';

const gate: Report = { kind: 'quality-gate', format: 'x', tool: 'SonarQube', verdict: 'fail', status: 'ERROR', conditions: [], ignoredConditions: false, findings: [] };
const diff: Report = {
  kind: 'data-diff',
  format: 'x',
  tool: 'data-diff',
  verdict: 'warn',
  models: [{ name: 'm', status: 'different', rows: { added: 2, removed: 1, changed: 3 } }],
};

describe('step outputs', () => {
  it('sets only outputs that action.yml declares, for both report kinds', () => {
    const declared = ACTION_OUTPUTS.map((o) => o.name);
    for (const report of [gate, diff]) for (const name of Object.keys(reportOutputs(report))) expect(declared).toContain(name);
  });

  it('sums the diff totals over models', () => {
    expect(reportOutputs(diff)).toEqual({
      result: 'warning',
      'report-type': 'data-diff',
      'models-different': '1',
      'rows-added': '2',
      'rows-removed': '1',
      'rows-changed': '3',
      'models-failed': '0',
      'models-warned': '1',
    });
  });

  it('counts the models the verdict step failed and warned, thresholds included', () => {
    const models: ModelDiff[] = [
      { name: 'orders', status: 'different', rows: { base: 100, added: 0, removed: 0, changed: 20 } },
      { name: 'users', status: 'different', rows: { base: 100, added: 0, removed: 0, changed: 2 } },
      { name: 'events', status: 'failed', error: 'No primary key found.' },
      { name: 'refunds', status: 'identical', rows: { base: 100, added: 0, removed: 0, changed: 0 } },
    ];
    const thresholds: ThresholdSet = { default: { 'rows-changed': { warn: { value: 1, unit: 'percent' }, fail: { value: 10, unit: 'percent' } } }, models: [] };
    const judged = judgeReport({ kind: 'data-diff', format: 'x', tool: 'data-diff', verdict: 'fail', models }, thresholds);
    expect(reportOutputs(judged)).toMatchObject({ result: 'failed', 'models-failed': '2', 'models-warned': '1' });
  });
});
