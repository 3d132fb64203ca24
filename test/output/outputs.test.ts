import { describe, expect, it } from '@jest/globals';
import { reportOutputs } from '../../src/output/outputs.js';
import type { Report } from '../../src/reports/model.js';
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
    expect(reportOutputs(diff)).toEqual({ result: 'warning', 'report-type': 'data-diff', 'models-different': '1', 'rows-added': '2', 'rows-removed': '1', 'rows-changed': '3' });
  });
});
