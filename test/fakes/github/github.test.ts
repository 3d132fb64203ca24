import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { call } from '../json-client.js';
import { fakeSha, sequentialRoundTrips, startGitHub, type GitHubFake, type GitHubToken } from './index.js';

const HEAD = fakeSha('feature-head');
const REPO = 'acme/widgets';

let gh: GitHubFake;
let repoUrl: string;

const as = (token: Parameters<GitHubFake['headers']>[0] = 'actions', body?: unknown) => ({ headers: gh.headers(token), ...(body === undefined ? {} : { body }) });

async function start(options: Parameters<typeof startGitHub>[0] = {}): Promise<void> {
  gh = await startGitHub(options);
  gh.state.addRepository({ owner: 'acme', name: 'widgets' });
  gh.state.addPullRequest(REPO, { number: 7, headRef: 'feature', headSha: HEAD, title: 'Feature' });
  repoUrl = `${gh.url}/repos/${REPO}`;
}

beforeEach(() => start());
afterEach(() => gh.close());

describe('base paths', () => {
  it('serves github.com style at the root, html_url on github.com', async () => {
    expect(new URL(gh.url).pathname).toBe('/');
    const pr = await call('GET', `${repoUrl}/pulls/7`, as());
    expect(pr.status).toBe(200);
    expect(pr.body.html_url).toBe('https://github.com/acme/widgets/pull/7');
    expect(pr.body.url).toBe(`${repoUrl}/pulls/7`);
  });

  it('serves GitHub Enterprise Server style below /api/v3, html_url on the same host', async () => {
    await gh.close();
    await start({ basePath: '/api/v3' });
    expect(gh.url).toBe(`${gh.origin}/api/v3`);
    const pr = await call('GET', `${repoUrl}/pulls/7`, as());
    expect(pr.status).toBe(200);
    expect(pr.body.html_url).toBe(`${gh.origin}/acme/widgets/pull/7`);
    expect((await call('GET', `${gh.origin}/repos/${REPO}/pulls/7`, as())).status).toBe(404);
  });
});

