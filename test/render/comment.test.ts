import { describe, expect, it } from '@jest/globals';
import type { DataDiffReport, QualityGateReport, Report } from '../../src/reports/model.js';
import { renderDecorations } from '../../src/render/index.js';
import {
  COMMIT,
  allIdenticalDiff,
  cloudGate,
  condition,
  emptyDiff,
  failingGate,
  mixedDiff,
  mostlyIdenticalDiff,
  noGate,
  passingGateWithIgnoredConditions,
  warningGate,
} from './fixtures.js';

function comment(report: Report): string {
  return renderDecorations(report, { reportId: report.kind === 'quality-gate' ? 'sonarqube' : 'data-diff', failOn: 'failure', commit: COMMIT })
    .comment.markdown;
}

describe('quality gate comment', () => {
  it.each([
    ['failing 10.x gate', failingGate],
    ['passing gate with ignored conditions', passingGateWithIgnoredConditions],
    ['legacy WARN gate', warningGate],
    ['NONE: no quality gate', noGate],
    ['SonarQube Cloud, new code since a version', cloudGate],
  ])('%s', (_name, build) => {
    expect(comment(build())).toMatchSnapshot();
  });

  it('lists failed conditions first within each scope', () => {
    const md = comment(failingGate());
    const newCode = md.slice(md.indexOf('**New code**'), md.indexOf('**Overall code**'));
    const statuses = [...newCode.matchAll(/^\| (❌ Failed|✅ Passed) \|/gm)].map((m) => m[1]);
    expect(statuses).toEqual(['❌ Failed', '❌ Failed', '❌ Failed', '❌ Failed', '✅ Passed', '✅ Passed', '✅ Passed']);
  });

  it('puts the ignored-conditions caveat right under the verdict', () => {
    const lines = comment(passingGateWithIgnoredConditions()).split('\n');
    expect(lines[2]).toMatch(/^ℹ️ Coverage and duplication conditions on new code were ignored/);
  });

  it('escapes everything that comes from the report', () => {
    const hostile: QualityGateReport = {
      ...noGate(),
      verdict: 'fail',
      tool: 'Sonar<script>',
      projectKey: 'key_with_underscores|pipe',
      dashboardUrl: 'javascript:alert(1)',
      conditions: [
        condition('new_x', '@channel <img src=x onerror=alert(1)> | [click](https://evil.example)\n# heading', 'STRING', 'ERROR', 'EQ', '*bold*', '| cell'),
      ],
    };
    const md = comment(hostile);
    expect(md).toMatchSnapshot();
    expect(md).not.toMatch(/<(script|img)/);
    expect(md).not.toMatch(/@channel/);
    expect(md).not.toContain('](https://evil');
    expect(md).not.toContain('javascript:');
    expect(md).not.toMatch(/^# /m);
    const row = md.split('\n').find((l) => l.startsWith('| ❌ Failed'));
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(5);
  });
});

describe('data diff comment', () => {
  it.each([
    ['failed, different and identical models', mixedDiff],
    ['many identical models collapsed', mostlyIdenticalDiff],
    ['single identical table (Datafold)', allIdenticalDiff],
    ['no models', emptyDiff],
  ])('%s', (_name, build) => {
    expect(comment(build())).toMatchSnapshot();
  });

  it('never shows row values, only counts', () => {
    const report: DataDiffReport = mixedDiff();
    const md = comment(report);
    expect(md).not.toMatch(/PROD\.ANALYTICS|DEV\.PR_42/);
    expect(md).toContain('| 12 | 3 | 40 | 9,957 |');
  });

  it('escapes the error of a failed model', () => {
    const md = comment(mixedDiff());
    expect(md).toContain('**Failed:** No primary key found. Add uniqueness tests, meta, or tags. See https:\u200D//docs.datafold.com/pk &#124; @\u200Ddata-team |');
  });

  it('starts with the totals line right after the verdict', () => {
    const lines = comment(mixedDiff()).split('\n');
    expect(lines[0]).toBe('❌ **Data diff: failed** — 1 of 5 models could not be diffed; 2 differ');
    expect(lines[2]).toBe('**5 models compared:** 1 failed · 2 different · 2 identical — **rows:** 12 added · 3 removed · 40 changed');
  });
});

describe('every comment', () => {
  const all = [failingGate(), passingGateWithIgnoredConditions(), warningGate(), noGate(), cloudGate(), mixedDiff(), mostlyIdenticalDiff(), allIdenticalDiff(), emptyDiff()];

  it('uses no HTML and no characters outside the Basic Multilingual Plane', () => {
    for (const report of all) {
      const md = comment(report);
      expect(md).not.toMatch(/<\/?[a-z!]/i);
      // 4-byte characters are refused by Bitbucket Data Center on MySQL utf8.
      expect(md).not.toMatch(/[\uD800-\uDFFF]/);
    }
  });

  it('ends with the footer and the marker after a blank line', () => {
    for (const report of all) {
      const md = comment(report);
      expect(md).toMatch(/\n\n_pr-insights[^\n]*_\n\n\[\/\/\]: # \(pr-insights:[a-z-]+:[0-9a-f]{40}\)$/);
    }
  });
});
