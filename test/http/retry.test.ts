import { afterEach, describe, expect, it } from '@jest/globals';
import { createHttpClient, HttpError, NetworkError } from '../../src/http/index.js';
import { backoffMs, BACKOFF_CAP_MS, isRateLimited, retryableStatus, serverWaitMs } from '../../src/http/retry.js';
import { Redactor } from '../../src/core/redact.js';
import { closeAll, fakeSleep, freePort, json, startServer, startSilentServer } from './servers.js';

afterEach(closeAll);

/** Answers with the given statuses in turn, then 200. */
function sequence(statuses: Array<[number, Record<string, string>?]>) {
  let i = 0;
  return startServer((_r, res) => {
    const [status, headers] = statuses[i++] ?? [200];
    json(res, status, status === 200 ? { ok: true } : { error: { message: `status ${status}` } }, headers);
  });
}

function client(origin: string, extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  const clock = fakeSleep();
  const lines: string[] = [];
  const c = createHttpClient({ baseUrl: origin, redactor: new Redactor(), sleep: clock.sleep, random: () => 0.5, logger: (l) => lines.push(l), ...extra });
  return { c, waits: clock.waits, lines };
}

describe('retries', () => {
  it('waits as long as Retry-After asks on 429, then succeeds', async () => {
    const server = await sequence([[429, { 'retry-after': '2' }]]);
    const { c, waits, lines } = client(server.origin);
    const res = await c.request({ method: 'GET', url: '/x' });
    expect(res.status).toBe(200);
    expect(server.received).toHaveLength(2);
    expect(waits).toEqual([2000]);
    expect(lines.some((l) => /429, rate limited; waiting 2 s as the server asked \(attempt 2 of 4\)/.test(l))).toBe(true);
  });

  it('retries a 503 with jittered exponential backoff', async () => {
    const server = await sequence([[503], [503]]);
    const { c, waits } = client(server.origin);
    await c.request({ method: 'PUT', url: '/report', body: {} });
    expect(server.received).toHaveLength(3);
    // random() = 0.5 → half of 500 ms, then half of 1000 ms.
    expect(waits).toEqual([250, 500]);
  });

  it('gives up after maxAttempts and says how many were made', async () => {
    const server = await sequence([[502], [502], [502]]);
    const { c } = client(server.origin, { maxAttempts: 3 });
    const err = await c.request({ method: 'GET', url: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(502);
    expect((err as Error).message).toMatch(/after 3 attempts/);
    expect(server.received).toHaveLength(3);
  });

  it('does not repeat a POST on 502, which may hide a request that went through', async () => {
    const server = await sequence([[502]]);
    const { c, waits } = client(server.origin);
    await expect(c.request({ method: 'POST', url: '/comments', body: { text: 'x' } })).rejects.toMatchObject({ status: 502 });
    expect(server.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('repeats a POST on 502 when the caller says it is idempotent', async () => {
    const server = await sequence([[502]]);
    const { c } = client(server.origin);
    await c.request({ method: 'POST', url: '/annotations', body: [], idempotent: true });
    expect(server.received).toHaveLength(2);
  });

  it('repeats a POST on 429 and on 503 with Retry-After', async () => {
    const server = await sequence([[429], [503, { 'retry-after': '1' }]]);
    const { c, waits } = client(server.origin);
    await c.request({ method: 'POST', url: '/statuses', body: {} });
    expect(server.received).toHaveLength(3);
    expect(waits).toEqual([250, 1000]);
  });

  it("treats GitHub's 403 with x-ratelimit-remaining: 0 as a rate limit and waits until the reset", async () => {
    const now = 1_800_000_000_000;
    const server = await sequence([[403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }]]);
    const { c, waits } = client(server.origin, { now: () => now, deadline: new Date(now + 120_000) });
    await c.request({ method: 'POST', url: '/repos/o/r/issues/1/comments', body: {} });
    expect(waits).toEqual([30_000]);
  });

  it('fails at once when the server asks for longer than the deadline leaves', async () => {
    const server = await sequence([[429, { 'retry-after': '120' }]]);
    const { c, waits } = client(server.origin, { deadline: Date.now() + 60_000 });
    const err = await c.request({ method: 'GET', url: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as Error).message).toMatch(/429 Too Many Requests: status 429 \(rate limited\)\. The server asked to wait 120 s before retrying, but only \d+(\.\d)? s remain before the deadline/);
    expect(waits).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it('stops waiting when a signal deadline fires', async () => {
    const server = await sequence([[503, { 'retry-after': '5' }]]);
    const ctrl = new AbortController();
    const c = createHttpClient({
      baseUrl: server.origin,
      redactor: new Redactor(),
      deadline: ctrl.signal,
      sleep: () => {
        ctrl.abort();
        return new Promise(() => undefined);
      },
    });
    await expect(c.request({ method: 'GET', url: '/' })).rejects.toThrow(/deadline was reached while waiting/);
    expect(server.received).toHaveLength(1);
  });
});

describe('retries on connection errors', () => {
  it('repeats a GET after the connection is reset', async () => {
    let first = true;
    const server = await startServer((_r, res, raw) => {
      if (first) {
        first = false;
        raw.socket.resetAndDestroy();
        return;
      }
      json(res, 200, { ok: true });
    });
    const { c, waits } = client(server.origin);
    expect((await c.request({ method: 'GET', url: '/' })).body).toEqual({ ok: true });
    expect(server.received).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('does not repeat a POST after a reset, and says why', async () => {
    const server = await startServer((_r, _res, raw) => raw.socket.resetAndDestroy());
    const { c } = client(server.origin);
    const err = await c.request({ method: 'POST', url: '/', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('reset');
    expect((err as Error).message).toMatch(/not retried, as the POST may have reached the server/);
    expect(server.received).toHaveLength(1);
  });

  it('repeats even a POST when the connection was refused (nothing was sent)', async () => {
    const port = await freePort();
    const { c, waits } = client(`http://127.0.0.1:${port}`, { maxAttempts: 3 });
    const err = await c.request({ method: 'POST', url: '/', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('refused');
    expect((err as Error).message).toMatch(/refused after 3 attempts/);
    expect(waits).toHaveLength(2);
  });

  it('times out each attempt of a server that never answers, retrying a GET', async () => {
    const server = await startSilentServer();
    const { c } = client(server.origin, { timeoutMs: 100, maxAttempts: 2 });
    const err = await c.request({ method: 'GET', url: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('timeout');
    expect((err as Error).message).toMatch(/within the per-request timeout of 100 ms after 2 attempts/);
    expect(server.received).toHaveLength(2);
  });

  it('does not repeat a timed-out POST', async () => {
    const server = await startSilentServer();
    const { c } = client(server.origin, { timeoutMs: 100 });
    await expect(c.request({ method: 'POST', url: '/', body: {} })).rejects.toMatchObject({ kind: 'timeout' });
    expect(server.received).toHaveLength(1);
  });

  it('reports the deadline, not the per-attempt timeout, when the deadline comes first', async () => {
    const server = await startSilentServer();
    const { c } = client(server.origin, { timeoutMs: 30_000, deadline: Date.now() + 150 });
    await expect(c.request({ method: 'GET', url: '/' })).rejects.toMatchObject({ kind: 'deadline' });
    expect(server.received).toHaveLength(1);
  });
});

describe('retry rules', () => {
  const h = (o: Record<string, string>) => new Headers(o);

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(serverWaitMs(h({ 'retry-after': '7' }), now)).toBe(7000);
    expect(serverWaitMs(h({ 'retry-after': 'Thu, 01 Jan 2026 00:00:12 GMT' }), now)).toBe(12_000);
    expect(serverWaitMs(h({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }), now)).toBe(0);
    expect(serverWaitMs(h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(serverWaitMs(h({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': String(now / 1000 + 60) }), now)).toBeUndefined();
    expect(serverWaitMs(h({}), now)).toBeUndefined();
  });

  it('caps the backoff and keeps it within [0, ceiling)', () => {
    expect(backoffMs(1, () => 0.999)).toBeLessThan(500);
    expect(backoffMs(30, () => 0.999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffMs(3, () => 0)).toBe(0);
  });

  it('knows which statuses may be repeated for which requests', () => {
    expect(retryableStatus(502, h({}), true)).toBe(true);
    expect(retryableStatus(502, h({}), false)).toBe(false);
    expect(retryableStatus(503, h({}), false)).toBe(false);
    expect(retryableStatus(503, h({ 'retry-after': '1' }), false)).toBe(true);
    expect(retryableStatus(429, h({}), false)).toBe(true);
    expect(retryableStatus(500, h({}), true)).toBe(false);
    expect(retryableStatus(403, h({}), true)).toBe(false);
    expect(isRateLimited(403, h({ 'retry-after': '60' }))).toBe(true);
  });
});