describe('finding the pull request', () => {
  it('returns head sha, ref and repository, base and state', async () => {
    const pr = await call('GET', `${repoUrl}/pulls/7`, as());
    expect(pr.body).toMatchObject({ number: 7, state: 'open', merged: false, draft: false, head: { ref: 'feature', sha: HEAD, repo: { full_name: REPO, fork: false } }, base: { ref: 'main' } });
    expect((await call('GET', `${repoUrl}/pulls/99`, as())).body).toEqual({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com'), status: '404' });
  });

  it('names a fork as the head repository', async () => {
    gh.state.addPullRequest(REPO, { number: 8, headRef: 'patch-1', headRepo: 'contributor/widgets' });
    const pr = await call('GET', `${repoUrl}/pulls/8`, as());
    expect(pr.body.head).toMatchObject({ label: 'contributor:patch-1', repo: { full_name: 'contributor/widgets', fork: true } });
    expect(pr.body.base.repo.full_name).toBe(REPO);
  });

  it('filters by head=owner:branch and state, and ignores a head without its owner like GitHub', async () => {
    gh.state.addPullRequest(REPO, { number: 8, headRef: 'other' });
    gh.state.addPullRequest(REPO, { number: 9, headRef: 'feature', state: 'closed' });
    gh.state.addPullRequest(REPO, { number: 10, headRef: 'feature', headRepo: 'contributor/widgets' });
    const numbers = async (query: string) => (await call('GET', `${repoUrl}/pulls?${query}`, as())).body.map((p: { number: number }) => p.number);
    expect(await numbers('head=acme:feature&state=open')).toEqual([7]);
    expect(await numbers('head=acme:feature&state=all')).toEqual([9, 7]);
    expect(await numbers('head=contributor:feature')).toEqual([10]);
    expect(await numbers('head=feature')).toEqual([10, 8, 7]);
    expect(await numbers('state=closed')).toEqual([9]);
  });

  it('finds pull requests by commit or branch name; merged ones by their merge commit', async () => {
    const older = fakeSha('older');
    gh.state.addPullRequest(REPO, { number: 8, headRef: 'done', merged: true, commits: [older], mergeCommitSha: fakeSha('merge-8') });
    const numbers = async (ref: string) => (await call('GET', `${repoUrl}/commits/${ref}/pulls`, as())).body.map((p: { number: number }) => p.number);
    expect(await numbers(HEAD)).toEqual([7]);
    expect(await numbers('feature')).toEqual([7]);
    expect(await numbers(older)).toEqual([8]);
    expect(await numbers(fakeSha('merge-8'))).toEqual([8]);
    expect((await call('GET', `${repoUrl}/commits/${fakeSha('nowhere')}/pulls`, as())).status).toBe(422);
  });

  it('answers 404 for an unknown repository', async () => {
    const res = await call('GET', `${gh.url}/repos/acme/nothing/pulls/7`, as());
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Not Found');
  });
});

describe('issue comments', () => {
  it('creates, reads, edits and deletes, with the author, html_url and ascending ids', async () => {
    const created = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: '<!-- pr-insights --> v1' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.url);
    expect(created.body).toMatchObject({ body: '<!-- pr-insights --> v1', user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: expect.stringMatching(/\/acme\/widgets\/pull\/7#issuecomment-\d+$/) });
    const second = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'two' }));
    expect(second.body.id).toBeGreaterThan(created.body.id);
    const edited = await call('PATCH', `${repoUrl}/issues/comments/${created.body.id}`, as('actions', { body: '<!-- pr-insights --> v2' }));
    expect(edited.status).toBe(200);
    expect((await call('GET', `${repoUrl}/issues/comments/${created.body.id}`, as())).body.body).toBe('<!-- pr-insights --> v2');
    expect((await call('DELETE', `${repoUrl}/issues/comments/${second.body.id}`, as())).status).toBe(204);
    expect((await call('GET', `${repoUrl}/issues/comments/${second.body.id}`, as())).status).toBe(404);
    expect(gh.state.comments(REPO, 7).map((c) => c.body)).toEqual(['<!-- pr-insights --> v2']);
  });

  it("keeps a person's comment with its author, next to the bot's", async () => {
    const theirs = gh.state.addComment(REPO, 7, { body: 'LGTM, but see the gate' });
    await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'report' }));
    const list = await call('GET', `${repoUrl}/issues/7/comments`, as());
    expect(list.body.map((c: { user: { login: string; type: string } }) => [c.user.login, c.user.type])).toEqual([
      ['octo-reviewer', 'User'],
      ['github-actions[bot]', 'Bot'],
    ]);
    expect(list.body[0]).toMatchObject({ id: theirs.id, body: 'LGTM, but see the gate', created_at: theirs.createdAt });
  });

  it('pages 30 by default, up to 100, with Link rel="next" and rel="last"', async () => {
    for (let i = 0; i < 65; i++) gh.state.addComment(REPO, 7, { body: `c${i}` });
    const first = await call('GET', `${repoUrl}/issues/7/comments`, as());
    expect(first.body).toHaveLength(30);
    const link = first.headers.get('link')!;
    expect(link).toContain(`<${repoUrl}/issues/7/comments?page=2>; rel="next"`);
    expect(link).toContain(`<${repoUrl}/issues/7/comments?page=3>; rel="last"`);
    const all = await call('GET', `${repoUrl}/issues/7/comments?per_page=500`, as());
    expect(all.body).toHaveLength(65);
    expect(all.headers.get('link')).toBeNull();
  });

  it('can force small pages so a test proves a client follows Link to the end', async () => {
    await gh.close();
    await start({ maxPerPage: 2 });
    for (let i = 0; i < 5; i++) gh.state.addComment(REPO, 7, { body: `c${i}` });
    const seen: string[] = [];
    let url: string | undefined = `${repoUrl}/issues/7/comments?per_page=100`;
    for (let pages = 0; url && pages < 10; pages++) {
      const page = await call('GET', url, as());
      seen.push(...page.body.map((c: { body: string }) => c.body));
      url = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
      if (url) expect(new URL(url).searchParams.get('per_page')).toBe('100');
    }
    expect(seen).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    const last = await call('GET', `${repoUrl}/issues/7/comments?page=3`, as());
    expect(last.headers.get('link')).toContain('rel="first"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('answers 404 for a comment on an unknown pull request', async () => {
    expect((await call('POST', `${repoUrl}/issues/99/comments`, as('actions', { body: 'x' }))).status).toBe(404);
    expect((await call('PATCH', `${repoUrl}/issues/comments/12345`, as('actions', { body: 'x' }))).status).toBe(404);
  });
});

