import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { basicAuthorization } from '../auth.js';
import { CLOUD_OTHER_USER, startBitbucketCloud, type BitbucketCloudFake } from './index.js';
import { call } from '../json-client.js';
import { fakeSha } from '../sha.js';
import { specsAvailable } from '../spec-validator.js';

const SHA = fakeSha('feature-head');
const REPO = 'acme/widgets';

let cloud: BitbucketCloudFake;
let base: string;
let bot: { authorization: string };

beforeEach(async () => {
  cloud = await startBitbucketCloud();
  cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
  cloud.state.addPullRequest(REPO, { id: 7, sourceBranch: 'feature', sourceCommit: SHA, title: 'Feature' });
  base = `${cloud.url}/repositories/${REPO}`;
  bot = { authorization: cloud.authorization.bearer };
});

afterEach(async () => {
  await cloud.close();
});

describe('authentication and scopes', () => {
  it('answers 401 without credentials and for unknown ones', async () => {
    expect((await call('GET', `${base}/pullrequests/7`)).status).toBe(401);
    const wrong = await call('GET', `${base}/pullrequests/7`, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ type: 'error', error: { message: expect.any(String) } });
  });

  it('takes Basic email:api-token as a person and Bearer as the bot', async () => {
    const asUser = await call('POST', `${base}/pullrequests/7/comments`, { authorization: cloud.authorization.basic, body: { content: { raw: 'hi' } } });
    const asBot = await call('POST', `${base}/pullrequests/7/comments`, { ...bot, body: { content: { raw: 'hi' } } });
    expect(asUser.body.user.display_name).toBe('Dev Eloper');
    expect(asBot.body.user.display_name).toBe('pr-insights access token');
  });

  it('refuses a comment write with 403 when the token lacks the scope', async () => {
    cloud.addIdentity({ user: { uuid: '{r}', display_name: 'repo-only' }, bearer: 'repo-only', scopes: ['repository:write'] });
    const denied = await call('POST', `${base}/pullrequests/7/comments`, { authorization: 'Bearer repo-only', body: { content: { raw: 'x' } } });
    expect(denied.status).toBe(403);
    // repository scope is enough for Code Insights
    const report = await call('PUT', `${base}/commit/${SHA}/reports/r1`, { authorization: 'Bearer repo-only', body: { title: 'T', data: [] } });
    expect(report.status).toBe(200);
  });

  it('lets a test require pullrequest:write for comment writes', async () => {
    await cloud.close();
    cloud = await startBitbucketCloud({ scopeRequirements: { 'comments.create': 'pullrequest:write' } });
    cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
    cloud.state.addPullRequest(REPO, { id: 7, sourceBranch: 'feature' });
    cloud.addIdentity({ user: { uuid: '{p}', display_name: 'read-pr' }, bearer: 'read-pr', scopes: ['pullrequest'] });
    cloud.addIdentity({ user: { uuid: '{w}', display_name: 'write-pr' }, bearer: 'write-pr', scopes: ['pullrequest:write'] });
    const url = `${cloud.url}/repositories/${REPO}/pullrequests/7/comments`;
    expect((await call('POST', url, { authorization: 'Bearer read-pr', body: { content: { raw: 'x' } } })).status).toBe(403);
    expect((await call('POST', url, { authorization: 'Bearer write-pr', body: { content: { raw: 'x' } } })).status).toBe(201);
  });

  it('logs the kind of credentials, never the secret', async () => {
    await call('GET', `${base}/pullrequests/7`, bot);
    await call('GET', `${base}/pullrequests/7`, { authorization: cloud.authorization.basic });
    expect(cloud.requests.map((r) => r.auth)).toEqual(['bearer', 'basic']);
    const log = JSON.stringify(cloud.requests);
    expect(log).not.toContain(cloud.credentials.bearer);
    expect(log).not.toContain(cloud.credentials.basic.password);
    expect(log).not.toContain(basicAuthorization(cloud.credentials.basic).slice(6));
  });
});

