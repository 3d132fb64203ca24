// What a reviewer reads about a quality gate: warning levels, ignored conditions, no gate, missing thresholds.
import { describe, expect, it } from '@jest/globals';
import type { QualityGateReport } from '../../src/reports/model.js';
import { renderDecorations } from '../../src/render/index.js';
import type { FailOn } from '../../src/render/decorations.js';
import { cloudGate, condition, failingGate, noGate, passingGateWithIgnoredConditions, warningGate } from './fixtures.js';

const render = (report: QualityGateReport, failOn: FailOn = 'failure') => renderDecorations(report, { reportId: 'sonarqube', failOn });
const rowOf = (markdown: string, name: string) => markdown.split('\n').find((l) => l.startsWith('| ') && l.includes(` | ${name} | `));

describe('warning thresholds (SonarQube 6.x)', () => {
  const md = render(warningGate()).comment.markdown;

  it('are worded as warnings, in their own "Warns when" column', () => {
    expect(md).toContain('| Status | Condition | Value | Fails when | Warns when |');
    expect(rowOf(md, 'Open Issues')).toBe('| ✅ Passed | Open Issues | 1 | — | is greater than 10 |');
    expect(rowOf(md, 'Coverage')).toBe('| ⚠️ Warning | Coverage | **64.3%** | is less than 50% | is less than 70% |');
    expect(rowOf(md, 'Technical Debt')).toBe('| ✅ Passed | Technical Debt | 1h 35min | — | is greater than 1d |');
  });

  it('never show a failed mark under a warning verdict', () => {
    expect(md.startsWith('⚠️ **SonarQube quality gate: warning**')).toBe(true);
    expect(md).not.toContain('❌');
  });

  it('read as a warning in the insight details', () => {
    const { details } = render(warningGate()).insight;
    expect(details).toContain('Conditions at warning level:\n- Reliability Rating on New Code: C (is worse than A)\n- Coverage: 64.3% (is less than 70%)');
    expect(details).not.toContain('Failed conditions');
  });

  it('a warning condition with a single threshold crossed it as its warning level', () => {
    const generic: QualityGateReport = {
      ...warningGate(),
      format: 'generic-quality-gate',
      tool: 'Bundle check',
      conditions: [condition('bundle_size_kb', 'Bundle size (kB)', 'FLOAT', 'WARN', 'GT', '250', '262.4')],
    };
    const out = render(generic).comment.markdown;
    expect(out).toContain('| Status | Condition | Value | Fails when | Warns when |');
    expect(rowOf(out, 'Bundle size (kB)')).toBe('| ⚠️ Warning | Bundle size (kB) | **262.4** | — | is greater than 250 |');
  });

  it('leave the table of a gate without them as it was', () => {
    expect(render(failingGate()).comment.markdown).not.toContain('Warns when');
  });
});

describe('conditions ignored for a small change', () => {
  const d = render(passingGateWithIgnoredConditions());

  it('are "Ignored (small change)", not passed, when their value crosses the threshold', () => {
    expect(rowOf(d.comment.markdown, 'Coverage on New Code')).toBe('| ⚪ Ignored (small change) | Coverage on New Code | 0.0% | is less than 80% |');
    expect(rowOf(d.comment.markdown, 'Duplicated Lines (%) on New Code')).toMatch(/^\| ⚪ Ignored \(small change\) \|/);
    // Not a coverage or duplication metric, or a value that does pass: SonarQube's OK stands.
    expect(rowOf(d.comment.markdown, 'New Issues')).toMatch(/^\| ✅ Passed \|/);
    const covered = { ...passingGateWithIgnoredConditions(), conditions: [condition('new_coverage', 'Coverage on New Code', 'PERCENT', 'OK', 'LT', '80', '92')] };
    expect(rowOf(render(covered).comment.markdown, 'Coverage on New Code')).toMatch(/^\| ✅ Passed \|/);
  });

  it('are not counted as passed in the verdict', () => {
    expect(d.headline).toBe('SonarQube quality gate: passed — 2 of 4 conditions passed, 2 ignored (small change)');
  });

  it('offer no value as a measure in Code Insights, and are listed as ignored', () => {
    expect(d.insight.data.map((f) => f.title)).not.toContain('Coverage on new code');
    expect(d.insight.data.map((f) => f.title)).not.toContain('Duplication on new code');
    expect(d.insight.details).toContain('Ignored (small change):\n- Coverage on New Code: 0.0% (is less than 80%)');
  });

  it('offer no value even when the same measure was also read besides the gate', () => {
    const measure = { metricKey: 'new_coverage', metricName: 'Coverage on New Code', metricType: 'PERCENT' as const, value: '0.0' };
    const withMeasure = render({ ...passingGateWithIgnoredConditions(), measures: [measure] });
    expect(withMeasure.insight.data.map((f) => f.title)).not.toContain('Coverage on new code');
  });

  it('need the flag: without ignoredConditions an OK condition passed', () => {
    const plain = render({ ...passingGateWithIgnoredConditions(), ignoredConditions: false });
    expect(plain.comment.markdown).not.toContain('Ignored');
    expect(plain.insight.data).toContainEqual({ title: 'Coverage on new code', type: 'PERCENTAGE', value: 0 });
  });
});

