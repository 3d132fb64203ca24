// The built bundle reading the quality gate live from a loopback SonarQube after a scanner — as a
// Bitbucket pipe, as a GitHub Action and as a CLI — and publishing to the fake Bitbucket Cloud
// and Data Center. Tasks are seeded to finish within two polls, so the waits stay short.
import { expectNoSecret } from '../support/secrets.js';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startBitbucketCloud, startBitbucketDataCenter } from '../fakes/index.js';
import { hotspots, issues, SONARQUBE_VERSIONS, startSonarQube, writeReportTask, type SonarQubeFake, type SonarQubeOptions } from '../fakes/sonarqube/index.js';
import { runBundle, type BundleRun } from '../support/run-bundle.js';

const PROJECT = 'acme:shop';
const FAILING = [{ metricKey: 'new_coverage', comparator: 'LT' as const, errorThreshold: 80, actualValue: '72.5' }];
const head = fakeSha('sonar-live-head');
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function sonarQube(options: SonarQubeOptions = {}): Promise<SonarQubeFake> {
  const sonar = await startSonarQube(options);
  closers.push(async () => {
    expect(sonar.violations).toEqual([]);
    await sonar.close();
  });
  return sonar;
}

async function bitbucketCloud() {
  const cloud = await startBitbucketCloud();
  cloud.state.addRepository({ workspace: 'acme', slug: 'shop' });
  cloud.state.addPullRequest('acme/shop', { id: 7, sourceBranch: 'feature/cart', sourceCommit: head });
  closers.push(() => cloud.close());
  return cloud;
}

async function dataCenter() {
  const dc = await startBitbucketDataCenter();
  dc.state.addRepository({ project: 'PRJ', slug: 'shop' });
  dc.state.addPullRequest('PRJ/shop', { id: 3, fromBranch: 'feature/cart', fromCommit: head });
  closers.push(() => dc.close());
  return dc;
}

/** A clone directory where the scanner left `.scannerwork/report-task.txt` (or under `under`). */
async function scannedClone(sonar: SonarQubeFake, taskId: string, under = ''): Promise<string> {
  const clone = mkdtempSync(join(tmpdir(), 'clone-'));
  await writeReportTask(join(clone, under), sonar.reportTaskFields(taskId));
  return clone;
}

function noSecret(run: BundleRun, ...secrets: string[]): void {
  expectNoSecret([run.stdout, run.stderr], ...secrets);
}