describe('finding the pull request', () => {
  it('returns the source commit hash abbreviated to 12 characters', async () => {
    const pr = await call('GET', `${base}/pullrequests/7`, bot);
    expect(pr.status).toBe(200);
    expect(pr.body.source.commit.hash).toBe(SHA.slice(0, 12));
    expect(pr.body.source.branch.name).toBe('feature');
    expect(pr.body.destination.branch.name).toBe('main');
  });

  it('filters by q source.branch.name and state, OPEN only by default', async () => {
    cloud.state.addPullRequest(REPO, { id: 8, sourceBranch: 'feature', state: 'DECLINED' });
    cloud.state.addPullRequest(REPO, { id: 9, sourceBranch: 'other' });
    const q = encodeURIComponent('source.branch.name="feature" AND state="OPEN"');
    expect((await call('GET', `${base}/pullrequests?q=${q}`, bot)).body.values.map((p: { id: number }) => p.id)).toEqual([7]);
    const byBranch = encodeURIComponent('source.branch.name="feature"');
    expect((await call('GET', `${base}/pullrequests?q=${byBranch}`, bot)).body.values.map((p: { id: number }) => p.id)).toEqual([7]);
    expect((await call('GET', `${base}/pullrequests?q=${byBranch}&state=DECLINED`, bot)).body.values.map((p: { id: number }) => p.id)).toEqual([8]);
    expect((await call('GET', `${base}/pullrequests?q=${encodeURIComponent('source.branch.name=feature')}`, bot)).status).toBe(400);
  });

  it('finds PRs by commit, by full or short SHA', async () => {
    const full = await call('GET', `${base}/commit/${SHA}/pullrequests`, bot);
    expect(full.body.values.map((p: { id: number }) => p.id)).toEqual([7]);
    expect((await call('GET', `${base}/commit/${SHA.slice(0, 12)}/pullrequests`, bot)).body.values).toHaveLength(1);
  });

  it('answers 202 or 404 while commit links are indexing, then 200', async () => {
    const repo = cloud.state.mustRepository(REPO);
    repo.commitLinks = 'indexing-202';
    repo.commitLinksIndexedAfter = 1;
    const first = await call('GET', `${base}/commit/${SHA}/pullrequests`, bot);
    expect(first.status).toBe(202);
    expect(first.body.values).toEqual([]);
    expect((await call('GET', `${base}/commit/${SHA}/pullrequests`, bot)).status).toBe(200);
    repo.commitLinks = 'missing-404';
    const missing = await call('GET', `${base}/commit/${SHA}/pullrequests`, bot);
    expect(missing.status).toBe(404);
    expect(missing.body.type).toBe('error');
  });
});

describe('comments', () => {
  it('creates, reads, updates and deletes; deleted comments stay listed', async () => {
    const created = await call('POST', `${base}/pullrequests/7/comments`, { ...bot, body: { content: { raw: '<!-- marker --> v1' } } });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    expect(created.body.user.uuid).toBe('{b0b0b0b0-0000-4000-8000-00000000b0b0}');
    const updated = await call('PUT', `${base}/pullrequests/7/comments/${id}`, { ...bot, body: { content: { raw: '<!-- marker --> v2' } } });
    expect(updated.status).toBe(200);
    expect(cloud.state.comments(REPO, 7)[0]?.raw).toBe('<!-- marker --> v2');
    expect((await call('DELETE', `${base}/pullrequests/7/comments/${id}`, bot)).status).toBe(204);
    const list = await call('GET', `${base}/pullrequests/7/comments`, bot);
    expect(list.body.values).toEqual([expect.objectContaining({ id, deleted: true })]);
    expect((await call('PUT', `${base}/pullrequests/7/comments/${id}`, { ...bot, body: { content: { raw: 'again' } } })).status).toBe(404);
  });

  it("refuses to edit or delete another user's comment with 403", async () => {
    const theirs = cloud.state.addComment(REPO, 7, { raw: 'not yours', user: CLOUD_OTHER_USER });
    expect((await call('PUT', `${base}/pullrequests/7/comments/${theirs.id}`, { ...bot, body: { content: { raw: 'mine now' } } })).status).toBe(403);
    expect((await call('DELETE', `${base}/pullrequests/7/comments/${theirs.id}`, bot)).status).toBe(403);
  });

  it('pages 10 at a time with an opaque next URL to follow verbatim', async () => {
    for (let i = 0; i < 23; i++) cloud.state.addComment(REPO, 7, { raw: `c${i}` });
    const seen: string[] = [];
    let url: string | undefined = `${base}/pullrequests/7/comments`;
    let pages = 0;
    while (url) {
      const page = await call('GET', url, bot);
      expect(page.status).toBe(200);
      seen.push(...page.body.values.map((c: { content: { raw: string } }) => c.content.raw));
      url = page.body.next;
      if (url) expect(new URL(url).searchParams.get('page')).not.toMatch(/^\d+$/);
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `c${i}`));
    expect((await call('GET', `${base}/pullrequests/7/comments?pagelen=50`, bot)).body.values).toHaveLength(23);
  });

  it('answers an over-long comment with the observed HTML 400 when a limit is set', async () => {
    await cloud.close();
    cloud = await startBitbucketCloud({ maxCommentLength: 10 });
    cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
    cloud.state.addPullRequest(REPO, { id: 7, sourceBranch: 'feature' });
    const res = await call('POST', `${cloud.url}/repositories/${REPO}/pullrequests/7/comments`, { authorization: cloud.authorization.bearer, body: { content: { raw: 'x'.repeat(11) } } });
    expect(res.status).toBe(400);
    expect(res.body).toBe('<h1>Bad Request (400)</h1>');
  });
});

