import { afterEach, describe, expect, it } from '@jest/globals';
import { call, type JsonResponse } from '../json-client.js';
import { reportTaskTxt, SONARQUBE_VERSIONS, sonarAuthorization, startSonarQube, type SonarQubeFake, type SonarQubeOptions } from './index.js';

const PROJECT = 'acme:widgets';
const fakes: SonarQubeFake[] = [];

async function start(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  let now = Date.parse('2025-02-04T12:00:00Z');
  // Every reading of the clock is one second later, so timestamps order without real time passing.
  const sonar = await startSonarQube({ clock: () => new Date((now += 1000)), ...options });
  fakes.push(sonar);
  return sonar;
}

function get(sonar: SonarQubeFake, path: string, token: string = sonar.tokens.user, scheme: 'basic' | 'bearer' = 'basic'): Promise<JsonResponse> {
  return call('GET', `${sonar.url}/${path}`, { authorization: sonarAuthorization(token, scheme) });
}

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

describe('api/server/version', () => {
  it.each([
    ['9.9', SONARQUBE_VERSIONS['9.9']],
    ['2025.x', SONARQUBE_VERSIONS['2025.x']],
  ])('answers %s as plain text, without credentials', async (_, version) => {
    const sonar = await start({ version });
    const res = await call('GET', `${sonar.url}/api/server/version`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.body).toBe(version);
  });
});

