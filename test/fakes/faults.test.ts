import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startBitbucketCloud, type BitbucketCloudFake } from './bitbucket-cloud/index.js';
import { startBitbucketDataCenter } from './bitbucket-data-center/index.js';
import { call } from './json-client.js';

let cloud: BitbucketCloudFake;
let comments: string;
let pr: string;
let auth: { authorization: string };

beforeEach(async () => {
  cloud = await startBitbucketCloud();
  cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
  cloud.state.addPullRequest('acme/widgets', { id: 1, sourceBranch: 'f' });
  pr = `${cloud.url}/repositories/acme/widgets/pullrequests/1`;
  comments = `${pr}/comments`;
  auth = { authorization: cloud.authorization.bearer };
});

afterEach(async () => {
  await cloud.close();
});

async function waitFor(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setImmediate(resolve));
}

describe('fault injection', () => {
  it('answers 429 with Retry-After for the next N matching requests only', async () => {
    const fault = cloud.setFault({ kind: 'rate-limit', times: 2, retryAfterSeconds: 3, match: { operation: 'comments.create' } });
    expect((await call('GET', pr, auth)).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const limited = await call('POST', comments, { ...auth, body: { content: { raw: 'x' } } });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(limited.body).toEqual({ type: 'error', error: { message: 'Rate limit for this resource has been exceeded.' } });
    }
    expect((await call('POST', comments, { ...auth, body: { content: { raw: 'x' } } })).status).toBe(201);
    expect(fault.triggered).toBe(2);
    expect(cloud.state.comments('acme/widgets', 1)).toHaveLength(1);
    expect(cloud.requests.map((r) => r.fault)).toEqual([undefined, 'rate-limit', 'rate-limit', undefined]);
  });

  it('answers 5xx for the next N requests, matched by method and path template', async () => {
    cloud.setFault({ kind: 'server-error', status: 502, times: 1, match: { method: 'GET', path: '/repositories/{workspace}/{repo_slug}/pullrequests/{id}' } });
    expect((await call('GET', pr, auth)).status).toBe(502);
    expect((await call('GET', pr, auth)).status).toBe(200);
  });

  it('resets the connection before handling: nothing happens', async () => {
    cloud.setFault({ kind: 'reset', match: { path: /comments$/ } });
    await expect(call('POST', comments, { ...auth, body: { content: { raw: 'x' } } })).rejects.toThrow();
    expect(cloud.state.comments('acme/widgets', 1)).toEqual([]);
    expect(cloud.requests[0]).toMatchObject({ fault: 'reset', aborted: true });
    expect((await call('POST', comments, { ...auth, body: { content: { raw: 'x' } } })).status).toBe(201);
  });

  it('resets the connection after handling: the write took effect, the answer is lost', async () => {
    cloud.setFault({ kind: 'reset', afterHandling: true });
    await expect(call('POST', comments, { ...auth, body: { content: { raw: 'x' } } })).rejects.toThrow();
    expect(cloud.state.comments('acme/widgets', 1)).toHaveLength(1);
    expect(cloud.requests[0]).toMatchObject({ fault: 'reset', status: 201, aborted: true });
  });

  it('hangs until the client gives up, and close() still returns', async () => {
    cloud.setFault({ kind: 'hang', times: 1 });
    const controller = new AbortController();
    const pending = fetch(pr, { headers: auth, signal: controller.signal });
    await waitFor(() => cloud.requests[0]?.fault === 'hang');
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => cloud.requests[0]?.endedAt !== undefined);
    expect(cloud.requests[0]).toMatchObject({ fault: 'hang', aborted: true });
    expect(cloud.requests[0]?.status).toBeUndefined();
    cloud.setFault({ kind: 'hang' });
    void fetch(pr, { headers: auth }).catch(() => undefined);
    await waitFor(() => cloud.requests.length === 2);
    // afterEach closes the fake with this request still hanging
  });

  it('adds latency per route (global when unmatched) without consuming it', async () => {
    const slow = cloud.setFault({ kind: 'latency', ms: 5, match: { operation: 'pullrequests.get' } });
    expect((await call('GET', pr, auth)).status).toBe(200);
    expect((await call('GET', pr, auth)).status).toBe(200);
    expect((await call('GET', comments, auth)).status).toBe(200);
    expect(slow.triggered).toBe(2);
    expect(slow.remaining).toBe(Infinity);
    slow.remove();
    expect((await call('GET', pr, auth)).status).toBe(200);
    expect(slow.triggered).toBe(2);
  });

  it('gives Data Center 429s its rate-limit headers, and can leave Retry-After out', async () => {
    const dc = await startBitbucketDataCenter();
    try {
      dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
      dc.state.addPullRequest('PRJ/repo', { id: 1, fromBranch: 'f' });
      const url = `${dc.url}/rest/api/latest/projects/PRJ/repos/repo/pull-requests/1`;
      dc.setFault({ kind: 'rate-limit', retryAfterSeconds: 2 });
      dc.setFault({ kind: 'rate-limit', retryAfterSeconds: null });
      const first = await call('GET', url, { authorization: dc.authorization.bearer });
      expect(first.status).toBe(429);
      expect(first.headers.get('retry-after')).toBe('2');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(first.body.errors[0].message).toMatch(/Rate limit/);
      const second = await call('GET', url, { authorization: dc.authorization.bearer });
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBeNull();
      expect((await call('GET', url, { authorization: dc.authorization.bearer })).status).toBe(200);
    } finally {
      await dc.close();
    }
  });
});
