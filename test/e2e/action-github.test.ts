// The built bundle run as the GitHub Action (action.yml's inputs as INPUT_*, an event payload, the
// runner's output files) against a loopback fake GitHub: the pull request comes from the event, the
// check run goes on the PR head (never the merge commit), a fork's read-only token leaves a useful
// step, and the Action speaks GitHub's workflow commands.
import { expectNoSecret as noSecretIn } from '../support/secrets.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeSha, startGitHub, type GitHubFake } from '../fakes/github/index.js';
import { repoRoot } from '../support/paths.js';
import { runAction, type ActionRun, type ActionStep } from './action-runner.js';

const fixtures = join(repoRoot, 'test/fixtures/reports/sonarqube');
const failingGate = join(fixtures, 'project-status-10x-error.json');
const warningGate = join(fixtures, 'project-status-warn-legacy.json');
const issues = join(fixtures, 'issues-10x.json');
const REF = 'acme/shop';
const head = fakeSha('action-head');
const mergeSha = fakeSha('action-merge');
const forkHead = fakeSha('fork-head');

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHub();
  gh.state.addRepository({ owner: 'acme', name: 'shop' });
  gh.state.addPullRequest(REF, { number: 7, headRef: 'feature/cart', headSha: head, mergeCommitSha: mergeSha });
  gh.state.addPullRequest(REF, { number: 8, headRef: 'main', headSha: forkHead, headRepo: 'someone/shop' });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

const repository = { id: 4711, full_name: REF };

function pullRequestEvent(number: number, sha: string, headRepo = REF, ref = 'feature/cart') {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, state: 'open', head: { sha, ref, repo: { full_name: headRepo } }, base: { ref: 'main', sha: fakeSha('base'), repo: { full_name: REF } } },
    repository,
  };
}

function workflowRunEvent(sha: string, pullRequests: unknown[], headRepo: string, branch: string) {
  return {
    action: 'completed',
    workflow_run: { id: 99, name: 'CI', event: 'pull_request', head_sha: sha, head_branch: branch, head_repository: { full_name: headRepo }, pull_requests: pullRequests, conclusion: 'success' },
    repository,
  };
}

/** The runner's variables for this repository, with the Actions token behind `github.token`. */
function step(overrides: Partial<ActionStep> & Pick<ActionStep, 'event' | 'payload'>, token: string = gh.credentials.actions): ActionStep {
  return {
    with: { report: failingGate, issues, publish: 'comment,insights,status' },
    expressions: { 'github.token': token },
    ...overrides,
    env: {
      GITHUB_REPOSITORY: REF,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.webUrl,
      GITHUB_SHA: mergeSha,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      ...overrides.env,
    },
  };
}

function expectNoSecret(run: ActionRun, ...secrets: string[]): void {
  noSecretIn([run.stdout, run.stderr, run.files], ...secrets);
}

describe('the Action on pull_request', () => {
  it('needs no token input: comments as github-actions[bot], puts the check run on the PR head, sets outputs and the summary', async () => {
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head) }));
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 7).map((c) => c.user.login)).toEqual(['github-actions[bot]']);
    const [checkRun] = gh.state.checkRuns(REF, head);
    expect(checkRun?.annotations.length).toBeGreaterThan(0);
    expect(gh.state.checkRuns(REF, mergeSha)).toEqual([]);
    expect(gh.state.latestStatuses(REF, head).map((s) => s.state)).toEqual(['failure']);

    expect(run.outputs).toMatchObject({ result: 'failed', 'report-type': 'quality-gate' });
    expect(run.outputs['comment-url']).toMatch(new RegExp(`/acme/shop/pull/7#issuecomment-${gh.state.comments(REF, 7)[0]!.id}$`));
    expect(run.outputs['check-run-url']).toMatch(new RegExp(`/acme/shop/runs/${checkRun!.id}$`));
    expect(run.summary).toContain(gh.state.comments(REF, 7)[0]!.body.split('\n')[0]);

    // One ::error:: for the failing report, and no second one for the step's last line.
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(run.stdout).toMatch(/^::error::SonarQube quality gate: failed/m);
    expectNoSecret(run, gh.credentials.actions);
  });

  it('a warning gate prints one ::warning:: and passes', async () => {
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head), with: { report: warningGate } }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::.*quality gate/m);
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.outputs['result']).toBe('warning');
  });

  it('a closed pull request gets no comment, and the log says so', async () => {
    gh.state.pullRequest(REF, 7)!.state = 'closed';
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head) }));
    expect(gh.state.comments(REF, 7)).toEqual([]);
    expect(run.stdout).toMatch(/pull request #7 is no longer open; not commenting on it/);
    expect(run.outputs['comment-url']).toBeUndefined();
  });
});

