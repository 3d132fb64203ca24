import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../../src/core/errors.js';
import type { QualityGateReport } from '../../../src/reports/model.js';
import { bareFailedGate } from '../../render/fixtures.js';
import {
  findReportTask,
  issueLink,
  parseReportTask,
  REPORT_TASK_LOCATIONS,
  withSonarContext,
  type ReportTask,
} from '../../../src/reports/sonarqube/report-task.js';
import { fixtureText } from './fixture.js';

const parseFixture = (name: string) => parseReportTask(fixtureText(`sonarqube/${name}`), name);

const task: ReportTask = {
  projectKey: 'acme:payments-api',
  serverUrl: 'https://sonar.acme.example',
  dashboardUrl: 'https://sonar.acme.example/dashboard?id=acme%3Apayments-api&pullRequest=7',
  ceTaskId: 'T1',
  ceTaskUrl: 'https://sonar.acme.example/api/ce/task?id=T1',
  pullRequest: '7',
};

describe('parseReportTask', () => {
  it('reads a SonarCloud pull-request task, taking the PR id from dashboardUrl', () => {
    expect(parseFixture('report-task-sonarcloud.txt')).toEqual({
      organization: 'acme',
      projectKey: 'acme_web-ui',
      serverUrl: 'https://sonarcloud.io',
      serverVersion: '8.0.0.61262',
      dashboardUrl: 'https://sonarcloud.io/dashboard?id=acme_web-ui&pullRequest=42',
      ceTaskId: 'AZWx3c9pQ0n8qZ7Jm1aB',
      ceTaskUrl: 'https://sonarcloud.io/api/ce/task?id=AZWx3c9pQ0n8qZ7Jm1aB',
      pullRequest: '42',
    });
  });

  it('reads a branch task on a server with a context path: no pull request, no organization', () => {
    const parsed = parseFixture('report-task-branch.txt');
    expect(parsed).toMatchObject({
      projectKey: 'acme:payments-api',
      serverUrl: 'https://sonar.acme.example/sonarqube',
      serverVersion: '10.6.0.92116',
      ceTaskId: 'AZWx3dRk-task-7',
    });
    expect(parsed).not.toHaveProperty('pullRequest');
    expect(parsed).not.toHaveProperty('organization');
  });

  it('splits on the first "=" only, reads CRLF and a BOM, and ignores unknown keys', () => {
    const text =
      '\uFEFFprojectKey=p\r\nserverUrl=https://s.example/\r\nbranch=legacy\r\n' +
      'dashboardUrl=https://s.example/dashboard?id=p&pullRequest=PR-9\r\nceTaskId=T\r\nceTaskUrl=https://s.example/api/ce/task?id=T\r\n';
    expect(parseReportTask(text, 'report-task.txt')).toEqual({
      projectKey: 'p',
      serverUrl: 'https://s.example',
      dashboardUrl: 'https://s.example/dashboard?id=p&pullRequest=PR-9',
      ceTaskId: 'T',
      ceTaskUrl: 'https://s.example/api/ce/task?id=T',
      pullRequest: 'PR-9',
    });
  });

  it('names the missing keys', () => {
    const run = () => parseReportTask('projectKey=p\nserverUrl=https://s.example\nceTaskId=T\n', 'rt.txt');
    expect(run).toThrow(InputError);
    expect(run).toThrow('rt.txt: missing "dashboardUrl", "ceTaskUrl"; expected the report-task.txt a SonarQube scanner writes');
  });

  it('names the line that is not key=value', () => {
    expect(() => parseReportTask('projectKey=p\n{"not":"this"}\n', 'rt.txt')).toThrow(
      'rt.txt at line 2: expected a key=value line, got "{\\"not\\":\\"this\\"}"',
    );
  });

  it('names the line whose URL is not http(s)', () => {
    const text = 'projectKey=p\nserverUrl=sonar.example\ndashboardUrl=https://s/dashboard?id=p\nceTaskId=T\nceTaskUrl=https://s/api/ce/task?id=T\n';
    expect(() => parseReportTask(text, 'rt.txt')).toThrow('rt.txt at line 2: expected "serverUrl" to be an http(s) URL, got "sonar.example"');
  });
});

describe('findReportTask', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-task-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const put = (relative: string) => {
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), 'projectKey=p\n');
  };

  it('finds nothing in an empty directory', () => {
    expect(findReportTask(dir)).toBeUndefined();
  });

  it.each(REPORT_TASK_LOCATIONS)('finds %s', (relative) => {
    put(relative);
    expect(findReportTask(dir)).toBe(join(dir, relative));
  });

  it('prefers the sonar-scanner CLI location when several scanners left a file', () => {
    put('target/sonar/report-task.txt');
    put('.scannerwork/report-task.txt');
    expect(findReportTask(dir)).toBe(join(dir, '.scannerwork/report-task.txt'));
  });

  it('ignores a directory with the file name', () => {
    mkdirSync(join(dir, '.scannerwork/report-task.txt'), { recursive: true });
    expect(findReportTask(dir)).toBeUndefined();
  });
});

describe('issueLink', () => {
  it('builds an issue link on a server with an encoded project key', () => {
    expect(issueLink('https://sonar.acme.example/sonarqube/', 'acme:payments-api', 'AYx1')).toBe(
      'https://sonar.acme.example/sonarqube/project/issues?id=acme%3Apayments-api&open=AYx1',
    );
  });

  it("uses the task's pull request unless one is given", () => {
    expect(issueLink(task, task.projectKey, 'AYx1')).toBe(
      'https://sonar.acme.example/project/issues?id=acme%3Apayments-api&open=AYx1&pullRequest=7',
    );
    expect(issueLink(task, task.projectKey, 'AYx1', '8')).toMatch(/&pullRequest=8$/);
    expect(issueLink('https://sonarcloud.io', 'k', 'i', 'PR 1')).toBe('https://sonarcloud.io/project/issues?id=k&open=i&pullRequest=PR%201');
  });
});

describe('withSonarContext', () => {
  const report: QualityGateReport = {
    ...bareFailedGate(),
    findings: [
      { id: 'AYx1', path: 'src/a.ts', line: 3, message: 'm', severity: 'high', type: 'BUG' },
      { id: 'AYx2', message: 'm', severity: 'low', type: 'CODE_SMELL', link: 'https://elsewhere.example/x' },
    ],
  };

  it('fills the dashboard link, the project key and the issue links', () => {
    const result = withSonarContext(report, task);
    expect(result.dashboardUrl).toBe(task.dashboardUrl);
    expect(result.projectKey).toBe('acme:payments-api');
    expect(result.findings[0]?.link).toBe('https://sonar.acme.example/project/issues?id=acme%3Apayments-api&open=AYx1&pullRequest=7');
  });

  it('keeps what the report already has, and does not change its input', () => {
    const own = { ...report, dashboardUrl: 'https://own.example/d', projectKey: 'own' };
    const result = withSonarContext(own, task);
    expect(result.dashboardUrl).toBe('https://own.example/d');
    expect(result.projectKey).toBe('own');
    expect(result.findings[1]?.link).toBe('https://elsewhere.example/x');
    expect(report.findings[0]).not.toHaveProperty('link');
    expect(report).not.toHaveProperty('dashboardUrl');
  });
});