describe('Code Insights', () => {
  const report = { title: 'Quality gate', details: 'd', report_type: 'BUG', result: 'FAILED', data: [{ title: 'Link', type: 'LINK', value: { text: 'open', href: 'https://sonar.example.com' } }] };
  const annotation = (n: number) => ({ external_id: `a-${n}`, summary: `issue ${n}`, annotation_type: 'BUG', severity: 'HIGH', path: 'src/a.ts', line: n + 1 });

  it('puts, gets and deletes a report; deleting removes its annotations', async () => {
    const put = await call('PUT', `${base}/commit/${SHA}/reports/sonarqube`, { ...bot, body: report });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ type: 'report', external_id: 'sonarqube', title: 'Quality gate', uuid: expect.stringMatching(/^\{.+\}$/) });
    expect((await call('POST', `${base}/commit/${SHA}/reports/sonarqube/annotations`, { ...bot, body: [annotation(1)] })).status).toBe(200);
    expect((await call('GET', `${base}/commit/${SHA}/reports/sonarqube`, bot)).body.title).toBe('Quality gate');
    expect((await call('DELETE', `${base}/commit/${SHA}/reports/sonarqube`, bot)).status).toBe(204);
    expect(cloud.state.report(REPO, SHA, 'sonarqube')).toBeUndefined();
    const gone = await call('GET', `${base}/commit/${SHA}/reports/sonarqube`, bot);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ key: 'report-service.report.not-found', message: expect.any(String), arguments: {} });
  });

  it('upserts annotations by external_id and lists them paged', async () => {
    await call('PUT', `${base}/commit/${SHA}/reports/sonarqube`, { ...bot, body: report });
    const url = `${base}/commit/${SHA}/reports/sonarqube/annotations`;
    const batch = Array.from({ length: 15 }, (_, i) => annotation(i));
    const saved = await call('POST', url, { ...bot, body: batch });
    expect(saved.status).toBe(200);
    expect(saved.body).toHaveLength(15);
    expect(saved.body[0]).toMatchObject({ type: 'report_annotation', external_id: 'a-0', uuid: expect.any(String) });
    await call('POST', url, { ...bot, body: [{ ...annotation(0), summary: 'changed' }] });
    expect(cloud.state.annotations(REPO, SHA, 'sonarqube')).toHaveLength(15);
    expect(cloud.state.report(REPO, SHA, 'sonarqube')?.annotations.get('a-0')?.fields['summary']).toBe('changed');
    const first = await call('GET', url, bot);
    expect(first.body.values).toHaveLength(10);
    expect((await call('GET', first.body.next, bot)).body.values).toHaveLength(5);
  });

  it('needs the report before annotations', async () => {
    const res = await call('POST', `${base}/commit/${SHA}/reports/none/annotations`, { ...bot, body: [annotation(1)] });
    expect(res.status).toBe(404);
  });

  it.each([
    ['more than 100 annotations in a request', Array.from({ length: 101 }, (_, i) => ({ external_id: `x${i}`, summary: 's' }))],
    ['a missing summary', [{ external_id: 'x' }]],
    ['a summary over 450 characters', [{ external_id: 'x', summary: 's'.repeat(451) }]],
    ['details over 2000 characters', [{ external_id: 'x', summary: 's', details: 'd'.repeat(2001) }]],
    ['a missing external_id', [{ summary: 's' }]],
  ])('rejects %s with the Code Insights error shape', async (_name, body) => {
    await cloud.close();
    cloud = await startBitbucketCloud({ specs: false }); // the fake's own rules, spec or no spec
    cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
    const url = `${cloud.url}/repositories/${REPO}/commit/${SHA}/reports/r`;
    await call('PUT', url, { authorization: cloud.authorization.bearer, body: { title: 't' } });
    const res = await call('POST', `${url}/annotations`, { authorization: cloud.authorization.bearer, body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ key: 'report-service.general.bad-request', message: expect.any(String), arguments: {} });
    expect(cloud.state.annotations(REPO, SHA, 'r')).toEqual([]);
  });

  it('caps a report at 1000 annotations, rejecting the whole request past it', async () => {
    await call('PUT', `${base}/commit/${SHA}/reports/r`, { ...bot, body: { title: 't' } });
    const url = `${base}/commit/${SHA}/reports/r/annotations`;
    for (let b = 0; b < 10; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => ({ external_id: `a${b * 100 + i}`, summary: 's' }));
      expect((await call('POST', url, { ...bot, body: batch })).status).toBe(200);
    }
    const over = await call('POST', url, { ...bot, body: [{ external_id: 'new', summary: 's' }, { external_id: 'a1', summary: 'update' }] });
    expect(over.status).toBe(400);
    expect(cloud.state.annotations(REPO, SHA, 'r')).toHaveLength(1000);
    expect((await call('POST', url, { ...bot, body: [{ external_id: 'a1', summary: 'update' }] })).status).toBe(200);
  });

  it.each([
    ['details over 2000 characters', { title: 't', details: 'd'.repeat(2001) }],
    ['more than 10 data items', { title: 't', data: Array.from({ length: 11 }, (_, i) => ({ title: `d${i}`, type: 'NUMBER', value: i })) }],
    ['a LINK in Data Center form', { title: 't', data: [{ title: 'l', type: 'LINK', value: { linktext: 'x', href: 'https://x.example' } }] }],
    ['a PERCENTAGE over 100', { title: 't', data: [{ title: 'p', type: 'PERCENTAGE', value: 101 }] }],
    ['a missing title', { details: 'x' }],
  ])('rejects a report with %s', async (_name, body) => {
    const res = await call('PUT', `${base}/commit/${SHA}/reports/r`, { ...bot, body });
    expect(res.status).toBe(400);
    expect(res.body.key).toBe('report-service.general.bad-request');
    expect(cloud.state.report(REPO, SHA, 'r')).toBeUndefined();
  });
});

