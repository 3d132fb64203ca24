import { describe, expect, it } from '@jest/globals';
import type { QualityGateReport, Verdict } from '../../src/reports/model.js';
import type { FailOn } from '../../src/settings/settings.js';
import { InputError } from '../../src/core/errors.js';
import { outcomeOf, renderDecorations } from '../../src/render/index.js';
import { findMarker } from '../../src/render/marker.js';
import {
  COMMIT,
  allIdenticalDiff,
  condition,
  emptyDiff,
  failingGate,
  finding,
  mixedDiff,
  noGate,
  passingGateWithIgnoredConditions,
  warningGate,
} from './fixtures.js';

describe('outcomeOf', () => {
  it.each<[Verdict, FailOn, 'pass' | 'fail']>([
    ['fail', 'never', 'pass'],
    ['warn', 'never', 'pass'],
    ['fail', 'failure', 'fail'],
    ['warn', 'failure', 'pass'],
    ['pass', 'failure', 'pass'],
    ['none', 'failure', 'pass'],
    ['fail', 'warning', 'fail'],
    ['warn', 'warning', 'fail'],
    ['pass', 'warning', 'pass'],
    // FAIL_ON=warning passes only a clean pass: no gate (or nothing compared) fails it, for every kind.
    ['none', 'warning', 'fail'],
    ['none', 'never', 'pass'],
  ])('%s under FAIL_ON=%s → %s', (verdict, failOn, outcome) => {
    expect(outcomeOf(verdict, failOn)).toBe(outcome);
  });
});

describe('renderDecorations', () => {
  it('fills every field, consistently', () => {
    const d = renderDecorations(failingGate(), { reportId: 'sonarqube', failOn: 'failure', commit: COMMIT });
    expect(d).toMatchObject({
      reportId: 'sonarqube',
      reportKind: 'quality-gate',
      verdict: 'fail',
      outcome: 'fail',
      headline: 'SonarQube quality gate: failed — 5 of 10 conditions failed',
      status: {
        key: 'sonarqube',
        state: 'failure',
        name: 'SonarQube quality gate',
        description: 'Failed: 5 of 10 conditions failed',
        url: 'https://sonar.acme.example/dashboard?id=acme%3Abilling-service&pullRequest=42',
      },
      insight: { title: 'SonarQube quality gate', result: 'fail', reporter: 'pr-insights', reportType: 'COVERAGE' },
    });
    expect(d.comment.markdown.startsWith('❌ **SonarQube quality gate: failed** — 5 of 10 conditions failed\n')).toBe(true);
    expect(findMarker(d.comment.markdown)).toEqual({ reportId: 'sonarqube', commit: COMMIT });
  });

  it('takes the title from the option, on one line', () => {
    const d = renderDecorations(failingGate(), { reportId: 'backend', title: ' Backend\ngate ', failOn: 'failure' });
    expect(d.status.name).toBe('Backend gate');
    expect(d.insight.title).toBe('Backend gate');
    expect(d.comment.markdown.startsWith('❌ **Backend gate: failed**')).toBe(true);
  });

  it('defaults the title per kind and tool', () => {
    expect(renderDecorations(mixedDiff(), { reportId: 'data-diff', failOn: 'failure' }).status.name).toBe('Data diff');
    expect(renderDecorations({ ...noGate(), tool: 'SonarCloud' }, { reportId: 'x', failOn: 'failure' }).status.name).toBe(
      'SonarCloud quality gate',
    );
  });

  it('lets FAIL_ON decide the insight result and the status, not the comment', () => {
    const d = renderDecorations(failingGate(), { reportId: 'sonarqube', failOn: 'never' });
    expect(d.outcome).toBe('pass');
    expect(d.status.state).toBe('success');
    expect(d.insight.result).toBe('pass');
    // The reader still learns the gate failed.
    expect(d.comment.markdown).toContain('**SonarQube quality gate: failed**');
    expect(d.insight.data[0]).toEqual({ title: 'Quality gate', type: 'TEXT', value: 'Failed' });
  });

  it('turns a warning into a failure under FAIL_ON=warning', () => {
    const d = renderDecorations(warningGate(), { reportId: 'sonarqube', failOn: 'warning' });
    expect(d.outcome).toBe('fail');
    expect(d.status.state).toBe('failure');
  });

  it('uses only http(s) links, and the option over the report', () => {
    const evil = { ...failingGate(), dashboardUrl: 'javascript:alert(1)' };
    const d = renderDecorations(evil, { reportId: 'sonarqube', failOn: 'failure' });
    expect(d.insight.link).toBeUndefined();
    expect(d.status.url).toBeUndefined();
    expect(d.comment.markdown).not.toContain('javascript:');
    expect(d.insight.data.some((f) => f.type === 'LINK')).toBe(false);

    const overridden = renderDecorations(evil, { reportId: 'sonarqube', failOn: 'failure', link: 'https://ci.example/build/7' });
    expect(overridden.insight.link).toBe('https://ci.example/build/7');
    expect(overridden.status.url).toBe('https://ci.example/build/7');
  });

  it('refuses a comment limit that cannot hold a verdict and the marker', () => {
    expect(() => renderDecorations(noGate(), { reportId: 'x', failOn: 'failure', commentLimit: 100 })).toThrow(InputError);
  });
});

