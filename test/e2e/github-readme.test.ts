// The README's GitHub workflows, tried as a new user would: the pr-insights step's `with:` exactly
// as written, run as the Action against a loopback fake GitHub with a token that has exactly the
// workflow's `permissions:`, on the event its `on:` names. If the README drifts (an input renamed, a
// permission missing), this fails.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fakeSha, startGitHub, type Access, type GitHubFake, type Permission } from '../fakes/github/index.js';
import { repoRoot } from '../support/paths.js';
import { runAction } from './action-runner.js';

interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

function workflowBetween(marker: string): Workflow {
  const start = readme.indexOf(`<!-- ${marker}:start -->`);
  const end = readme.indexOf(`<!-- ${marker}:end -->`);
  if (start === -1 || end === -1) throw new Error(`README.md has no ${marker} block`);
  const block = readme.slice(start, end);
  const yaml = /```yaml\n([\s\S]*?)```/.exec(block)?.[1];
  if (!yaml) throw new Error(`the ${marker} block holds no yaml`);
  return parse(yaml) as Workflow;
}

function ourStep(workflow: Workflow): Record<string, string> {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = steps.find((s) => s.uses?.startsWith('prinsights/pr-insights@'));
  if (!step) throw new Error(`workflow ${workflow.name} has no pr-insights step`);
  return step.with ?? {};
}

/** The workflow's `permissions:` as the fake's token permissions (it models those four). */
function permissionsOf(workflow: Workflow): Partial<Record<Permission, Access>> {
  const modelled: Permission[] = ['checks', 'issues', 'pull-requests', 'statuses'];
  return Object.fromEntries(Object.entries(workflow.permissions).filter(([k]) => (modelled as string[]).includes(k))) as Partial<Record<Permission, Access>>;
}

const REF = 'acme/shop';
const head = fakeSha('readme-head');
const forkHead = fakeSha('readme-fork-head');
const repository = { id: 4711, full_name: REF };
let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHub();
  gh.state.addRepository({ owner: 'acme', name: 'shop' });
  gh.state.addPullRequest(REF, { number: 7, headRef: 'feature/cart', headSha: head });
  gh.state.addPullRequest(REF, { number: 8, headRef: 'main', headSha: forkHead, headRepo: 'someone/shop' });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

/** What the analysis left in the workspace: the README's file names, our fixtures' content. */
function workspaceWith(inputs: Record<string, string>): string {
  const workspace = mkdtempSync(join(tmpdir(), 'readme-workspace-'));
  const fixtures = join(repoRoot, 'test/fixtures/reports/sonarqube');
  copyFileSync(join(fixtures, 'project-status-10x-error.json'), join(workspace, inputs['report']!));
  if (inputs['issues']) copyFileSync(join(fixtures, 'issues-10x.json'), join(workspace, inputs['issues']));
  return workspace;
}

function runnerEnv(sha: string): Record<string, string> {
  return { GITHUB_REPOSITORY: REF, GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: gh.webUrl, GITHUB_SHA: sha, GITHUB_REF_NAME: 'main' };
}

describe("the README's GitHub workflow", () => {
  const workflow = workflowBetween('github-workflow');
  const inputs = ourStep(workflow);

  it('works as written on a pull request: comment, check run with annotations, status, outputs', async () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const token = gh.addToken({ ...gh.tokens.actions, token: 'ghs_readme_workflow_token_000000000001', permissions: permissionsOf(workflow) });
    const payload = { action: 'opened', number: 7, pull_request: { number: 7, head: { sha: head, ref: 'feature/cart', repo: { full_name: REF } }, base: { ref: 'main', repo: { full_name: REF } } }, repository };
    const run = await runAction({ with: inputs, expressions: { 'github.token': token.token }, event: 'pull_request', payload, env: runnerEnv(fakeSha('merge')), workspace: workspaceWith(inputs) });

    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 7)).toHaveLength(1);
    expect(gh.state.checkRuns(REF, head)[0]?.annotations.length).toBeGreaterThan(0);
    expect(gh.state.latestStatuses(REF, head)).toHaveLength(1);
    expect(run.outputs['comment-url']).toBeTruthy();
    expect(run.outputs['check-run-url']).toBeTruthy();
  });
});

describe("the README's workflow_run recipe for forks", () => {
  const workflow = workflowBetween('github-fork-workflow');
  const inputs = ourStep(workflow);

  it('runs after the first workflow and decorates the fork\'s pull request, found by head_sha', async () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_run']);
    expect(workflow.on['workflow_run']?.workflows).toEqual([workflowBetween('github-workflow').name]);
    const token = gh.addToken({ ...gh.tokens.actions, token: 'ghs_readme_fork_token_00000000000000002', permissions: permissionsOf(workflow) });
    const payload = {
      action: 'completed',
      workflow_run: { id: 99, head_sha: forkHead, head_branch: 'main', head_repository: { full_name: 'someone/shop' }, pull_requests: [] },
      repository,
    };
    const run = await runAction({ with: inputs, expressions: { 'github.token': token.token }, event: 'workflow_run', payload, env: runnerEnv(fakeSha('main')), workspace: workspaceWith(inputs) });

    expect(run.code).toBe(1);
    expect(gh.state.comments(REF, 8)).toHaveLength(1);
    expect(gh.state.checkRuns(REF, forkHead)[0]?.annotations.length).toBeGreaterThan(0);
  });
});