describe('the Action on a pull_request from a fork (read-only token)', () => {
  it('fails only by the report: the summary carries the comment, the worst findings become annotations, one notice explains workflow_run', async () => {
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(8, forkHead, 'someone/shop', 'main') }, gh.credentials.readOnly));
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 8)).toEqual([]);
    expect(gh.state.checkRuns(REF, forkHead)).toEqual([]);
    expect(gh.state.statuses(REF, forkHead)).toEqual([]);
    expect(run.summary).toMatch(/quality gate/i);

    const fileAnnotations = run.stdout.split('\n').filter((l) => /^::(error|warning) .*file=/.test(l));
    expect(fileAnnotations.length).toBeGreaterThan(0);
    expect(fileAnnotations.filter((l) => l.startsWith('::error ')).length).toBeLessThanOrEqual(10);
    expect(fileAnnotations.filter((l) => l.startsWith('::warning ')).length).toBeLessThanOrEqual(10);
    expect(fileAnnotations[0]).toMatch(/^::error title=Bug \(critical\),file=packages\/shop\/src\/[\w/.]+,line=\d+::/);
    const notices = run.stdout.split('\n').filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/fork.*workflow_run/);
    expect(run.stdout).toMatch(/^::error::SonarQube quality gate: failed/m);
    expectNoSecret(run, gh.credentials.readOnly);
  });

  it('any other refusal still fails the step (3) and names the permission', async () => {
    const noChecks = gh.addToken({ ...gh.tokens.actions, token: 'ghs_no_checks_permission_0123456789', permissions: { 'pull-requests': 'write', statuses: 'write' } });
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head) }, noChecks.token));
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^::error::.*Not published: insights: .*checks: write.*`permissions:`/m);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    expectNoSecret(run, noChecks.token);
  });
});

describe('the Action on workflow_run (publishing for forks)', () => {
  it('takes the pull request from workflow_run.pull_requests and the commit from head_sha', async () => {
    const payload = workflowRunEvent(head, [{ number: 7, head: { sha: head }, base: { repo: { id: repository.id } } }], REF, 'feature/cart');
    const run = await runAction(step({ event: 'workflow_run', payload, env: { GITHUB_SHA: fakeSha('main-head'), GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' } }));
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    expect(gh.state.checkRuns(REF, head)).toHaveLength(1);
    expect(gh.state.checkRuns(REF, fakeSha('main-head'))).toEqual([]);
  });

  it('finds a fork\'s pull request by head_sha when pull_requests is empty', async () => {
    const payload = workflowRunEvent(forkHead, [], 'someone/shop', 'main');
    const run = await runAction(step({ event: 'workflow_run', payload, env: { GITHUB_SHA: fakeSha('main-head'), GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' } }));
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 8).map((c) => c.user.login)).toEqual(['github-actions[bot]']);
    expect(gh.state.checkRuns(REF, forkHead)).toHaveLength(1);
    expect(gh.requests.some((q) => q.operation === 'commits.pulls' && q.path.includes(forkHead))).toBe(true);
  });
});

describe('the Action on push', () => {
  it('decorates GITHUB_SHA and finds the pull request by commit', async () => {
    const payload = { ref: 'refs/heads/feature/cart', after: head, repository };
    const run = await runAction(step({ event: 'push', payload, env: { GITHUB_SHA: head, GITHUB_REF: 'refs/heads/feature/cart', GITHUB_REF_NAME: 'feature/cart' } }));
    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    expect(gh.state.checkRuns(REF, head)).toHaveLength(1);
  });
});

describe("the Action's own conventions", () => {
  it('folds the dry-run print into a ::group:: and exits by the report', async () => {
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head), with: { report: failingGate, 'dry-run': 'true' } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::group::Dry run: what would be sent\n[\s\S]*\n::endgroup::$/m);
    expect(run.stdout).toMatch(/^::error::SonarQube quality gate: failed/m);
    expect(gh.requests).toEqual([]);
  });

  it('the debug input makes the step log verbose, not ::debug:: lines GitHub hides', async () => {
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head), with: { report: failingGate, debug: 'true', 'dry-run': 'true' } }));
    expect(run.stdout).toMatch(/^debug: pr-insights .* front end action, CI github-actions$/m);
    expect(run.stdout).not.toMatch(/^::debug::/m);
  });

  it('names inputs, not environment variables, in what it asks the user to set', async () => {
    const { GITHUB_REPOSITORY: _, ...env } = step({ event: 'push', payload: {} }).env;
    const run = await runAction({ ...step({ event: 'push', payload: {} }), env: { ...env, GITHUB_REPOSITORY: '' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::input `repository`: missing; set input `repository`/m);
  });

  it('reads a report relative to the workspace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
    writeFileSync(join(workspace, 'gate.json'), JSON.stringify({ projectStatus: { status: 'OK', conditions: [] } }));
    const run = await runAction(step({ event: 'pull_request', payload: pullRequestEvent(7, head), with: { report: 'gate.json' }, workspace }));
    expect(run.code).toBe(0);
    expect(run.outputs['result']).toBe('passed');
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
  });
});