describe('check runs', () => {
  const annotation = (n: number) => ({ path: 'src/a.ts', start_line: n, end_line: n, annotation_level: 'warning', message: `issue ${n}` });

  it('creates a run with its output and html_url, and links the open pull request of its head', async () => {
    const created = await call('POST', `${repoUrl}/check-runs`, as('actions', { name: 'SonarQube', head_sha: HEAD, external_id: 'sonar-1', status: 'in_progress', details_url: 'https://sonar.example.com', output: { title: 'Gate', summary: 'running' } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'SonarQube',
      head_sha: HEAD,
      external_id: 'sonar-1',
      status: 'in_progress',
      conclusion: null,
      details_url: 'https://sonar.example.com',
      html_url: `https://github.com/acme/widgets/runs/${created.body.id}`,
      output: { title: 'Gate', summary: 'running', text: null, annotations_count: 0 },
      app: { slug: 'github-actions' },
      pull_requests: [{ number: 7 }],
    });
  });

  it('appends the annotations of each PATCH and lists them all, paged', async () => {
    const run = await call('POST', `${repoUrl}/check-runs`, as('actions', { name: 'Gate', head_sha: HEAD, output: { title: 'T', summary: 'S', annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)) } }));
    const url = `${repoUrl}/check-runs/${run.body.id}`;
    const patched = await call('PATCH', url, as('actions', { output: { summary: 'S2', annotations: Array.from({ length: 30 }, (_, i) => annotation(i + 51)) } }));
    expect(patched.status).toBe(200);
    const done = await call('PATCH', url, as('actions', { conclusion: 'failure', output: { title: 'Failed', summary: 'S3', text: 'details' } }));
    expect(done.body).toMatchObject({ status: 'completed', conclusion: 'failure', completed_at: expect.any(String), output: { title: 'Failed', summary: 'S3', text: 'details', annotations_count: 80 } });
    expect(gh.state.checkRun(REPO, run.body.id)?.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    const first = await call('GET', `${url}/annotations?per_page=50`, as());
    expect(first.body).toHaveLength(50);
    expect(first.body[0]).toMatchObject({ path: 'src/a.ts', title: null, raw_details: null, blob_href: `https://github.com/acme/widgets/blob/${HEAD}/src/a.ts` });
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link')!)![1]!;
    expect((await call('GET', next, as())).body).toHaveLength(30);
  });

  it('lists runs for a ref, the latest of each name unless filter=all', async () => {
    for (const name of ['Gate', 'Gate', 'Diff']) await call('POST', `${repoUrl}/check-runs`, as('actions', { name, head_sha: HEAD }));
    const latest = await call('GET', `${repoUrl}/commits/${HEAD}/check-runs`, as());
    expect(latest.body.total_count).toBe(2);
    expect(latest.body.check_runs.map((r: { name: string }) => r.name)).toEqual(['Diff', 'Gate']);
    expect((await call('GET', `${repoUrl}/commits/feature/check-runs?filter=all`, as())).body.total_count).toBe(3);
    expect((await call('GET', `${repoUrl}/commits/${HEAD}/check-runs?check_name=Gate`, as())).body.total_count).toBe(1);
  });

  it('answers 404 for an unknown check run', async () => {
    expect((await call('GET', `${repoUrl}/check-runs/42`, as())).status).toBe(404);
    expect((await call('PATCH', `${repoUrl}/check-runs/42`, as('actions', { status: 'in_progress' }))).status).toBe(404);
  });
});

