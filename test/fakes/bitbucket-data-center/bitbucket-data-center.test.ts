import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DC_OTHER_USER, startBitbucketDataCenter, type BitbucketDataCenterFake } from './index.js';
import { call } from '../json-client.js';
import { fakeSha } from '../sha.js';
import { specsAvailable } from '../spec-validator.js';

const SHA = fakeSha('dc-feature-head');
const REPO = 'PRJ/repo';

let dc: BitbucketDataCenterFake;
let api: string;
let insights: string;
let bot: { authorization: string };

beforeEach(async () => {
  dc = await startBitbucketDataCenter({ contextPath: '/bitbucket' });
  dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
  dc.state.addPullRequest(REPO, { id: 3, fromBranch: 'feature', fromCommit: SHA, title: 'Feature' });
  api = `${dc.url}/rest/api/latest/projects/PRJ/repos/repo`;
  insights = `${dc.url}/rest/insights/latest/projects/PRJ/repos/repo/commits/${SHA}`;
  bot = { authorization: dc.authorization.bearer };
});

afterEach(async () => {
  await dc.close();
});

describe('context path, auth and errors', () => {
  it('serves under the context path only, with 1.0 and latest alike', async () => {
    expect(dc.url).toMatch(/\/bitbucket$/);
    expect((await call('GET', `${api}/pull-requests/3`, bot)).status).toBe(200);
    expect((await call('GET', `${dc.url}/rest/api/1.0/projects/PRJ/repos/repo/pull-requests/3`, bot)).status).toBe(200);
    expect((await call('GET', `${dc.origin}/rest/api/latest/projects/PRJ/repos/repo/pull-requests/3`, bot)).status).toBe(404);
  });

  it('answers 401 in the errors[] shape for missing auth, bad credentials and insufficient permission', async () => {
    const missing = await call('GET', `${api}/pull-requests/3`);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ errors: [{ context: null, message: expect.any(String), exceptionName: 'com.atlassian.bitbucket.AuthorisationException' }] });
    expect((await call('GET', `${api}/pull-requests/3`, { authorization: 'Basic ' + Buffer.from('ci-user:wrong').toString('base64') })).status).toBe(401);
    dc.addIdentity({ user: { id: 9, name: 'lic', slug: 'lic', displayName: 'Licensed only' }, bearer: 'licensed', permission: 'LICENSED' });
    expect((await call('GET', `${api}/pull-requests/3`, { authorization: 'Bearer licensed' })).status).toBe(401);
    expect((await call('GET', `${api}/pull-requests/3`, { authorization: dc.authorization.basic })).status).toBe(200);
  });

  it('answers 404 for unknown projects and repositories', async () => {
    const res = await call('GET', `${dc.url}/rest/api/latest/projects/NOPE/repos/repo/pull-requests/3`, bot);
    expect(res.status).toBe(404);
    expect(res.body.errors[0].exceptionName).toBe('com.atlassian.bitbucket.project.NoSuchProjectException');
  });

  it('serves personal repositories under ~user', async () => {
    dc.state.addRepository({ project: '~jdoe', slug: 'dotfiles' });
    dc.state.addPullRequest('~jdoe/dotfiles', { id: 1, fromBranch: 'tweak' });
    expect(dc.repositoryUrl('~jdoe', 'dotfiles')).toBe(`${dc.url}/users/jdoe/repos/dotfiles`);
    const pr = await call('GET', `${dc.url}/rest/api/latest/projects/~JDOE/repos/dotfiles/pull-requests/1`, bot);
    expect(pr.status).toBe(200);
    expect(pr.body.toRef.repository.project).toMatchObject({ key: '~jdoe', type: 'PERSONAL' });
  });
});

