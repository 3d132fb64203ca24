import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { call } from '../json-client.js';
import { fakeSha, GITHUB_MEDIA_TYPE, startGitHub, type GitHubFake, type GitHubToken } from './index.js';

const HEAD = fakeSha('feature-head');
const REPO = 'acme/widgets';

let gh: GitHubFake;
let repoUrl: string;

beforeEach(async () => {
  gh = await startGitHub();
  gh.state.addRepository({ owner: 'acme', name: 'widgets' });
  gh.state.addPullRequest(REPO, { number: 7, headRef: 'feature', headSha: HEAD });
  repoUrl = `${gh.url}/repos/${REPO}`;
});
afterEach(() => gh.close());

const as = (token: Parameters<GitHubFake['headers']>[0], body?: unknown) => ({ headers: gh.headers(token), ...(body === undefined ? {} : { body }) });

/** Every write the fake serves, with a body GitHub accepts; ids are filled in once the objects exist. */
async function everyWrite(): Promise<Array<[string, string, unknown]>> {
  const comment = gh.state.addComment(REPO, 7, { body: 'existing' });
  const run = await call('POST', `${repoUrl}/check-runs`, as('actions', { name: 'Gate', head_sha: HEAD }));
  return [
    ['POST', `${repoUrl}/issues/7/comments`, { body: 'x' }],
    ['PATCH', `${repoUrl}/issues/comments/${comment.id}`, { body: 'x' }],
    ['DELETE', `${repoUrl}/issues/comments/${comment.id}`, undefined],
    ['POST', `${repoUrl}/check-runs`, { name: 'Gate', head_sha: HEAD }],
    ['PATCH', `${repoUrl}/check-runs/${run.body.id}`, { status: 'in_progress' }],
    ['POST', `${repoUrl}/statuses/${HEAD}`, { state: 'success' }],
  ];
}

describe('kinds of token', () => {
  it("GET /user: 403 for installation tokens (Actions, Apps), the person's login for a personal token", async () => {
    for (const token of ['actions', 'app', 'readOnly'] as const) {
      const res = await call('GET', `${gh.url}/user`, as(token));
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ message: 'Resource not accessible by integration', documentation_url: expect.stringContaining('/users/users#get-the-authenticated-user'), status: '403' });
    }
    for (const token of ['pat', 'fineGrained'] as const) {
      const res = await call('GET', `${gh.url}/user`, as(token));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ login: 'ci-person', type: 'User' });
    }
  });

  it('writes as github-actions[bot] or the App bot, both type Bot', async () => {
    const actions = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'a' }));
    const app = await call('POST', `${repoUrl}/check-runs`, as('app', { name: 'Gate', head_sha: HEAD }));
    expect(actions.body.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(app.body.app.slug).toBe('pr-insights-app');
  });

  it('refuses check-run writes from personal tokens: only GitHub Apps can write check runs', async () => {
    const run = await call('POST', `${repoUrl}/check-runs`, as('actions', { name: 'Gate', head_sha: HEAD }));
    for (const token of ['pat', 'fineGrained'] as const) {
      const create = await call('POST', `${repoUrl}/check-runs`, as(token, { name: 'Gate', head_sha: HEAD }));
      expect(create.status).toBe(403);
      expect(create.body.message).toBe('You must authenticate via a GitHub App.');
      expect((await call('PATCH', `${repoUrl}/check-runs/${run.body.id}`, as(token, { status: 'in_progress' }))).status).toBe(403);
      // Reading is fine.
      expect((await call('GET', `${repoUrl}/check-runs/${run.body.id}`, as(token))).status).toBe(200);
    }
    expect(gh.state.checkRuns(REPO)).toHaveLength(1);
  });

  it("refuses every write from a fork's read-only token, and still lets it read", async () => {
    for (const [method, url, body] of await everyWrite()) {
      const res = await call(method, url, as('readOnly', body));
      expect([method, url, res.status, res.body.message]).toEqual([method, url, 403, 'Resource not accessible by integration']);
      expect(res.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\//);
    }
    expect(gh.state.comments(REPO, 7).map((c) => c.body)).toEqual(['existing']);
    expect(gh.state.statuses(REPO, HEAD)).toEqual([]);
    for (const path of ['/pulls/7', '/issues/7/comments', `/commits/${HEAD}/status`, `/commits/${HEAD}/check-runs`]) {
      expect((await call('GET', `${repoUrl}${path}`, as('readOnly'))).status).toBe(200);
    }
  });

  it('refuses what a token lacks the permission for, and nothing else', async () => {
    const limited = (lacking: string, permissions: GitHubToken['permissions']): GitHubToken => gh.addToken({ ...gh.tokens.actions, token: `token-without-${lacking}`, permissions });
    const noChecks = limited('checks', { checks: 'read', 'pull-requests': 'write', statuses: 'write' });
    const noComments = limited('comments', { checks: 'write', 'pull-requests': 'read', statuses: 'write' });
    const issuesOnly = limited('pull-requests', { issues: 'write' });
    const noStatuses = limited('statuses', { checks: 'write', 'pull-requests': 'write', statuses: 'read' });
    const status = async (token: GitHubToken, method: string, url: string, body: unknown) => (await call(method, url, as(token, body))).status;
    const comment = [`${repoUrl}/issues/7/comments`, { body: 'x' }] as const;
    const checkRun = [`${repoUrl}/check-runs`, { name: 'Gate', head_sha: HEAD }] as const;
    const commitStatus = [`${repoUrl}/statuses/${HEAD}`, { state: 'success' }] as const;
    expect([await status(noChecks, 'POST', ...checkRun), await status(noChecks, 'POST', ...comment), await status(noChecks, 'POST', ...commitStatus)]).toEqual([403, 201, 201]);
    expect([await status(noComments, 'POST', ...comment), await status(noComments, 'POST', ...checkRun)]).toEqual([403, 201]);
    expect([await status(issuesOnly, 'POST', ...comment), await status(issuesOnly, 'POST', ...commitStatus)]).toEqual([201, 403]);
    expect([await status(noStatuses, 'POST', ...commitStatus), await status(noStatuses, 'POST', ...comment)]).toEqual([403, 201]);
  });

  it('words a missing permission differently for a fine-grained personal token', async () => {
    const readOnly = gh.addToken({ ...gh.tokens.fineGrained, token: 'fine-grained-read-only', permissions: { 'pull-requests': 'read' } });
    const res = await call('POST', `${repoUrl}/issues/7/comments`, as(readOnly, { body: 'x' }));
    expect(res.body.message).toBe('Resource not accessible by personal access token');
  });
});