describe('insight', () => {
  it('keeps at most six data fields, most important first', () => {
    for (const report of [failingGate(), passingGateWithIgnoredConditions(), warningGate(), noGate(), mixedDiff(), allIdenticalDiff(), emptyDiff()]) {
      const { insight } = renderDecorations(report, { reportId: 'r', failOn: 'failure' });
      expect(insight.data.length).toBeLessThanOrEqual(6);
      expect(insight.data.length).toBeGreaterThan(0);
    }
  });

  it('gives the gate its result, failed conditions, coverage, duplication, issues and dashboard', () => {
    const { insight } = renderDecorations(failingGate(), { reportId: 'r', failOn: 'failure' });
    expect(insight.data.map((f) => [f.title, f.type])).toEqual([
      ['Quality gate', 'TEXT'],
      ['Failed conditions', 'NUMBER'],
      ['Coverage on new code', 'PERCENTAGE'],
      ['Duplication on new code', 'PERCENTAGE'],
      ['Issues', 'NUMBER'],
      ['Analysis details', 'LINK'],
    ]);
    expect(insight.data[2]).toMatchObject({ value: 82.5 });
  });

  it('prefers the new_violations measure for new issues', () => {
    const { insight } = renderDecorations(passingGateWithIgnoredConditions(), { reportId: 'r', failOn: 'failure' });
    expect(insight.data).toContainEqual({ title: 'New issues', type: 'NUMBER', value: 0 });
  });

  it('gives the diff model and row counts', () => {
    const { insight } = renderDecorations(mixedDiff(), { reportId: 'r', failOn: 'failure' });
    expect(insight.reportType).toBe('TEST');
    expect(insight.data.map((f) => [f.title, f.value])).toEqual([
      ['Models compared', 5],
      ['Models different', 2],
      ['Models failed', 1],
      ['Rows added', 12],
      ['Rows removed', 3],
      ['Rows changed', 40],
    ]);
    expect(insight.annotations).toEqual([]);
  });

  it('sorts annotations by severity, then path, then line, file-level first, project-level last', () => {
    const { insight } = renderDecorations(failingGate(), { reportId: 'r', failOn: 'failure' });
    expect(insight.annotations.map((a) => [a.severity, a.path, a.line])).toEqual([
      ['critical', 'src/a.ts', 1],
      ['critical', 'src/a.ts', 3],
      ['critical', 'src/z.ts', 7],
      ['high', 'src/a.ts', 40],
      ['medium', 'src/b.ts', undefined],
      ['medium', 'src/b.ts', 12],
      ['medium', undefined, undefined],
    ]);
  });

  it('keeps annotation messages plain and non-empty, and ids the findings\' own (the platform core makes external ids unique)', () => {
    const gate: QualityGateReport = {
      ...noGate(),
      findings: [finding('K', 'low', 'a.ts', 1, '  Use `const`\n here  '), finding('K', 'low', 'a.ts', 2, '')],
    };
    const { insight } = renderDecorations(gate, { reportId: 'r', failOn: 'failure' });
    expect(insight.annotations.map((a) => [a.id, a.message])).toEqual([
      ['K', 'Use `const` here'],
      ['K', 'typescript:S1481'],
    ]);
  });

  it('cuts details to 2000 characters with an ellipsis', () => {
    const conditions = Array.from({ length: 200 }, (_, i) =>
      condition(`new_metric_${i}`, `A rather long custom metric display name ${i}`, 'INT', 'ERROR', 'GT', '0', String(i + 1)),
    );
    const { insight } = renderDecorations({ ...failingGate(), conditions }, { reportId: 'r', failOn: 'failure' });
    expect(insight.details.length).toBeLessThanOrEqual(2000);
    expect(insight.details.endsWith('…')).toBe(true);
    expect(insight.details.startsWith('Failed: 200 of 200 conditions failed.\nFailed conditions:\n')).toBe(true);
  });

  it('writes details as plain text, no Markdown', () => {
    const { insight } = renderDecorations(mixedDiff(), { reportId: 'r', failOn: 'failure' });
    expect(insight.details).toContain('- model.jaffle_shop.payments: No primary key found.');
    expect(insight.details).not.toMatch(/\\_|\*\*|&#/);
  });
});

describe('status', () => {
  it('keeps the description within GitHub’s 140 characters', () => {
    const longTool = { ...noGate(), tool: 'SonarQube Enterprise Edition\nhosted by the platform team '.repeat(4) };
    const { status } = renderDecorations(longTool, { reportId: 'r', title: 'Gate', failOn: 'failure' });
    expect(status.description.length).toBeLessThanOrEqual(140);
    expect(status.description.endsWith('…')).toBe(true);
    expect(status.description).not.toContain('\n');
  });

  it('describes every kind and verdict in one line', () => {
    for (const report of [failingGate(), passingGateWithIgnoredConditions(), warningGate(), noGate(), mixedDiff(), allIdenticalDiff(), emptyDiff()]) {
      const { status } = renderDecorations(report, { reportId: 'r', failOn: 'failure' });
      expect(status.description.length).toBeLessThanOrEqual(140);
      expect(status.description).toMatch(/^[A-Z][^\n]+$/);
    }
  });
});