describe('finding the pull request', () => {
  it('returns full SHAs and fully qualified refs', async () => {
    const pr = await call('GET', `${api}/pull-requests/3`, bot);
    expect(pr.body).toMatchObject({ id: 3, version: 0, state: 'OPEN', fromRef: { id: 'refs/heads/feature', displayId: 'feature', latestCommit: SHA } });
  });

  it('lists by at/direction/state', async () => {
    dc.state.addPullRequest(REPO, { id: 4, fromBranch: 'feature', state: 'MERGED' });
    dc.state.addPullRequest(REPO, { id: 5, fromBranch: 'main', toBranch: 'feature' });
    const ids = async (query: string) => (await call('GET', `${api}/pull-requests?${query}`, bot)).body.values.map((p: { id: number }) => p.id);
    expect(await ids('at=refs/heads/feature&direction=OUTGOING&state=OPEN')).toEqual([3]);
    expect(await ids('at=refs/heads/feature&direction=OUTGOING&state=ALL')).toEqual([4, 3]);
    expect(await ids('at=refs/heads/feature')).toEqual([5]);
  });

  it('finds PRs by commit', async () => {
    const res = await call('GET', `${api}/commits/${SHA}/pull-requests`, bot);
    expect(res.body).toMatchObject({ isLastPage: true, start: 0, values: [expect.objectContaining({ id: 3 })] });
  });
});

describe('comments', () => {
  it('creates, updates with optimistic locking and deletes by version', async () => {
    const created = await call('POST', `${api}/pull-requests/3/comments`, { ...bot, body: { text: 'v1' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ text: 'v1', version: 0, author: { slug: 'repo-token-bot' } });
    const url = `${api}/pull-requests/3/comments/${created.body.id}`;
    const updated = await call('PUT', url, { ...bot, body: { text: 'v2', version: 0 } });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(1);
    const stale = await call('PUT', url, { ...bot, body: { text: 'v3', version: 0 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ errors: [{ context: null, message: expect.any(String), exceptionName: 'com.atlassian.bitbucket.comment.CommentOutOfDateException' }] });
    expect((await call('DELETE', `${url}?version=0`, bot)).status).toBe(409);
    expect((await call('DELETE', `${url}?version=1`, bot)).status).toBe(204);
    expect(dc.state.comments(REPO, 3)).toEqual([]);
  });

  it("refuses to edit another user's comment with 401", async () => {
    const theirs = dc.state.addComment(REPO, 3, { text: 'theirs', author: DC_OTHER_USER });
    const res = await call('PUT', `${api}/pull-requests/3/comments/${theirs.id}`, { ...bot, body: { text: 'mine', version: 0 } });
    expect(res.status).toBe(401);
  });

  it('rejects text of 32768 characters or more with the observed message', async () => {
    const res = await call('POST', `${api}/pull-requests/3/comments`, { ...bot, body: { text: 'x'.repeat(32768) } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ context: 'text', message: 'Please enter a non-empty value less than 32768 characters', exceptionName: null }] });
    expect((await call('POST', `${api}/pull-requests/3/comments`, { ...bot, body: { text: 'x'.repeat(32767) } })).status).toBe(201);
  });

  it('refuses /comments without path, and lists general comments through paged activities', async () => {
    expect((await call('GET', `${api}/pull-requests/3/comments`, bot)).status).toBe(400);
    for (let i = 0; i < 12; i++) dc.state.addComment(REPO, 3, { text: `c${i}` });
    const texts: string[] = [];
    let start: number | undefined = 0;
    let pages = 0;
    while (start !== undefined) {
      const page = await call('GET', `${api}/pull-requests/3/activities?start=${start}`, bot);
      expect(page.body.limit).toBe(5);
      for (const a of page.body.values) if (a.action === 'COMMENTED') texts.push(a.comment.text);
      start = page.body.isLastPage ? undefined : page.body.nextPageStart;
      pages++;
    }
    expect(pages).toBe(3); // 12 comments + the OPENED activity
    expect(texts).toEqual(Array.from({ length: 12 }, (_, i) => `c${11 - i}`)); // newest first
    const capped = await call('GET', `${api}/pull-requests/3/activities?limit=1000`, bot);
    expect(capped.body).toMatchObject({ limit: 10, size: 10, isLastPage: false, nextPageStart: 10 });
  });
});

