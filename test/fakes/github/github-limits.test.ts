import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { call } from '../json-client.js';
import { specAvailable } from '../spec-validator.js';
import { fakeSha, GITHUB_LIMITS, SECONDARY_RATE_LIMIT_MESSAGE, startGitHub, type GitHubFake, type GitHubOptions } from './index.js';

const HEAD = fakeSha('feature-head');
const REPO = 'acme/widgets';

let gh: GitHubFake;
let repoUrl: string;

async function start(options: GitHubOptions = {}): Promise<void> {
  gh = await startGitHub(options);
  gh.state.addRepository({ owner: 'acme', name: 'widgets' });
  gh.state.addPullRequest(REPO, { number: 7, headRef: 'feature', headSha: HEAD });
  repoUrl = `${gh.url}/repos/${REPO}`;
}
afterEach(() => gh.close());

const as = (token: Parameters<GitHubFake['headers']>[0], body?: unknown) => ({ headers: gh.headers(token), ...(body === undefined ? {} : { body }) });
const annotation = (n: number, extra: Record<string, unknown> = {}) => ({ path: 'src/a.ts', start_line: n, end_line: n, annotation_level: 'failure', message: `m${n}`, ...extra });
const createRun = (body: Record<string, unknown>) => call('POST', `${repoUrl}/check-runs`, as('actions', { name: 'Gate', head_sha: HEAD, ...body }));

