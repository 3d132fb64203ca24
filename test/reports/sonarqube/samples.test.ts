/**
 * The official SonarQube examples kept as reference material beside the project (not shipped with
 * it, so this suite skips itself in a plain checkout).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { QualityGateReport } from '../../../src/reports/model.js';
import { parseSonarIssues } from '../../../src/reports/sonarqube/issues.js';
import { sonarqubeProjectStatus } from '../../../src/reports/sonarqube/project-status.js';
import { parseReportTask } from '../../../src/reports/sonarqube/report-task.js';
import { sharedDir, sourceOf } from './fixture.js';

const samples = resolve(sharedDir, 'samples');
const describeWithSamples = existsSync(samples) ? describe : describe.skip;
if (!existsSync(samples)) console.info(`Skipping SonarQube sample tests: ${samples} is absent.`);

const sample = (name: string) => {
  const path = resolve(samples, name);
  return sourceOf(path, readFileSync(path, 'utf8'));
};

describeWithSamples('official SonarQube samples', () => {
  it('parses the project_status error example (10.x shape, missing thresholds)', () => {
    const source = sample('sonarqube-project_status-error-official-example.json');
    expect(sonarqubeProjectStatus.sniff(source)).toBe(true);
    const report = sonarqubeProjectStatus.parse(source) as QualityGateReport;
    expect(report).toMatchObject({
      verdict: 'fail',
      status: 'ERROR',
      caycStatus: 'non-compliant',
      ignoredConditions: false,
      newCodePeriod: { mode: 'last_version', date: '2000-04-27T00:45:23+0200', parameter: '2015-12-07' },
    });
    expect(report.conditions.map((c) => [c.metricKey, c.status, c.threshold, c.actual, c.onNewCode])).toEqual([
      ['new_coverage', 'ERROR', '85', '82.50562381034781', true],
      ['new_blocker_violations', 'ERROR', '0', '14', true],
      ['new_critical_violations', 'ERROR', '0', '1', true],
      ['new_sqale_debt_ratio', 'OK', '5', '0.6562109862671661', true],
      ['reopened_issues', 'OK', undefined, '0', false],
      ['open_issues', 'ERROR', undefined, '17', false],
      ['skipped_tests', 'OK', undefined, '0', false],
    ]);
    expect(report.conditions[0]).toMatchObject({ metricName: 'Coverage on New Code', metricType: 'PERCENT' });
  });

  it('does not take the ce/task example for a gate', () => {
    expect(sonarqubeProjectStatus.sniff(sample('sonarqube-ce_task-success-official-example.json'))).toBe(false);
  });

  it('parses the issues 10.x example, whose only issue is ACCEPTED and so dropped', () => {
    const { path, text } = sample('sonarqube-issues_search-10x-official-example.json');
    expect(parseSonarIssues(text, path)).toEqual([]);
  });

  it('maps the issue of the 10.x example once it is open', () => {
    const { path, text } = sample('sonarqube-issues_search-10x-official-example.json');
    const page = JSON.parse(text) as { issues: { issueStatus: string }[] };
    page.issues[0]!.issueStatus = 'OPEN';
    expect(parseSonarIssues(JSON.stringify(page), path)).toEqual([
      {
        id: '01fc972e-2a3c-433e-bcae-0bd7f88f5123',
        // Not among `components`: the key minus the project key is all there is.
        path: 'com.github.kevinsawicki.http.HttpRequest',
        line: 81,
        message: 'Remove this unused private "getKee" method.',
        severity: 'high',
        type: 'VULNERABILITY',
        rule: 'java:S1144',
      },
    ]);
  });

  it('parses the pull-request report-task.txt', () => {
    const { path, text } = sample('sonarqube-report-task-pull-request.txt');
    expect(parseReportTask(text, path)).toEqual({
      projectKey: 'org.sonarsource.sonarqube:sonarqube',
      serverUrl: 'https://publicserver/sonarqube',
      serverVersion: '6.4',
      dashboardUrl: 'https://publicserver/sonarqube/dashboard?id=org.sonarsource.sonarqube%3Asonarqube&pullRequest=105',
      ceTaskId: 'TASK-123',
      ceTaskUrl: 'https://publicserver/sonarqube/api/ce/task?id=TASK-123',
      pullRequest: '105',
    });
  });
});