describe('Code Insights', () => {
  const report = { title: 'Quality gate', result: 'FAIL', data: [{ title: 'Dashboard', type: 'LINK', value: { linktext: 'open', href: 'https://sonar.example.com' } }] };
  const annotation = (n: number) => ({ externalId: `a${n}`, message: `issue ${n}`, severity: 'HIGH', path: 'src/a.ts', line: n });

  it('puts, gets and deletes a report, taking its annotations with it', async () => {
    const put = await call('PUT', `${insights}/reports/com.example.gate`, { ...bot, body: report });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ key: 'com.example.gate', title: 'Quality gate', result: 'FAIL' });
    expect((await call('POST', `${insights}/reports/com.example.gate/annotations`, { ...bot, body: { annotations: [annotation(1), annotation(2)] } })).status).toBe(204);
    expect((await call('GET', `${insights}/reports/com.example.gate/annotations`, bot)).body.annotations).toHaveLength(2);
    expect((await call('DELETE', `${insights}/reports/com.example.gate`, bot)).status).toBe(204);
    expect((await call('GET', `${insights}/reports/com.example.gate`, bot)).status).toBe(404);
    expect(dc.state.report(REPO, SHA, 'com.example.gate')).toBeUndefined();
  });

  it('requires a full 40-hex commit id', async () => {
    const res = await call('PUT', `${dc.url}/rest/insights/1.0/projects/PRJ/repos/repo/commits/${SHA.slice(0, 12)}/reports/k`, { ...bot, body: report });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].context).toBe('commitId');
  });

  it.each([
    ['a title over 450', { ...report, title: 't'.repeat(451) }],
    ['details over 2000', { ...report, details: 'd'.repeat(2001) }],
    ['more than 6 data items', { ...report, data: Array.from({ length: 7 }, (_, i) => ({ title: `d${i}`, type: 'NUMBER', value: i })) }],
    ['a LINK in Cloud form', { ...report, data: [{ title: 'l', type: 'LINK', value: { text: 'x', href: 'https://x.example' } }] }],
    ['result PASSED', { ...report, result: 'PASSED' }],
    ['no title', { data: [] }],
  ])('rejects a report with %s (spec or no spec)', async (_name, body) => {
    await dc.close();
    dc = await startBitbucketDataCenter({ specs: false });
    dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
    const res = await call('PUT', `${dc.url}/rest/insights/latest/projects/PRJ/repos/repo/commits/${SHA}/reports/k`, { authorization: dc.authorization.bearer, body });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({ context: expect.any(String), message: expect.any(String), exceptionName: null });
  });

  it('rejects a report key over 50 characters', async () => {
    expect((await call('PUT', `${insights}/reports/${'k'.repeat(51)}`, { ...bot, body: report })).status).toBe(400);
  });

  it('lets only the creator replace a report or add annotations (401)', async () => {
    await call('PUT', `${insights}/reports/k`, { ...bot, body: report });
    expect((await call('PUT', `${insights}/reports/k`, { authorization: dc.authorization.basic, body: report })).status).toBe(401);
    expect((await call('POST', `${insights}/reports/k/annotations`, { authorization: dc.authorization.basic, body: { annotations: [annotation(1)] } })).status).toBe(401);
  });

  it('needs the report before annotations (404)', async () => {
    expect((await call('POST', `${insights}/reports/none/annotations`, { ...bot, body: { annotations: [annotation(1)] } })).status).toBe(404);
  });

  it('rejects the whole request past 1000 annotations per report', async () => {
    await call('PUT', `${insights}/reports/k`, { ...bot, body: report });
    const url = `${insights}/reports/k/annotations`;
    expect((await call('POST', url, { ...bot, body: { annotations: Array.from({ length: 999 }, (_, i) => annotation(i)) } })).status).toBe(204);
    const over = await call('POST', url, { ...bot, body: { annotations: [annotation(1000), annotation(1001)] } });
    expect(over.status).toBe(400);
    expect(dc.state.annotations(REPO, SHA, 'k')).toHaveLength(999);
    expect((await call('POST', url, { ...bot, body: { annotations: [annotation(1000)] } })).status).toBe(204);
  });

  it('rejects a message over 2000 characters', async () => {
    await call('PUT', `${insights}/reports/k`, { ...bot, body: report });
    const res = await call('POST', `${insights}/reports/k/annotations`, { ...bot, body: { annotations: [{ message: 'm'.repeat(2001), severity: 'LOW' }] } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].context).toBe('annotations[0].message');
  });

  it('deletes annotations by externalId or all, and does not de-duplicate', async () => {
    await call('PUT', `${insights}/reports/k`, { ...bot, body: report });
    const url = `${insights}/reports/k/annotations`;
    await call('POST', url, { ...bot, body: { annotations: [annotation(1), annotation(2), annotation(3)] } });
    await call('POST', url, { ...bot, body: { annotations: [annotation(1)] } });
    expect(dc.state.annotations(REPO, SHA, 'k')).toHaveLength(4);
    expect((await call('DELETE', `${url}?externalId=a1&externalId=a2`, bot)).status).toBe(204);
    expect(dc.state.annotations(REPO, SHA, 'k').map((a) => a['externalId'])).toEqual(['a3']);
    await call('DELETE', url, bot);
    expect(dc.state.annotations(REPO, SHA, 'k')).toEqual([]);
  });
});