// The fake's own limits hold with and without the spec; the spec only adds its schema on top.
describe.each([
  ['with the spec when present', {}],
  ['without the spec', { specs: false as const }],
])('GitHub limits (%s)', (_name, options) => {
  beforeEach(() => start(options));

  it('refuses more than 50 annotations in one request, and takes 50', async () => {
    const over = await createRun({ output: { title: 'T', summary: 'S', annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) } });
    expect(over.status).toBe(422);
    expect(over.body.documentation_url).toContain('#create-a-check-run');
    expect(gh.state.checkRuns(REPO)).toEqual([]);
    expect((await createRun({ output: { title: 'T', summary: 'S', annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)) } })).status).toBe(201);
  });

  it('refuses output.summary or output.text over 65535 characters, and over 65535 bytes', async () => {
    const chars = await createRun({ output: { title: 'T', summary: 's'.repeat(65536) } });
    expect(chars.status).toBe(422);
    expect(chars.body.message).toBe('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
    expect((await createRun({ output: { title: 'T', summary: 's', text: 't'.repeat(65536) } })).status).toBe(422);
    // 20000 characters, 80000 bytes: GitHub also counts bytes (github/docs#35252).
    const bytes = await createRun({ output: { title: 'T', summary: '😀'.repeat(20000) } });
    expect(bytes.status).toBe(422);
    expect(bytes.body.errors).toEqual([{ resource: 'CheckRun', code: 'custom', field: 'summary', message: 'summary exceeds a maximum bytesize of 65535' }]);
    expect((await createRun({ output: { title: 'T', summary: 's'.repeat(65535) } })).status).toBe(201);
  });

  it('refuses an annotation title over 255 characters or a message over 64 KB, in a PATCH too', async () => {
    const run = await createRun({});
    const patch = (a: Record<string, unknown>) => call('PATCH', `${repoUrl}/check-runs/${run.body.id}`, as('actions', { output: { summary: 'S', annotations: [a] } }));
    const title = await patch(annotation(1, { title: 't'.repeat(256) }));
    expect(title.status).toBe(422);
    expect(title.body.errors[0]).toMatchObject({ resource: 'CheckRun', code: 'invalid', field: 'annotations' });
    expect((await patch(annotation(1, { message: 'm'.repeat(65537) }))).status).toBe(422);
    expect((await patch(annotation(1, { title: 't'.repeat(255) }))).status).toBe(200);
    expect(gh.state.checkRun(REPO, run.body.id)?.annotations).toHaveLength(1);
  });

  it('refuses a comment body over 65536 characters with the message GitHub gives', async () => {
    const res = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x'.repeat(65537) }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'IssueComment', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }] });
    expect((await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x'.repeat(65536) }))).status).toBe(201);
  });

  it('refuses a status description over 140 characters', async () => {
    const res = await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success', description: 'd'.repeat(141) }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ resource: 'Status', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }]);
    expect((await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success', description: 'd'.repeat(140) }))).status).toBe(201);
  });

  it('needs a conclusion for a completed run, and completes a run given one', async () => {
    expect((await createRun({ status: 'completed' })).status).toBe(422);
    const done = await createRun({ conclusion: 'success' });
    expect(done.body).toMatchObject({ status: 'completed', conclusion: 'success', completed_at: expect.any(String) });
  });
});

describe('per-commit caps', () => {
  beforeEach(() => start({ enforceContentCreationLimits: false, rateLimits: { actions: 5000 }, specs: false }));

  it('keeps 1000 runs of one name per suite, dropping the oldest, and 1000 statuses per sha and context', async () => {
    const ids: number[] = [];
    for (let i = 0; i <= GITHUB_LIMITS.checkRunsPerNamePerSuite; i++) ids.push((await createRun({})).body.id);
    const kept = gh.state.checkRuns(REPO, HEAD).map((r) => r.id);
    expect(kept).toHaveLength(1000);
    expect(kept[0]).toBe(ids[1]);
    for (let i = 0; i < GITHUB_LIMITS.statusesPerContext; i++) await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'pending', context: 'gate' }));
    const over = await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success', context: 'GATE' }));
    expect(over.status).toBe(422);
    expect(over.body.errors[0]).toMatchObject({ resource: 'Status', code: 'custom' });
    expect((await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success', context: 'other' }))).status).toBe(201);
  });
});

describe('rate limits', () => {
  beforeEach(() => start());

  it('sends x-ratelimit-* on every answer, the Actions token counting down from 1000 an hour', async () => {
    const first = await call('GET', `${repoUrl}/pulls/7`, as('actions'));
    const second = await call('GET', `${repoUrl}/pulls/99`, as('actions'));
    const unauthorized = await call('GET', `${repoUrl}/pulls/7`, { headers: { ...gh.headers('actions'), authorization: 'Bearer nope' } });
    for (const res of [first, second, unauthorized]) {
      for (const name of ['limit', 'remaining', 'used', 'reset', 'resource']) expect(res.headers.get(`x-ratelimit-${name}`)).not.toBeNull();
    }
    expect([first.headers.get('x-ratelimit-limit'), first.headers.get('x-ratelimit-remaining'), second.headers.get('x-ratelimit-remaining')]).toEqual(['1000', '999', '998']);
    expect((await call('GET', `${repoUrl}/pulls/7`, as('pat'))).headers.get('x-ratelimit-limit')).toBe('5000');
    expect(unauthorized.headers.get('x-ratelimit-limit')).toBe('60');
    // GET /rate_limit is free.
    const limits = await call('GET', `${gh.url}/rate_limit`, as('actions'));
    expect(limits.body.resources.core).toMatchObject({ limit: 1000, remaining: 998, used: 2 });
    expect(limits.body.rate).toEqual(limits.body.resources.core);
  });

  it('answers 403 with remaining 0 and the reset time once the primary budget is spent, and serves again after it', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    await gh.close();
    await start({ clock: () => new Date(now) });
    gh.setRateLimit('actions', { remaining: 0, resetInSeconds: 30 });
    const limited = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x' }));
    expect(limited.status).toBe(403);
    expect(limited.body.message).toBe('API rate limit exceeded for installation ID 3001.');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBe(now / 1000 + 30);
    expect((await call('GET', `${gh.url}/user`, as('pat'))).status).toBe(200);
    gh.setRateLimit('pat', { remaining: 0 });
    expect((await call('GET', `${gh.url}/user`, as('pat'))).body.message).toBe('API rate limit exceeded for user ID 5001.');
    now += 30_000;
    expect((await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x' }))).status).toBe(201);
    expect(gh.state.comments(REPO, 7)).toHaveLength(1);
  });

  it('answers a secondary rate limit with 403 or 429 and retry-after, after authentication', async () => {
    const first = gh.secondaryRateLimit({ retryAfterSeconds: 7, match: { operation: 'comments.create' } });
    const forbidden = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x' }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
    expect(forbidden.headers.get('retry-after')).toBe('7');
    expect(forbidden.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect(first.triggered).toBe(1);
    gh.setFault({ kind: 'rate-limit', retryAfterSeconds: null });
    const tooMany = await call('GET', `${repoUrl}/pulls/7`, as('actions'));
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBeNull();
    expect((await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'x' }))).status).toBe(201);
  });

  it('counts content-generating requests per minute and refuses the 81st within a minute', async () => {
    let now = Date.parse('2026-09-01T10:00:00Z');
    await gh.close();
    await start({ clock: () => new Date(now) });
    for (let i = 0; i < GITHUB_LIMITS.contentCreationPerMinute; i++) {
      expect((await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'pending', context: `c${i}` }))).status).toBe(201);
      now += 500;
    }
    expect(gh.contentCreation.maxPerMinute()).toBe(80);
    const refused = await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'one too many' }));
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
    // Reads and edits are not content-generating.
    expect((await call('GET', `${repoUrl}/issues/7/comments`, as('actions'))).status).toBe(200);
    now += 60_000;
    expect((await call('POST', `${repoUrl}/issues/7/comments`, as('actions', { body: 'later' }))).status).toBe(201);
    expect(gh.contentCreation.count).toBe(81);
  });
});

