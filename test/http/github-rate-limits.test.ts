// GitHub's rate limits (api-contracts.md §3.6) against the fake GitHub, on one shared fake clock:
// a wait that fits in the deadline is waited (and said), one that does not fails at once saying
// when the limit resets.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createHttpClient, HttpError } from '../../src/http/index.js';
import { explain } from '../../src/platforms/core/failure.js';
import { fakeSha, startGitHub, type GitHubFake } from '../fakes/github/index.js';

let gh: GitHubFake;
let t: number;
let waits: number[];
let progress: string[];

beforeEach(async () => {
  t = Date.parse('2026-03-02T10:00:00Z');
  waits = [];
  progress = [];
  gh = await startGitHub({ clock: () => new Date(t), specs: false });
  gh.state.addRepository({ owner: 'acme', name: 'widgets' });
  gh.state.addPullRequest('acme/widgets', { number: 7, headRef: 'feature', headSha: fakeSha('head') });
});
afterEach(async () => {
  await gh.close();
});

function client(deadlineSeconds: number) {
  return createHttpClient({
    baseUrl: gh.url,
    auth: { kind: 'bearer', token: gh.credentials.pat },
    redactor: new Redactor(),
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    deadline: t + deadlineSeconds * 1000,
    progress: (line) => progress.push(line),
  });
}

const getPull = (c: ReturnType<typeof client>) =>
  c.request({ method: 'GET', url: '/repos/acme/widgets/pulls/7', headers: gh.headers('pat') }).catch((e: unknown) => e);

describe('GitHub rate limits', () => {
  it('primary: waits until x-ratelimit-reset when that fits in the deadline, saying so', async () => {
    gh.setRateLimit('pat', { remaining: 0, resetInSeconds: 30 });
    const res = await getPull(client(120));
    expect(res).toMatchObject({ status: 200 });
    expect(waits).toEqual([30_000]);
    expect(progress).toEqual([expect.stringMatching(/pulls\/7: 403, rate limited; waiting 30 s as the server asked \(attempt 2 of 4\)/)]);
  });

  it('primary: fails at once, saying when the limit resets, when the reset is past the deadline', async () => {
    gh.setRateLimit('pat', { remaining: 0, resetInSeconds: 3600 });
    const err = await getPull(client(120));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(403);
    expect((err as Error).message).toMatch(/API rate limit exceeded.*\(rate limited\)\. The server asked to wait 3600 s before retrying \(the limit resets at 2026-03-02T11:00:00\.000Z\), but only 120 s remain before the deadline \(TIMEOUT\)/);
    expect(waits).toEqual([]);
    expect(gh.requests.filter((r) => r.operation === 'pulls.get')).toHaveLength(1);
    // Explained for a platform operation: the wait, not a permission the token would lack.
    expect(err).toMatchObject({ rateLimited: true });
    const explained = explain(err, 'read pull request #7', { permission: 'pull-requests: read', notFound: 'check REPOSITORY' });
    expect(explained.message).toMatch(/^could not read pull request #7: GET .* 403 Forbidden: API rate limit exceeded.*only 120 s remain before the deadline \(TIMEOUT\), so it was not retried$/);
  });

  it('secondary with retry-after: waits as asked', async () => {
    gh.secondaryRateLimit({ status: 429, retryAfterSeconds: 5, times: 1 });
    expect(await getPull(client(120))).toMatchObject({ status: 200 });
    expect(waits).toEqual([5_000]);
  });

  it('secondary with only its message: waits a minute, as GitHub asks', async () => {
    gh.secondaryRateLimit({ status: 403, retryAfterSeconds: null, times: 1 });
    expect(await getPull(client(120))).toMatchObject({ status: 200 });
    expect(waits).toEqual([60_000]);
  });

  it('secondary past the deadline: fails without waiting', async () => {
    gh.secondaryRateLimit({ status: 403, retryAfterSeconds: null });
    const err = await getPull(client(30));
    expect((err as Error).message).toMatch(/secondary rate limit.*The server asked to wait 60 s before retrying, but only 30 s remain/);
    expect(waits).toEqual([]);
  });
});