describe('build statuses', () => {
  it('creates with 201 and overwrites by key', async () => {
    const url = `${base}/commit/${SHA}/statuses/build`;
    const first = await call('POST', url, { ...bot, body: { key: 'pr-insights', state: 'INPROGRESS', url: 'https://ci.example/1' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ type: 'build', key: 'pr-insights', state: 'INPROGRESS' });
    expect((await call('POST', url, { ...bot, body: { key: 'pr-insights', state: 'FAILED', url: 'https://ci.example/1' } })).status).toBe(201);
    expect(cloud.state.statuses(REPO, SHA)).toHaveLength(1);
    expect(cloud.state.status(REPO, SHA, 'pr-insights')?.fields['state']).toBe('FAILED');
    expect((await call('GET', `${base}/pullrequests/7/statuses`, bot)).body.values).toHaveLength(1);
  });

  it('rejects a key over 40 characters with error.fields', async () => {
    const res = await call('POST', `${base}/commit/${SHA}/statuses/build`, { ...bot, body: { key: 'k'.repeat(48), state: 'SUCCESSFUL' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      type: 'error',
      error: { message: 'key: Ensure this value has at most 40 characters (it has 48).', fields: { key: ['Ensure this value has at most 40 characters (it has 48).'] } },
    });
  });
});

const SPECS = specsAvailable();
const specIt = SPECS ? it : it.skip;
describe(SPECS ? 'spec validation' : 'spec validation (skipped: ../shared/specs is absent)', () => {
  specIt('is on, with the quirks named', () => {
    expect(cloud.specValidation).toMatchObject({ enabled: true, quirks: expect.arrayContaining(['cloud-object-type-not-required', 'cloud-report-data-value-any']) });
  });

  specIt('accepts a correct body for every write operation', async () => {
    const ok = (res: { status: number }) => expect(res.status).toBeLessThan(300);
    const c = await call('POST', `${base}/pullrequests/7/comments`, { ...bot, body: { content: { raw: 'hello' } } });
    ok(c);
    ok(await call('PUT', `${base}/pullrequests/7/comments/${c.body.id}`, { ...bot, body: { content: { raw: 'hello again' } } }));
    ok(
      await call('PUT', `${base}/commit/${SHA}/reports/sonarqube`, {
        ...bot,
        body: {
          title: 'Quality gate',
          details: 'Failed: 2 conditions',
          report_type: 'BUG',
          reporter: 'pr-insights',
          link: 'https://sonar.example.com/dashboard?id=x',
          logo_url: 'https://sonar.example.com/logo.png',
          result: 'FAILED',
          data: [
            { title: 'Bugs', type: 'NUMBER', value: 3 },
            { title: 'Coverage', type: 'PERCENTAGE', value: 81.5 },
            { title: 'Passed', type: 'BOOLEAN', value: false },
            { title: 'Analysed', type: 'DATE', value: 1700000000000 },
            { title: 'Took', type: 'DURATION', value: 12000 },
            { title: 'Gate', type: 'TEXT', value: 'ERROR' },
            { title: 'Dashboard', type: 'LINK', value: { text: 'SonarQube', href: 'https://sonar.example.com' } },
            { title: 'Untyped', value: 'x' },
          ],
        },
      }),
    );
    ok(
      await call('POST', `${base}/commit/${SHA}/reports/sonarqube/annotations`, {
        ...bot,
        body: [
          { external_id: 'a1', annotation_type: 'BUG', summary: 'Null dereference', details: 'More', severity: 'CRITICAL', result: 'FAILED', path: 'src/a.ts', line: 3, link: 'https://sonar.example.com/i/1' },
          { external_id: 'a2', annotation_type: 'CODE_SMELL', summary: 'File-level', severity: 'LOW', path: 'src/b.ts' },
        ],
      }),
    );
    ok(await call('PUT', `${base}/commit/${SHA}/reports/sonarqube/annotations/a3`, { ...bot, body: { annotation_type: 'VULNERABILITY', summary: 'One', severity: 'MEDIUM' } }));
    ok(await call('POST', `${base}/commit/${SHA}/statuses/build`, { ...bot, body: { key: 'pr-insights', state: 'SUCCESSFUL', name: 'Quality gate', description: 'Passed', url: 'https://ci.example/1', refname: 'feature' } }));
    ok(await call('PUT', `${base}/commit/${SHA}/statuses/build/pr-insights`, { ...bot, body: { key: 'pr-insights', state: 'FAILED', name: 'Quality gate', url: 'https://ci.example/2' } }));
    expect(cloud.violations).toEqual([]);
  });

  specIt('rejects an annotation with line 0 and records the violation', async () => {
    await call('PUT', `${base}/commit/${SHA}/reports/r`, { ...bot, body: { title: 't' } });
    const res = await call('POST', `${base}/commit/${SHA}/reports/r/annotations`, { ...bot, body: [{ external_id: 'a', summary: 's', line: 0 }] });
    expect(res.status).toBe(400);
    expect(res.body.key).toBe('report-service.general.bad-request');
    expect(cloud.violations).toEqual([
      expect.objectContaining({ reason: 'schema', operation: 'bulkCreateOrUpdateAnnotations', errors: [{ pointer: '/0/line', message: 'must be >= 1' }] }),
    ]);
  });

  specIt('records a wrong enum, a body to an operation the spec lacks, and non-JSON', async () => {
    const bad = await call('POST', `${base}/commit/${SHA}/statuses/build`, { ...bot, body: { key: 'k', state: 'PASSED' } });
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('error');
    await call('POST', `${base}/pullrequests/7/approve`, { ...bot, body: { x: 1 } });
    await call('POST', `${base}/pullrequests/7/comments`, { ...bot, body: '{"content":', headers: { 'content-type': 'application/json' } });
    expect(cloud.violations.map((v) => v.reason)).toEqual(['schema', 'unknown-operation', 'invalid-json']);
  });
});

describe('without the specs', () => {
  it('runs with validation off and says why', async () => {
    const off = await startBitbucketCloud({ specs: '/nonexistent/specs' });
    try {
      expect(off.specValidation).toEqual({ spec: 'bitbucket-cloud', enabled: false, reason: expect.stringContaining('not found'), quirks: [] });
    } finally {
      await off.close();
    }
  });
});