const SPEC = specAvailable('github');
const specIt = SPEC ? it : it.skip;
describe(SPEC ? 'validation against github-subset.json' : 'validation against github-subset.json (skipped: the shared specs are absent)', () => {
  beforeEach(() => start());

  specIt('is on, and a well-formed run leaves no violations', async () => {
    expect(gh.specValidation).toMatchObject({ spec: 'github', enabled: true, quirks: ['openapi-3.0-nullable'] });
    await createRun({ status: 'in_progress', started_at: '2026-09-01T10:00:00Z', output: { title: 'T', summary: 'S', annotations: [annotation(1)] } });
    await call('POST', `${repoUrl}/statuses/${HEAD}`, as('actions', { state: 'success', target_url: null, description: null }));
    expect(gh.violations).toEqual([]);
  });

  specIt('records a body the spec rejects and answers 422 Invalid request in GitHub words', async () => {
    const res = await createRun({ status: 'done', output: { title: 'T', summary: 'S', annotations: [{ path: 'a.ts', start_line: 1, end_line: 1, message: 'm' }] } });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/^Invalid request\.\n\n/);
    expect(res.body.message).toContain('"annotation_level" wasn\'t supplied.');
    expect(gh.violations).toEqual([expect.objectContaining({ spec: 'github', reason: 'schema', operation: 'checks/create' })]);
  });

  specIt('records a missing body and a body that is not JSON', async () => {
    expect((await call('POST', `${repoUrl}/issues/7/comments`, as('actions'))).status).toBe(422);
    const notJson = await call('POST', `${repoUrl}/issues/7/comments`, { headers: { ...gh.headers('actions'), 'content-type': 'application/json' }, body: '{"body": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toBe('Problems parsing JSON');
    expect(gh.violations.map((v) => v.reason)).toEqual(['missing-body', 'invalid-json']);
  });
});

describe('without the specs', () => {
  it('says why validation is off and still enforces its own limits', async () => {
    await start({ specs: '/nonexistent-specs' });
    expect(gh.specValidation).toMatchObject({ enabled: false, reason: expect.stringContaining('/nonexistent-specs/github-subset.json not found') });
    expect((await createRun({ output: { title: 'T', summary: 'S', annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) } })).status).toBe(422);
    expect(gh.violations).toEqual([]);
  });
});