describe('commit statuses', () => {
  it('creates with 201 and Location; the newest status of a context wins, contexts compared case-insensitively', async () => {
    const post = (body: Record<string, unknown>) => call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', body));
    const first = await post({ state: 'pending', context: 'pr-insights/sonarqube', description: 'waiting' });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`${repoUrl}/statuses/${HEAD}`);
    expect(first.body).toMatchObject({ state: 'pending', context: 'pr-insights/sonarqube', creator: { login: 'github-actions[bot]' } });
    await post({ state: 'success', context: 'ci/build' });
    await post({ state: 'failure', context: 'PR-Insights/SonarQube', target_url: 'https://sonar.example.com' });
    const combined = await call('GET', `${repoUrl}/commits/${HEAD}/status`, as());
    expect(combined.body).toMatchObject({ state: 'failure', sha: HEAD, total_count: 2 });
    expect(combined.body.statuses.map((s: { context: string; state: string }) => `${s.context}=${s.state}`)).toEqual(['PR-Insights/SonarQube=failure', 'ci/build=success']);
    const list = await call('GET', `${repoUrl}/commits/feature/statuses`, as());
    expect(list.body.map((s: { state: string }) => s.state)).toEqual(['failure', 'success', 'pending']);
    expect(gh.state.latestStatuses(REPO, HEAD)).toHaveLength(2);
  });

  it('is pending with no statuses and success when every context succeeded', async () => {
    expect((await call('GET', `${repoUrl}/commits/${HEAD}/status`, as())).body).toMatchObject({ state: 'pending', total_count: 0 });
    await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success' }));
    expect((await call('GET', `${repoUrl}/commits/${HEAD}/status`, as())).body).toMatchObject({ state: 'success', statuses: [{ context: 'default' }] });
  });

  it('refuses a short sha and a commit the repository does not have, in the words GitHub uses', async () => {
    const short = await call('POST', `${repoUrl}/statuses/${HEAD.slice(0, 12)}`, as('actions', { state: 'success' }));
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([{ resource: 'Status', code: 'custom', field: 'sha', message: 'sha must be a 40 character SHA1' }]);
    const unknown = await call('POST', `${repoUrl}/statuses/${fakeSha('merge-commit')}`, as('actions', { state: 'success' }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toBe(`No commit found for SHA: ${fakeSha('merge-commit')}`);
  });
});

describe('shared machinery', () => {
  it('logs every request with its operation and caller, never the token', async () => {
    await call('GET', `${repoUrl}/pulls/7`, as('actions'));
    await call('POST', `${repoUrl}/issues/7/comments`, as('pat', { body: 'hi' }));
    expect(gh.requests.map((r) => [r.operation, r.identity, r.status])).toEqual([
      ['pulls.get', 'github-actions[bot]', 200],
      ['comments.create', 'ci-person', 201],
    ]);
    const log = JSON.stringify(gh.requests);
    for (const secret of Object.values(gh.credentials)) expect(log).not.toContain(secret);
  });

  it('applies the shared faults: server error, reset after handling, latency', async () => {
    gh.setFault({ kind: 'server-error', status: 502, match: { operation: 'comments.create' } });
    const failed = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x' }));
    expect(failed.status).toBe(502);
    expect(failed.body.message).toContain('502');
    gh.setFault({ kind: 'reset', afterHandling: true, match: { method: 'POST' } });
    await expect(call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'took effect' }))).rejects.toThrow();
    expect(gh.state.comments(REPO, 7).map((c) => c.body)).toEqual(['took effect']);
    const slow = gh.setFault({ kind: 'latency', ms: 5, times: 1 });
    expect((await call('GET', `${repoUrl}/pulls/7`, as())).status).toBe(200);
    expect(slow.triggered).toBe(1);
  });

  it('hangs until the client gives up', async () => {
    gh.setFault({ kind: 'hang', match: { path: '/repos/{owner}/{repo}/pulls/{pull_number}' } });
    const controller = new AbortController();
    const pending = fetch(`${repoUrl}/pulls/7`, { headers: gh.headers('actions'), signal: controller.signal });
    for (let i = 0; i < 100 && gh.requests.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('counts sequential round trips from the request log', async () => {
    await call('GET', `${repoUrl}/pulls/7`, as());
    await Promise.all([call('GET', `${repoUrl}/issues/7/comments`, as()), call('GET', `${repoUrl}/commits/${HEAD}/status`, as())]);
    expect(sequentialRoundTrips(gh.requests)).toBeGreaterThanOrEqual(2);
    expect(sequentialRoundTrips(gh.requests)).toBeLessThanOrEqual(3);
  });
});

describe('seeded tokens', () => {
  it('takes tokens added by a test', async () => {
    const token: GitHubToken = { token: 'another-app-token', kind: 'app', account: { login: 'other-app[bot]', id: 4242, type: 'Bot' }, installationId: 99 };
    gh.addToken(token);
    const res = await call('POST', `${repoUrl}/issues/7/comments`, as(token, { body: 'from another app' }));
    expect(res.body.user).toMatchObject({ login: 'other-app[bot]', type: 'Bot' });
  });
});