describe('build status', () => {
  const build = { key: 'pr-insights', state: 'SUCCESSFUL', url: 'https://ci.example/1', name: 'Quality gate' };

  it('stores with 204 on the 7.14+ resource and overwrites by key', async () => {
    expect((await call('POST', `${api}/commits/${SHA}/builds`, { ...bot, body: build })).status).toBe(204);
    expect((await call('POST', `${api}/commits/${SHA}/builds`, { ...bot, body: { ...build, state: 'FAILED' } })).status).toBe(204);
    expect(dc.state.builds(SHA)).toHaveLength(1);
    expect(dc.state.buildStatus(SHA, 'pr-insights')?.fields['state']).toBe('FAILED');
    expect((await call('GET', `${api}/commits/${SHA}/builds?key=pr-insights`, bot)).body.state).toBe('FAILED');
  });

  it.each([
    ['a key over 255', { ...build, key: 'k'.repeat(256) }],
    ['a url over 450', { ...build, url: `https://ci.example/${'u'.repeat(440)}` }],
    ['no url', { key: 'k', state: 'SUCCESSFUL' }],
  ])('rejects %s', async (_name, body) => {
    const res = await call('POST', `${api}/commits/${SHA}/builds`, { ...bot, body });
    expect(res.status).toBe(400);
    expect(res.body.errors.length).toBeGreaterThan(0);
  });

  it('on a server older than 7.14 answers 404 there and stores only through build-status/1.0', async () => {
    await dc.close();
    dc = await startBitbucketDataCenter({ legacyBuildStatusOnly: true });
    dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
    const auth = { authorization: dc.authorization.bearer };
    expect((await call('POST', `${dc.url}/rest/api/latest/projects/PRJ/repos/repo/commits/${SHA}/builds`, { ...auth, body: build })).status).toBe(404);
    expect((await call('POST', `${dc.url}/rest/build-status/1.0/commits/${SHA}`, { ...auth, body: build })).status).toBe(204);
    expect((await call('POST', `${dc.url}/rest/build-status/1.0/commits/${SHA.slice(0, 10)}`, { ...auth, body: build })).status).toBe(400);
    expect(dc.state.buildStatus(SHA, 'pr-insights')?.fields['url']).toBe('https://ci.example/1');
  });
});

