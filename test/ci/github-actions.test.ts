import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { githubActions } from '../../src/ci/github-actions.js';
import { tempDir, thrown } from '../settings/temp.js';

const MERGE_SHA = 'a'.repeat(40);
const HEAD_SHA = 'b'.repeat(40);

function runner(event: string, payload: unknown): Record<string, string> {
  const dir = tempDir();
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '987654',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKSPACE: '/home/runner/work/shop/shop',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF_NAME: event.startsWith('pull_request') ? '5/merge' : 'main',
  };
}

const pullRequestPayload = {
  number: 5,
  pull_request: { number: 5, head: { sha: HEAD_SHA, ref: 'feature/y', repo: { full_name: 'octo/shop' } }, base: { ref: 'main', repo: { full_name: 'octo/shop' } } },
  repository: { id: 42, full_name: 'octo/shop' },
};
const forkPayload = {
  ...pullRequestPayload,
  pull_request: { ...pullRequestPayload.pull_request, head: { sha: HEAD_SHA, ref: 'main', repo: { full_name: 'someone/shop' } } },
};

function workflowRun(run: Record<string, unknown>) {
  return {
    action: 'completed',
    workflow_run: { head_sha: HEAD_SHA, head_branch: 'feature/y', head_repository: { full_name: 'octo/shop' }, pull_requests: [], ...run },
    repository: { id: 42, full_name: 'octo/shop' },
  };
}

describe('github-actions', () => {
  it('detects GITHUB_ACTIONS=true only', () => {
    expect(githubActions.detect({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(githubActions.detect({ GITHUB_ACTIONS: 'false' })).toBe(false);
    expect(githubActions.detect({})).toBe(false);
  });

  it.each(['pull_request', 'pull_request_target'])('on %s takes the PR head, not the merge commit', (event) => {
    expect(githubActions.context(runner(event, pullRequestPayload))).toEqual({
      system: 'github-actions',
      repository: 'octo/shop',
      pullRequest: 5,
      commit: HEAD_SHA,
      branch: 'feature/y',
      workspaceDir: '/home/runner/work/shop/shop',
      buildUrl: 'https://github.com/octo/shop/actions/runs/987654',
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      event,
    });
  });

  it('on push takes GITHUB_SHA and GITHUB_REF_NAME, and has no PR', () => {
    const context = githubActions.context(runner('push', { ref: 'refs/heads/main', after: MERGE_SHA }));
    expect(context).toMatchObject({ commit: MERGE_SHA, branch: 'main' });
    expect(context.pullRequest).toBeUndefined();
  });

  it('gives no commit for a pull-request event without a payload rather than the merge commit', () => {
    const { GITHUB_EVENT_PATH: _, ...env } = runner('pull_request', {});
    const context = githubActions.context(env);
    expect(context.commit).toBeUndefined();
    expect(context.branch).toBeUndefined();
  });

  it('keeps GitHub Enterprise URLs', () => {
    const env = { ...runner('push', {}), GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_API_URL: 'https://ghe.example.com/api/v3' };
    expect(githubActions.context(env)).toMatchObject({
      serverUrl: 'https://ghe.example.com',
      apiUrl: 'https://ghe.example.com/api/v3',
      buildUrl: 'https://ghe.example.com/octo/shop/actions/runs/987654',
    });
  });

  it('turns an unreadable or broken event file into a clear InputError', () => {
    const missing = thrown(() => githubActions.context({ ...runner('push', {}), GITHUB_EVENT_PATH: '/nonexistent/event.json' }));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing.message).toBe('/nonexistent/event.json: GITHUB_EVENT_PATH names a file that does not exist or cannot be read (ENOENT)');
    // Bounded like every file we read: a device that never ends is refused at once.
    expect(thrown(() => githubActions.context({ ...runner('push', {}), GITHUB_EVENT_PATH: '/dev/zero' })).message).toMatch(/GITHUB_EVENT_PATH must name a regular file/);
    const env = runner('push', {});
    writeFileSync(env['GITHUB_EVENT_PATH']!, '{ not json');
    expect(thrown(() => githubActions.context(env)).message).toMatch(/^GITHUB_EVENT_PATH: the GitHub event payload .* is not valid JSON$/);
  });

  it('on a pull_request from a fork says so, and gives no branch: the fork\'s branch names nothing here', () => {
    const context = githubActions.context(runner('pull_request', forkPayload));
    expect(context).toMatchObject({ pullRequest: 5, commit: HEAD_SHA, fromFork: true, event: 'pull_request' });
    expect(context.branch).toBeUndefined();
    expect(githubActions.context(runner('pull_request', pullRequestPayload)).fromFork).toBeUndefined();
  });

  it('on workflow_run takes the run\'s pull request and head_sha, never GITHUB_SHA', () => {
    const pr = { number: 9, base: { repo: { id: 42 } } };
    expect(githubActions.context(runner('workflow_run', workflowRun({ pull_requests: [pr] })))).toMatchObject({ pullRequest: 9, commit: HEAD_SHA, branch: 'feature/y' });
  });

  it('on workflow_run from a fork (empty pull_requests) leaves the pull request to a lookup by head_sha', () => {
    const context = githubActions.context(runner('workflow_run', workflowRun({ head_branch: 'main', head_repository: { full_name: 'someone/shop' } })));
    expect(context).toMatchObject({ commit: HEAD_SHA, fromFork: true });
    expect(context.pullRequest).toBeUndefined();
    expect(context.branch).toBeUndefined();
  });

  it('on workflow_run ignores a pull request whose base is another repository', () => {
    const elsewhere = { number: 3, base: { repo: { id: 77 } } };
    expect(githubActions.context(runner('workflow_run', workflowRun({ pull_requests: [elsewhere] }))).pullRequest).toBeUndefined();
  });

  it('on issue_comment on a pull request takes its number, and leaves the commit to COMMIT or git (GITHUB_SHA is the default branch)', () => {
    const context = githubActions.context(runner('issue_comment', { issue: { number: 11, pull_request: { url: 'https://api.github.com/repos/octo/shop/pulls/11' } }, repository: { full_name: 'octo/shop' } }));
    expect(context.pullRequest).toBe(11);
    expect(context.commit).toBeUndefined();
    const onIssue = githubActions.context(runner('issue_comment', { issue: { number: 12 }, repository: { full_name: 'octo/shop' } }));
    expect(onIssue).toMatchObject({ commit: MERGE_SHA });
    expect(onIssue.pullRequest).toBeUndefined();
  });
});