describe('authentication', () => {
  it('answers 401 Bad credentials for an unknown token, Requires authentication without one', async () => {
    const unknown = await call('GET', `${repoUrl}/pulls/7`, { headers: { ...gh.headers('actions'), authorization: 'Bearer not-a-token' } });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const { authorization: _omitted, ...anonymous } = gh.headers('actions');
    const write = await call('POST', `${repoUrl}/issues/7/comments`, { headers: anonymous, body: { body: 'x' } });
    expect(write.status).toBe(401);
    expect(write.body.message).toBe('Requires authentication');
    expect((await call('GET', `${gh.url}/user`, { headers: anonymous })).status).toBe(401);
    expect(gh.state.comments(REPO, 7)).toEqual([]);
  });

  it('takes the token as Bearer, as `token`, or as the password of Basic', async () => {
    const secret = gh.credentials.pat;
    for (const authorization of [`Bearer ${secret}`, `token ${secret}`, `Basic ${Buffer.from(`ci-person:${secret}`).toString('base64')}`]) {
      const res = await call('GET', `${gh.url}/user`, { headers: { ...gh.headers('pat'), authorization } });
      expect(res.body.login).toBe('ci-person');
    }
  });
});

describe('request headers', () => {
  it('answers 400 without X-GitHub-Api-Version and records the violation', async () => {
    const { 'x-github-api-version': _omitted, ...headers } = gh.headers('actions');
    const res = await call('GET', `${repoUrl}/pulls/7`, { headers });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('X-GitHub-Api-Version');
    expect(gh.violations).toEqual([expect.objectContaining({ spec: 'github', reason: 'header', errors: [expect.objectContaining({ pointer: 'x-github-api-version' })] })]);
  });

  it('answers 400 for a version GitHub does not have, in its words', async () => {
    const res = await call('GET', `${repoUrl}/pulls/7`, { headers: { ...gh.headers('actions'), 'x-github-api-version': 'v3' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^The version you specified in the "X-GitHub-Api-Version" request header, "v3", is not a supported version\./);
  });

  it('records a missing Accept: application/vnd.github+json but answers', async () => {
    const res = await call('GET', `${repoUrl}/pulls/7`, { headers: { ...gh.headers('actions'), accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(gh.violations).toEqual([expect.objectContaining({ reason: 'header', errors: [{ pointer: 'accept', message: `Accept is application/json, not ${GITHUB_MEDIA_TYPE}` }] })]);
  });

  it('drops merge_commit_sha, assignee and rate under API version 2026-03-10', async () => {
    const headers = { ...gh.headers('actions'), 'x-github-api-version': '2026-03-10' };
    const pr = await call('GET', `${repoUrl}/pulls/7`, { headers });
    expect(pr.body).not.toHaveProperty('merge_commit_sha');
    expect(pr.body).not.toHaveProperty('assignee');
    expect((await call('GET', `${repoUrl}/pulls/7`, as('actions'))).body).toHaveProperty('merge_commit_sha');
    const limits = await call('GET', `${gh.url}/rate_limit`, { headers });
    expect(limits.body).not.toHaveProperty('rate');
    expect(limits.body.resources.core).toMatchObject({ limit: 1000, resource: 'core' });
    expect(gh.violations).toEqual([]);
  });
});