describe('as a Bitbucket pipe, publishing to Bitbucket Cloud', () => {
  it.each([
    ['Server 10.x', {}],
    ['Server 9.9 (Basic)', { version: SONARQUBE_VERSIONS['9.9'] }],
  ])('%s: waits for the analysis, then the gate, issue and hotspot annotations, measures in the comment', async (_name, options) => {
    const sonar = await sonarQube(options);
    const cloud = await bitbucketCloud();
    const { taskId } = sonar.state.addAnalysis({
      project: PROJECT,
      pullRequest: '7',
      conditions: FAILING,
      issues: issues(12),
      hotspots: hotspots(2),
      measures: { new_coverage: '72.5', new_duplicated_lines_density: '3.1', new_violations: 12 },
      progress: { pendingPolls: 1 },
    });
    const clone = await scannedClone(sonar, taskId);
    const r = await runBundle({
      env: {
        CI: 'true',
        BITBUCKET_PIPE_STORAGE_DIR: '/tmp/pipe',
        BITBUCKET_BUILD_NUMBER: '21',
        BITBUCKET_COMMIT: head,
        BITBUCKET_CLONE_DIR: clone,
        BITBUCKET_WORKSPACE: 'acme',
        BITBUCKET_REPO_SLUG: 'shop',
        BITBUCKET_REPO_FULL_NAME: 'acme/shop',
        BITBUCKET_BRANCH: 'feature/cart',
        BITBUCKET_PR_ID: '7',
        BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/acme/shop',
        // Repository variables: the scanner's report-task.txt says the rest.
        SONAR_HOST_URL: sonar.url,
        SONAR_TOKEN: sonar.tokens.user,
        API_URL: cloud.url,
        TOKEN: cloud.credentials.bearer,
        PUBLISH: 'comment,insights,status',
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`INFO: SonarQube analysis ${taskId}: PENDING, 0 s`));
    expect(r.stderr).toMatch(/published: comment created on PR #7/);
    expect(cloud.state.annotations('acme/shop', head, 'sonarqube')).toHaveLength(14);
    const comment = cloud.state.comments('acme/shop', 7)[0]!.raw;
    expect(comment).toMatch(/Duplicated Lines \(%\) on New Code 3\.1%/);
    expect(comment).toMatch(/Security Hotspots to Review 2/);
    expect(sonar.state.pollsOf(taskId)).toBe(2);
    noSecret(r, sonar.tokens.user, cloud.credentials.bearer);
  });
});

describe('as a GitHub Action, publishing to Bitbucket Data Center', () => {
  it('with a project analysis token: the gate is published, a warning names the Browse permission', async () => {
    const sonar = await sonarQube();
    const dc = await dataCenter();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '3', conditions: FAILING, issues: issues(4) });
    const clone = await scannedClone(sonar, taskId);
    const r = await runBundle({
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_REPOSITORY: 'acme/pr-insights',
        GITHUB_WORKSPACE: clone,
        'INPUT_SONAR-TOKEN': sonar.tokens.projectAnalysis,
        INPUT_REPOSITORY: dc.repositoryUrl('PRJ', 'shop'),
        INPUT_COMMIT: head,
        INPUT_TOKEN: dc.credentials.bearer,
        INPUT_PUBLISH: 'comment,insights',
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::group::SonarQube analysis/);
    expect(r.stdout).toMatch(/::endgroup::/);
    // The Action names the setting as its input.
    expect(r.stdout).toMatch(/::warning::SonarQube issues not read: input `sonar-token` lacks the 'Browse' permission on acme:shop/);
    expect(dc.state.comments('PRJ/shop', 3)).toHaveLength(1);
    expect(dc.state.report('PRJ/shop', head, 'sonarqube')).toBeDefined();
    noSecret(r, sonar.tokens.projectAnalysis, dc.credentials.bearer);
  });
});

describe('as a CLI', () => {
  it('a failed analysis: the decorations say so with SonarQube\'s errorMessage, and the step fails', async () => {
    const sonar = await sonarQube();
    const dc = await dataCenter();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '3', progress: { inProgressPolls: 1, final: 'FAILED', errorMessage: 'Unsupported Java version' } });
    const clone = await scannedClone(sonar, taskId);
    const r = await runBundle({
      cwd: clone,
      env: { SONAR_TOKEN: sonar.tokens.user, REPOSITORY: dc.repositoryUrl('PRJ', 'shop'), COMMIT: head, TOKEN: dc.credentials.bearer, PUBLISH: 'comment,status' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: SonarQube analysis .* failed: Unsupported Java version/);
    expect(dc.state.comments('PRJ/shop', 3)[0]!.text).toMatch(/the SonarQube analysis failed: Unsupported Java version/);
    expect(dc.state.buildStatus(head, 'sonarqube')?.fields).toMatchObject({ state: 'FAILED' });
    noSecret(r, sonar.tokens.user, dc.credentials.bearer);
  });

  it('a dry run reads SonarQube and sends nothing to the platform', async () => {
    const sonar = await sonarQube();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '3', conditions: FAILING, issues: issues(2) });
    const clone = await scannedClone(sonar, taskId);
    const r = await runBundle({ cwd: clone, env: { SONAR_TOKEN: sonar.tokens.user, DRY_RUN: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 issues/);
    expect(sonar.requests.map((q) => q.operation)).toEqual(expect.arrayContaining(['ce.task', 'qualitygates.project_status', 'issues.search']));
    noSecret(r, sonar.tokens.user);
  });

  it('an analysis still running at WAIT_TIMEOUT: exit 3, what SonarQube last answered, nothing published', async () => {
    const sonar = await sonarQube();
    const dc = await dataCenter();
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '3', progress: { pendingPolls: 1000 } });
    const clone = await scannedClone(sonar, taskId);
    const r = await runBundle({
      cwd: clone,
      env: { SONAR_TOKEN: sonar.tokens.user, WAIT_TIMEOUT: '1', REPOSITORY: dc.repositoryUrl('PRJ', 'shop'), COMMIT: head, TOKEN: dc.credentials.bearer },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`task ${taskId} was still PENDING after 1 s \\(WAIT_TIMEOUT\\); nothing was published`));
    expect(dc.requests).toEqual([]);
    noSecret(r, sonar.tokens.user);
  });

  it('SonarQube Cloud with an organization, a monorepo PATH_PREFIX and 12,000 open issues, to Bitbucket Cloud', async () => {
    const sonar = await sonarQube({ cloud: true });
    const cloud = await bitbucketCloud();
    sonar.state.addProject({ key: PROJECT, organization: 'acme-org' });
    const { taskId } = sonar.state.addAnalysis({ project: PROJECT, pullRequest: '7', conditions: FAILING, issues: issues(12_000) });
    const clone = await scannedClone(sonar, taskId, 'services/shop');
    const r = await runBundle({
      cwd: clone,
      env: {
        SONAR_TOKEN: sonar.tokens.user,
        PATH_PREFIX: 'services/shop',
        REPOSITORY: 'acme/shop',
        PLATFORM: 'bitbucket-cloud',
        API_URL: cloud.url,
        COMMIT: head,
        TOKEN: cloud.credentials.bearer,
        PUBLISH: 'comment,insights',
      },
    });
    expect(r.code).toBe(1);
    const annotations = cloud.state.annotations('acme/shop', head, 'sonarqube');
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.map((a) => String(a.fields['path'])).filter((p) => !p.startsWith('services/shop/src/'))).toEqual([]);
    expect(cloud.state.comments('acme/shop', 7)[0]!.raw).toMatch(/12,000 issues \(annotations for the 10,000 most severe\)/);
    expect(r.stderr).toMatch(/2,000 left out/);
    noSecret(r, sonar.tokens.user, cloud.credentials.bearer);
  });
});