const SPECS = specsAvailable();
const specIt = SPECS ? it : it.skip;
describe(SPECS ? 'spec validation' : 'spec validation (skipped: ../shared/specs is absent)', () => {
  specIt('accepts a correct body for every write operation', async () => {
    const ok = (res: { status: number }) => expect(res.status).toBeLessThan(300);
    const c = await call('POST', `${api}/pull-requests/3/comments`, { ...bot, body: { text: 'hello' } });
    ok(c);
    ok(await call('POST', `${api}/pull-requests/3/comments`, { ...bot, body: { text: 'reply', parent: { id: c.body.id } } }));
    ok(await call('PUT', `${api}/pull-requests/3/comments/${c.body.id}`, { ...bot, body: { text: 'hello again', version: 0 } }));
    ok(
      await call('PUT', `${insights}/reports/com.example.gate`, {
        ...bot,
        body: {
          title: 'Quality gate',
          details: 'Failed',
          result: 'FAIL',
          reporter: 'pr-insights',
          link: 'https://sonar.example.com/dashboard',
          logoUrl: 'https://sonar.example.com/logo.png',
          data: [
            { title: 'Bugs', type: 'NUMBER', value: 3 },
            { title: 'Coverage', type: 'PERCENTAGE', value: 81.5 },
            { title: 'Passed', type: 'BOOLEAN', value: false },
            { title: 'Analysed', type: 'DATE', value: 1700000000000 },
            { title: 'Gate', type: 'TEXT', value: 'ERROR' },
            { title: 'Dashboard', type: 'LINK', value: { linktext: 'SonarQube', href: 'https://sonar.example.com' } },
          ],
        },
      }),
    );
    ok(
      await call('POST', `${insights}/reports/com.example.gate/annotations`, {
        ...bot,
        body: { annotations: [{ externalId: 'a1', message: 'Null dereference', severity: 'HIGH', type: 'BUG', path: 'src/a.ts', line: 0, link: 'https://sonar.example.com/i/1' }] },
      }),
    );
    ok(await call('PUT', `${insights}/reports/com.example.gate/annotations/a2`, { ...bot, body: { message: 'Smell', severity: 'LOW', type: 'CODE_SMELL' } }));
    ok(
      await call('POST', `${api}/commits/${SHA}/builds`, {
        ...bot,
        body: { key: 'pr-insights', state: 'SUCCESSFUL', url: 'https://ci.example/1', name: 'Gate', description: 'Passed', buildNumber: '12', ref: 'refs/heads/feature', duration: 1000, parent: 'pr-insights' },
      }),
    );
    ok(await call('POST', `${dc.url}/rest/build-status/1.0/commits/${SHA}`, { ...bot, body: { key: 'legacy', state: 'FAILED', url: 'https://ci.example/2', name: 'Gate', description: 'Failed' } }));
    expect(dc.violations).toEqual([]);
  });

  specIt('rejects result PASSED, which the spec pattern alone would let through (quirk 4)', async () => {
    const res = await call('PUT', `${insights}/reports/k`, { ...bot, body: { title: 't', data: [], result: 'PASSED' } });
    expect(res.status).toBe(400);
    expect(dc.violations).toEqual([expect.objectContaining({ reason: 'schema', operation: 'setACodeInsightsReport', errors: [expect.objectContaining({ pointer: '/result' })] })]);
    expect(res.body.errors[0].context).toBe('result');
  });

  specIt('keeps data required (quirk 5) and severity an enum', async () => {
    await call('PUT', `${insights}/reports/k`, { ...bot, body: { title: 't' } });
    await call('PUT', `${insights}/reports/k`, { ...bot, body: { title: 't', data: [] } });
    await call('POST', `${insights}/reports/k/annotations`, { ...bot, body: { annotations: [{ message: 'm', severity: 'CRITICAL' }] } });
    expect(dc.violations.map((v) => [v.operation, v.errors[0]?.pointer])).toEqual([
      ['setACodeInsightsReport', ''],
      ['addAnnotations', '/annotations/0/severity'],
    ]);
  });

  specIt('records a body sent to an operation the spec does not describe', async () => {
    await call('POST', `${api}/pull-requests/3/approve`, { ...bot, body: {} });
    expect(dc.violations).toEqual([expect.objectContaining({ reason: 'unknown-operation' })]);
  });
});
