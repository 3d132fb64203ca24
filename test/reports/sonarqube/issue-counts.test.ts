// An issues file that holds one page of a larger search counts the whole search: a first page
// of 111 issues is "111 issues", and the decorations say annotations come from part of them.
import { describe, expect, it } from '@jest/globals';
import { renderDecorations } from '../../../src/render/index.js';
import type { QualityGateReport } from '../../../src/reports/model.js';
import { readSonarIssues } from '../../../src/reports/sonarqube/issues.js';
import { bareFailedGate } from '../../render/fixtures.js';

const issue = (key: string, fields: Record<string, unknown> = {}) => ({ key, component: 'proj:src/a.ts', project: 'proj', severity: 'MAJOR', type: 'BUG', message: key, ...fields });

describe('readSonarIssues: how many issues a file stands for', () => {
  it('a first page with paging.total 111 and one issue: 111', () => {
    const page = { paging: { pageIndex: 1, pageSize: 1, total: 111 }, issues: [issue('a')] };
    expect(readSonarIssues(JSON.stringify(page), 'issues.json')).toMatchObject({ total: 111, resolved: 0 });
  });

  it('the pre-9.8 top-level total counts too; a complete search counts only its open issues', () => {
    expect(readSonarIssues(JSON.stringify({ total: 40, p: 1, ps: 2, issues: [issue('a'), issue('b')] }), 'f').total).toBe(40);
    const whole = { paging: { total: 2 }, issues: [issue('a'), issue('b', { status: 'CLOSED' })] };
    expect(readSonarIssues(JSON.stringify(whole), 'f')).toMatchObject({ total: 1, resolved: 1 });
  });

  it('several pages of one search: the total once, not per page', () => {
    const pages = [1, 2].map((p) => ({ paging: { pageIndex: p, pageSize: 1, total: 5 }, issues: [issue(`k${p}`)] }));
    expect(readSonarIssues(JSON.stringify(pages), 'f').total).toBe(5);
  });
});

describe('the decorations of a partly annotated report', () => {
  const report: QualityGateReport = {
    ...bareFailedGate(),
    findings: [{ id: 'a', path: 'src/a.ts', line: 1, message: 'a', severity: 'high', type: 'BUG' }],
    findingsTotal: 111,
    measures: [{ metricKey: 'new_coverage', metricName: 'Coverage on New Code', metricType: 'PERCENT', value: '72.54' }],
  };

  it('say "111 issues (annotations for the 1 most severe)" in the comment and the insight, and show the measures', () => {
    const { comment, insight } = renderDecorations(report, { reportId: 'sonarqube', failOn: 'failure' });
    expect(comment.markdown).toContain('**111 issues (annotations for the 1 most severe):** 1 high');
    expect(comment.markdown).toMatch(/\*\*Measures:\*\* Coverage on New Code 72\.5%/);
    expect(insight.details).toContain('111 issues (annotations for the 1 most severe): 1 high');
    expect(insight.data).toEqual(expect.arrayContaining([{ title: 'Coverage on new code', type: 'PERCENTAGE', value: 72.5 }, { title: 'Issues', type: 'NUMBER', value: 111 }]));
  });

  it('a failed analysis is the verdict line itself', () => {
    const failed: QualityGateReport = { ...report, findings: [], findingsTotal: undefined, measures: undefined, status: 'FAILED', analysisFailure: 'the SonarQube analysis failed: Java 8 is not supported' };
    const { headline, comment, status } = renderDecorations(failed, { reportId: 'sonarqube', failOn: 'failure' });
    expect(headline).toBe('SonarQube quality gate: failed — the SonarQube analysis failed: Java 8 is not supported');
    expect(comment.markdown).toContain('the SonarQube analysis failed: Java 8 is not supported');
    expect(status.state).toBe('failure');
  });
});
