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

const pullRequestPayload = { number: 5, pull_request: { number: 5, head: { sha: HEAD_SHA, ref: 'feature/y' }, base: { ref: 'main' } } };

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
    expect(missing.message).toBe('GITHUB_EVENT_PATH: cannot read the GitHub event payload /nonexistent/event.json (ENOENT)');
    const env = runner('push', {});
    writeFileSync(env['GITHUB_EVENT_PATH']!, '{ not json');
    expect(thrown(() => githubActions.context(env)).message).toMatch(/^GITHUB_EVENT_PATH: the GitHub event payload .* is not valid JSON$/);
  });
});