describe('authentication', () => {
  it('takes Basic token-colon on 9.9 and refuses Bearer there with an empty 401', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
    expect((await get(sonar, `api/ce/task?id=${taskId}`, sonar.tokens.user, 'basic')).status).toBe(200);
    const bearer = await get(sonar, `api/ce/task?id=${taskId}`, sonar.tokens.user, 'bearer');
    expect(bearer.status).toBe(401);
    expect(bearer.body).toBeUndefined();
  });

  it('takes Bearer from 10.0 on and on Cloud', async () => {
    for (const sonar of [await start({ version: SONARQUBE_VERSIONS['10.x'] }), await start({ cloud: true })]) {
      const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
      expect((await get(sonar, `api/ce/task?id=${taskId}`, sonar.tokens.user, 'bearer')).status).toBe(200);
    }
  });

  it('answers an unknown token, a login with a password and no credentials with an empty 401', async () => {
    const sonar = await start();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
    const url = `${sonar.url}/api/ce/task?id=${taskId}`;
    for (const authorization of [sonarAuthorization('squ_0000000000000000000000000000000000000000'), `Basic ${Buffer.from(`${sonar.tokens.user}:secret`).toString('base64')}`, undefined]) {
      const res = await call('GET', url, authorization === undefined ? {} : { authorization });
      expect(res.status).toBe(401);
      expect(res.body).toBeUndefined();
    }
  });

  it('gives analysis tokens the gate but not issues, hotspots or measures (403 in SonarQube shape)', async () => {
    const sonar = await start();
    const { taskId, analysisId } = sonar.state.addAnalysis({ project: PROJECT, measures: { coverage: 80 } });
    for (const token of [sonar.tokens.projectAnalysis, sonar.tokens.globalAnalysis]) {
      expect((await get(sonar, `api/ce/task?id=${taskId}`, token)).status).toBe(200);
      expect((await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`, token)).status).toBe(200);
      for (const path of [`api/issues/search?components=${PROJECT}`, `api/hotspots/search?project=${PROJECT}`, `api/measures/component?component=${PROJECT}&metricKeys=coverage`]) {
        const res = await get(sonar, path, token);
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ errors: [{ msg: 'Insufficient privileges' }] });
      }
    }
    expect(sonar.tokens.projectAnalysis).toMatch(/^sqp_[0-9a-f]{40}$/);
    expect(sonar.tokens.globalAnalysis).toMatch(/^sqa_[0-9a-f]{40}$/);
    expect(sonar.tokens.user).toMatch(/^squ_[0-9a-f]{40}$/);
  });

  it('limits a project analysis token to its project and keeps tokens out of the request log', async () => {
    const sonar = await start();
    sonar.state.addProject({ key: PROJECT });
    const other = sonar.state.addAnalysis({ project: 'acme:other' });
    expect((await get(sonar, `api/ce/task?id=${other.taskId}`, sonar.tokens.projectAnalysis)).status).toBe(403);
    expect(sonar.state.pollsOf(other.taskId)).toBe(0);
    const log = JSON.stringify(sonar.requests);
    expect(log).not.toContain(sonar.tokens.projectAnalysis);
    expect(sonar.requests[0]).toMatchObject({ auth: 'basic', identity: `project-analysis token for ${PROJECT}`, operation: 'ce.task', status: 403 });
  });
});

describe('api/ce/task', () => {
  it('moves PENDING → IN_PROGRESS → SUCCESS after the configured polls; analysisId only on SUCCESS', async () => {
    const sonar = await start();
    const { taskId, analysisId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', pullRequestTitle: 'Feature' });
    sonar.state.setTaskProgress(taskId, { pendingPolls: 2, inProgressPolls: 1 });
    const seen = [];
    for (let i = 0; i < 5; i++) seen.push((await get(sonar, `api/ce/task?id=${taskId}`)).body.task);
    expect(seen.map((t) => t.status)).toEqual(['PENDING', 'PENDING', 'IN_PROGRESS', 'SUCCESS', 'SUCCESS']);
    expect(seen.map((t) => t.analysisId)).toEqual([undefined, undefined, undefined, analysisId, analysisId]);
    expect(seen[0]).not.toHaveProperty('startedAt');
    expect(seen[2]).toHaveProperty('startedAt');
    expect(seen[2]).not.toHaveProperty('executedAt');
    const done = seen[3];
    expect(done).toMatchObject({ id: taskId, type: 'REPORT', componentKey: PROJECT, componentQualifier: 'TRK', pullRequest: '7', pullRequestTitle: 'Feature' });
    expect(done.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    expect(Date.parse(done.executedAt.replace('+0000', 'Z'))).toBeGreaterThan(Date.parse(done.startedAt.replace('+0000', 'Z')));
    expect(done.executionTimeMs).toBeGreaterThan(0);
    expect(sonar.state.pollsOf(taskId)).toBe(5);
  });

  it('carries branch and branchType for a branch analysis, neither for the main branch', async () => {
    const sonar = await start();
    const onBranch = sonar.state.addAnalysis({ project: PROJECT, branch: 'release-1' });
    const onMain = sonar.state.addAnalysis({ project: PROJECT, branch: 'main' });
    expect((await get(sonar, `api/ce/task?id=${onBranch.taskId}`)).body.task).toMatchObject({ branch: 'release-1', branchType: 'BRANCH' });
    expect((await get(sonar, `api/ce/task?id=${onMain.taskId}`)).body.task).not.toHaveProperty('branch');
  });

  it('ends FAILED with errorMessage, or CANCELED without having started', async () => {
    const sonar = await start();
    const failed = sonar.state.addAnalysis({ project: PROJECT, progress: { pendingPolls: 1, final: 'FAILED', errorMessage: 'Unsupported language' } });
    const canceled = sonar.state.addAnalysis({ project: PROJECT, progress: { pendingPolls: 1, final: 'CANCELED' } });
    await get(sonar, `api/ce/task?id=${failed.taskId}`);
    const f = (await get(sonar, `api/ce/task?id=${failed.taskId}`)).body.task;
    expect(f).toMatchObject({ status: 'FAILED', errorMessage: 'Unsupported language' });
    expect(f).not.toHaveProperty('analysisId');
    await get(sonar, `api/ce/task?id=${canceled.taskId}`);
    const c = (await get(sonar, `api/ce/task?id=${canceled.taskId}`)).body.task;
    expect(c.status).toBe('CANCELED');
    expect(c).not.toHaveProperty('startedAt');
    expect(c).not.toHaveProperty('errorMessage');
    // The analysis of a failed task never appears.
    expect((await get(sonar, `api/qualitygates/project_status?analysisId=${failed.analysisId}`)).status).toBe(404);
  });

  it('answers 404 for an unknown task id in SonarQube shape', async () => {
    const sonar = await start();
    const res = await get(sonar, 'api/ce/task?id=AYnope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ msg: "No activity found for task 'AYnope'" }] });
  });

  it('fills warnings from 10.1 on, and before only when asked', async () => {
    const old = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    const { taskId } = old.state.addAnalysis({ project: PROJECT, warnings: ['Missing blame information for 2 files.'] });
    expect((await get(old, `api/ce/task?id=${taskId}`)).body.task).toMatchObject({ warningCount: 1 });
    expect((await get(old, `api/ce/task?id=${taskId}`)).body.task).not.toHaveProperty('warnings');
    expect((await get(old, `api/ce/task?id=${taskId}&additionalFields=warnings`)).body.task.warnings).toEqual(['Missing blame information for 2 files.']);
  });
});

describe('api/qualitygates/project_status', () => {
  const conditions = [
    { metricKey: 'new_coverage', comparator: 'LT' as const, errorThreshold: 80, actualValue: '72.5' },
    { metricKey: 'new_violations', comparator: 'GT' as const, errorThreshold: '0', actualValue: '0' },
    { metricKey: 'open_issues', comparator: 'GT' as const, actualValue: 17 },
  ];

  it('shows an analysis only once its task succeeded', async () => {
    const sonar = await start();
    const { taskId, analysisId } = sonar.state.addAnalysis({ project: PROJECT, conditions, progress: { pendingPolls: 1 } });
    const before = await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`);
    expect(before.status).toBe(404);
    expect(before.body).toEqual({ errors: [{ msg: `Analysis with id '${analysisId}' is not found` }] });
    await get(sonar, `api/ce/task?id=${taskId}`);
    await get(sonar, `api/ce/task?id=${taskId}`);
    expect((await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`)).body.projectStatus.status).toBe('ERROR');
  });

  it('answers the 10.x shape: period, caycStatus, no periodIndex; statuses computed from the conditions', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['10.x'] });
    const { analysisId } = sonar.state.addAnalysis({ project: PROJECT, conditions, period: { mode: 'REFERENCE_BRANCH', parameter: 'main' } });
    const status = (await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`)).body.projectStatus;
    expect(status).toEqual({
      status: 'ERROR',
      ignoredConditions: false,
      caycStatus: 'compliant',
      conditions: [
        { status: 'ERROR', metricKey: 'new_coverage', comparator: 'LT', errorThreshold: '80', actualValue: '72.5' },
        { status: 'OK', metricKey: 'new_violations', comparator: 'GT', errorThreshold: '0', actualValue: '0' },
        { status: 'OK', metricKey: 'open_issues', comparator: 'GT', actualValue: '17' },
      ],
      period: { mode: 'REFERENCE_BRANCH', parameter: 'main' },
    });
  });

  it('answers 9.9 with both period and periods, and periodIndex on new-code conditions', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    const { analysisId } = sonar.state.addAnalysis({ project: PROJECT, conditions, period: { mode: 'PREVIOUS_VERSION', date: '2025-01-01T00:00:00+0000' } });
    const status = (await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`)).body.projectStatus;
    expect(status.period).toEqual({ mode: 'PREVIOUS_VERSION', date: '2025-01-01T00:00:00+0000' });
    expect(status.periods).toEqual([{ index: 1, mode: 'PREVIOUS_VERSION', date: '2025-01-01T00:00:00+0000' }]);
    expect(status.conditions.map((c: { periodIndex?: number }) => c.periodIndex)).toEqual([1, 1, undefined]);
    expect(status.caycStatus).toBe('compliant');
  });

  it('answers Cloud with periods only, no caycStatus', async () => {
    const sonar = await start({ cloud: true });
    const { analysisId } = sonar.state.addAnalysis({ project: PROJECT, conditions });
    const status = (await get(sonar, `api/qualitygates/project_status?analysisId=${analysisId}`)).body.projectStatus;
    expect(status).not.toHaveProperty('period');
    expect(status).not.toHaveProperty('caycStatus');
    expect(status.periods).toHaveLength(1);
  });

  it('finds the latest analysis by projectKey and pullRequest, NONE without conditions, 404 for an unknown pull request', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', conditions });
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', gate: 'NONE' });
    const latest = await get(sonar, `api/qualitygates/project_status?projectKey=${PROJECT}&pullRequest=7`);
    expect(latest.body).toEqual({ projectStatus: { status: 'NONE', caycStatus: 'compliant' } });
    const unknown = await get(sonar, `api/qualitygates/project_status?projectKey=${PROJECT}&pullRequest=8`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].msg).toBe(`Pull request '8' in project '${PROJECT}' not found`);
  });

  it('refuses ambiguous or missing selectors with SonarQube messages', async () => {
    const sonar = await start();
    const none = await get(sonar, 'api/qualitygates/project_status');
    expect(none.body).toEqual({ errors: [{ msg: "Either 'analysisId', 'projectId' or 'projectKey' must be provided" }] });
    const both = await get(sonar, `api/qualitygates/project_status?projectKey=${PROJECT}&branch=a&pullRequest=1`);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].msg).toBe("Either 'branch' or 'pullRequest' can be provided, not both");
  });
});

describe('api/measures/component', () => {
  const measures = { new_coverage: '81.2', new_duplicated_lines_density: '1.5', new_violations: 3, new_security_hotspots: 1, coverage: '77.0' };
  const metricKeys = 'new_coverage,new_duplicated_lines_density,new_violations,new_security_hotspots,coverage';

  it('answers new-code values in period on 10.x and the period with additionalFields=period', async () => {
    const sonar = await start();
    sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', measures, period: { mode: 'PREVIOUS_VERSION' } });
    const res = await get(sonar, `api/measures/component?component=${PROJECT}&pullRequest=7&metricKeys=${metricKeys}&additionalFields=period`);
    expect(res.body).toEqual({
      component: {
        key: PROJECT,
        name: 'widgets',
        qualifier: 'TRK',
        pullRequest: '7',
        measures: [
          { metric: 'new_coverage', period: { value: '81.2' } },
          { metric: 'new_duplicated_lines_density', period: { value: '1.5' } },
          { metric: 'new_violations', period: { value: '3' } },
          { metric: 'new_security_hotspots', period: { value: '1' } },
          { metric: 'coverage', value: '77.0' },
        ],
      },
      period: { mode: 'PREVIOUS_VERSION' },
    });
  });

  it('answers Cloud in periods and wants additionalFields=periods', async () => {
    const sonar = await start({ cloud: true });
    sonar.state.addAnalysis({ project: PROJECT, measures, period: { mode: 'previous_version' } });
    const res = await get(sonar, `api/measures/component?component=${PROJECT}&metricKeys=new_coverage&additionalFields=periods`);
    expect(res.body.component.measures).toEqual([{ metric: 'new_coverage', periods: [{ index: 1, value: '81.2' }] }]);
    expect(res.body.periods).toEqual([{ index: 1, mode: 'previous_version' }]);
    expect(res.body).not.toHaveProperty('period');
  });

  it('answers 9.9 measures in both shapes', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, measures });
    const res = await get(sonar, `api/measures/component?component=${PROJECT}&metricKeys=new_violations`);
    expect(res.body.component.measures).toEqual([{ metric: 'new_violations', period: { value: '3' }, periods: [{ index: 1, value: '3' }] }]);
  });

  it('fails the whole request with 404 for a metric the version lacks', async () => {
    const sonar = await start({ version: SONARQUBE_VERSIONS['9.9'] });
    sonar.state.addAnalysis({ project: PROJECT, measures });
    const res = await get(sonar, `api/measures/component?component=${PROJECT}&metricKeys=new_violations,new_accepted_issues,no_such_metric`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ msg: 'The following metric keys are not found: new_accepted_issues, no_such_metric' }] });
  });

  it('answers 404 for an unknown component or pull request, in ComponentFinder words', async () => {
    const sonar = await start();
    sonar.state.addProject({ key: PROJECT });
    expect((await get(sonar, 'api/measures/component?component=nope&metricKeys=coverage')).body.errors[0].msg).toBe("Component key 'nope' not found");
    expect((await get(sonar, `api/measures/component?component=${PROJECT}&pullRequest=9&metricKeys=coverage`)).body.errors[0].msg).toBe(
      `Component '${PROJECT}' of pull request '9' not found`,
    );
  });
});

describe('report-task.txt', () => {
  it('writes what the scanner writes for a pull request analysis on this fake', async () => {
    const sonar = await start({ contextPath: '/sonarqube' });
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '105' });
    const text = reportTaskTxt(sonar.reportTaskFields(taskId));
    expect(text).toBe(
      [
        `projectKey=${PROJECT}`,
        `serverUrl=${sonar.url}`,
        `serverVersion=${SONARQUBE_VERSIONS['10.x']}`,
        `dashboardUrl=${sonar.url}/dashboard?id=acme%3Awidgets&pullRequest=105`,
        `ceTaskId=${taskId}`,
        `ceTaskUrl=${sonar.url}/api/ce/task?id=${taskId}`,
        '',
      ].join('\n'),
    );
    // ceTaskUrl is directly usable.
    const polled = await call('GET', text.match(/^ceTaskUrl=(.*)$/m)![1]!, { authorization: sonarAuthorization(sonar.tokens.user) });
    expect(polled.body.task.id).toBe(taskId);
  });

  it('puts organization first on Cloud and a legacy branch line only when asked', () => {
    const text = reportTaskTxt({ organization: 'acme', projectKey: 'k', serverUrl: 'https://sonarcloud.io/', serverVersion: '8.0', ceTaskId: 'T', branch: 'dev', legacyBranchLine: true });
    expect(text.split('\n')).toEqual([
      'organization=acme',
      'projectKey=k',
      'serverUrl=https://sonarcloud.io',
      'serverVersion=8.0',
      'branch=dev',
      'dashboardUrl=https://sonarcloud.io/dashboard?id=k&branch=dev',
      'ceTaskId=T',
      'ceTaskUrl=https://sonarcloud.io/api/ce/task?id=T',
      '',
    ]);
  });
});

describe('shared machinery', () => {
  it('answers injected faults in SonarQube shape and unknown urls with 404', async () => {
    const sonar = await start();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT });
    const fault = sonar.setFault({ kind: 'server-error', status: 502, match: { operation: 'ce.task' } });
    const failed = await get(sonar, `api/ce/task?id=${taskId}`);
    expect(failed.status).toBe(502);
    expect(failed.body.errors[0].msg).toEqual(expect.any(String));
    expect(fault.triggered).toBe(1);
    // The faulted request never reached the task.
    expect(sonar.state.pollsOf(taskId)).toBe(0);
    expect((await get(sonar, `api/ce/task?id=${taskId}`)).status).toBe(200);
    const unknown = await get(sonar, 'api/nope/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errors: [{ msg: 'Unknown url : /api/nope/nothing' }] });
  });
});
