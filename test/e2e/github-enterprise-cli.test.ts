// The built bundle as a CLI outside any CI, against a loopback fake GitHub Enterprise Server (the
// API below /api/v3): PLATFORM=github with a repository URL on that host, a personal access token
// or a GitHub App installation token. First run, re-run, unchanged re-run, concurrent runs, 1,000
// annotations, the personal-token fallback, a secondary rate limit and a revoked token.
import { expectNoSecret as noSecretIn } from '../support/secrets.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startGitHub, type GitHubFake } from '../fakes/github/index.js';
import { repoRoot } from '../support/paths.js';
import { runBundle, type BundleRun } from '../support/run-bundle.js';

const fixtures = join(repoRoot, 'test/fixtures/reports/sonarqube');
const failingGate = join(fixtures, 'project-status-10x-error.json');
const passingGate = join(fixtures, 'project-status-ok.json');
const issues = join(fixtures, 'issues-10x.json');
const REF = 'acme/shop';
const head = fakeSha('ghes-head');

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHub({ basePath: '/api/v3' });
  gh.state.addRepository({ owner: 'acme', name: 'shop' });
  gh.state.addPullRequest(REF, { number: 7, headRef: 'feature/cart', headSha: head });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  // GitHub's secondary limit is 80 content-creating requests a minute (api-contracts.md §3.6): stay well inside.
  expect(gh.contentCreation.maxPerMinute()).toBeLessThanOrEqual(40);
  await gh.close();
});

function cli(token: string, extra: Record<string, string> = {}, args: string[] = []): Promise<BundleRun> {
  return runBundle({
    args,
    env: { PLATFORM: 'github', REPOSITORY: `${gh.origin}/${REF}`, TOKEN: token, COMMIT: head, REPORT: failingGate, ISSUES: issues, PUBLISH: 'comment,insights,status', ...extra },
  });
}

const commentWrites = (from = 0) => gh.requests.slice(from).filter((q) => q.operation?.startsWith('comments.') && q.method !== 'GET');

function expectNoSecret(run: BundleRun, secret: string): void {
  noSecretIn([run.stdout, run.stderr], secret);
}

/** SonarQube api/issues/search with `count` issues, one a line, in the shape of the legacy fixture. */
function manyIssues(count: number): string {
  const severities = ['BLOCKER', 'CRITICAL', 'MAJOR', 'MINOR', 'INFO'];
  const list = Array.from({ length: count }, (_, i) => ({
    key: `AY-many-${i}`,
    rule: 'java:S1234',
    severity: severities[i % severities.length],
    component: `acme:shop:src/main/java/File${i % 40}.java`,
    project: 'acme:shop',
    line: (i % 500) + 1,
    message: `Finding number ${i}`,
    status: 'OPEN',
    type: 'CODE_SMELL',
  }));
  const path = join(mkdtempSync(join(tmpdir(), 'issues-')), 'issues.json');
  writeFileSync(path, JSON.stringify({ total: count, p: 1, ps: count, paging: { pageIndex: 1, pageSize: count, total: count }, issues: list, components: [] }));
  return path;
}

describe('the CLI against GitHub Enterprise Server with a personal access token', () => {
  it('first run, re-run with a new result, unchanged re-run: one comment, updated in place, then left alone', async () => {
    const first = await cli(gh.credentials.pat);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/comment created on PR #7/);
    expect(gh.requests.every((q) => q.path.startsWith('/api/v3/'))).toBe(true);
    const [comment] = gh.state.comments(REF, 7);
    expect(comment?.user.login).toBe('ci-person');

    const rerun = await cli(gh.credentials.pat, { REPORT: passingGate });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/comment updated on PR #7/);
    expect(gh.state.comments(REF, 7).map((c) => c.id)).toEqual([comment!.id]);

    const before = gh.requests.length;
    const unchanged = await cli(gh.credentials.pat, { REPORT: passingGate });
    expect(unchanged.code).toBe(0);
    expect(commentWrites(before)).toEqual([]);
    for (const run of [first, rerun, unchanged]) expectNoSecret(run, gh.credentials.pat);
  });

  it('a personal token cannot write check runs: the verdict goes out as a commit status instead', async () => {
    const run = await cli(gh.credentials.pat, { PUBLISH: 'comment,insights' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/personal access token cannot create check runs/);
    expect(gh.state.checkRuns(REF, head)).toEqual([]);
    expect(gh.state.latestStatuses(REF, head).map((s) => ({ context: s.context, state: s.state }))).toEqual([{ context: 'sonarqube', state: 'failure' }]);
  });

  it('two concurrent runs leave one comment', async () => {
    const runs = await Promise.all([cli(gh.credentials.pat), cli(gh.credentials.pat)]);
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
  });

  it('waits out a secondary rate limit and publishes everything', async () => {
    const limit = gh.secondaryRateLimit({ match: { operation: 'comments.create' } });
    const run = await cli(gh.credentials.pat);
    expect(limit.triggered).toBe(1);
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    expectNoSecret(run, gh.credentials.pat);
  });

  it('a revoked token is a publish failure (3) that says to check TOKEN, without showing it', async () => {
    const revoked = 'ghp_revokedRevokedRevokedRevoked0123456';
    const run = await cli(revoked);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/401/);
    expect(run.stderr).toMatch(/TOKEN is missing, invalid or expired/);
    expect(gh.state.comments(REF, 7)).toEqual([]);
    expectNoSecret(run, revoked);
  });
});

describe('the CLI against GitHub Enterprise Server with a GitHub App installation token', () => {
  it('1,000 annotations go out in 20 requests (a POST and 19 PATCHes of 50), all present on the check run', async () => {
    const run = await cli(gh.credentials.app, { ISSUES: manyIssues(1000), PUBLISH: 'insights' }, ['--json']);
    expect(run.code).toBe(1);
    const writes = gh.requests.filter((q) => q.operation === 'checkRuns.create' || q.operation === 'checkRuns.update');
    expect(writes.map((q) => q.operation)).toEqual(['checkRuns.create', ...Array<string>(19).fill('checkRuns.update')]);
    const [checkRun] = gh.state.checkRuns(REF, head);
    expect(checkRun?.annotations).toHaveLength(1000);
    expect(new Set(checkRun!.annotations.map((a) => a.message)).size).toBe(1000);
    expect(run.stderr).toMatch(/check run "sonarqube" on .* with 1000 annotations/);
    const json = JSON.parse(run.stdout) as { outputs: Record<string, string> };
    expect(json.outputs['check-run-url']).toBe(`${gh.webUrl}/acme/shop/runs/${checkRun!.id}`);
    expectNoSecret(run, gh.credentials.app);
  });
});