describe('a NONE gate: no quality gate', () => {
  it('is shown neutral and worded as no quality gate', () => {
    const d = render(noGate());
    expect(d.comment.markdown.startsWith('⚪ **SonarQube quality gate: no quality gate** — none is set for the project')).toBe(true);
    expect(d.status.description).toMatch(/^No quality gate: /);
  });

  it.each<[FailOn, 'pass' | 'fail', 'success' | 'failure']>([
    ['failure', 'pass', 'success'],
    ['warning', 'fail', 'failure'],
    ['never', 'pass', 'success'],
  ])('under FAIL_ON=%s the step %ss: insight and status follow', (failOn, outcome, state) => {
    const d = render(noGate(), failOn);
    expect(d.outcome).toBe(outcome);
    expect(d.insight.result).toBe(outcome);
    expect(d.status.state).toBe(state);
  });
});

describe('smaller ones', () => {
  it('a condition with no threshold shows "—", explained once under its table', () => {
    const md = render(failingGate()).comment.markdown;
    expect(rowOf(md, 'Open Issues')).toBe('| ❌ Failed | Open Issues | **1,168** | — |');
    const overall = md.slice(md.indexOf('**Overall code**'));
    expect(overall).toContain('\n\n_— means SonarQube sent no threshold for the condition._\n\n');
    // The new-code table has a threshold everywhere: no note there.
    expect(md.slice(0, md.indexOf('**Overall code**'))).not.toContain('no threshold');
  });

  it('periods read as SonarQube words them: since a version, since a date', () => {
    expect(render(cloudGate()).comment.markdown).toContain('**New code** · since version 1.1.0-SNAPSHOT');
    expect(render(failingGate()).comment.markdown).toContain('**New code** · since 2015-12-07');
    expect(render(cloudGate()).insight.details).toContain('New code: since version 1.1.0-SNAPSHOT');
  });

  it('a sonarcloud.io link is labelled SonarQube Cloud; a server link SonarQube', () => {
    const cloud = render(cloudGate());
    expect(cloud.comment.markdown).toContain('[See analysis details on SonarQube Cloud](https://sonarcloud.io/summary/new_code?');
    expect(cloud.insight.data).toContainEqual(expect.objectContaining({ type: 'LINK', value: expect.objectContaining({ text: 'Open SonarQube Cloud' }) }));
    const server = render(failingGate());
    expect(server.comment.markdown).toContain('[See analysis details on SonarQube](https://sonar.acme.example/');
    const lookalike = render({ ...failingGate(), dashboardUrl: 'https://sonarcloud.io.evil.example/x' });
    expect(lookalike.comment.markdown).toContain('[See analysis details on SonarQube](');
  });

  it('issues all left out as resolved say so instead of showing nothing', () => {
    const d = render({ ...noGate(), verdict: 'pass', status: 'OK', resolvedIssues: 12 });
    expect(d.insight.annotations).toEqual([]);
    expect(d.comment.markdown).toContain('Nothing to annotate: 12 issues given, all resolved (fixed, accepted or false positive)');
    expect(d.insight.details).toContain('Nothing to annotate: 12 issues given, all resolved (fixed, accepted or false positive)');
  });

  it('some issues left out as resolved are counted beside the annotated ones', () => {
    const md = render({ ...failingGate(), resolvedIssues: 1 }).comment.markdown;
    expect(md).toContain('**7 issues:** 3 critical, 1 high, 3 medium · 1 resolved issue left out · [See analysis details');
  });
});
