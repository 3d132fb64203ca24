// Waits that end: one hung call gives up within its budget (attempt limit, then a short second
// chance), says so while retrying, and a write that may have landed is flagged as such. Limits
// are scaled down (ms instead of s) so the tests stay fast; nothing asserts on elapsed time.
import { afterEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createHttpClient, HttpError, NetworkError } from '../../src/http/index.js';
import { closeAll, freePort, json, startServer, startSilentServer } from './servers.js';

afterEach(closeAll);

function hungClient(origin: string) {
  const progress: string[] = [];
  const client = createHttpClient({
    baseUrl: origin,
    redactor: new Redactor(),
    timeoutMs: 100,
    callTimeoutMs: 1_000,
    maxAttempts: 10,
    random: () => 0,
    progress: (line) => progress.push(line),
  });
  return { client, progress };
}

describe('a hung server', () => {
  it.each(['GET', 'PUT', 'DELETE'] as const)('%s: gives up within the call budget, not after every attempt, and says so while retrying', async (method) => {
    const server = await startSilentServer();
    const { client, progress } = hungClient(server.origin);
    const err = await client.request({ method, url: '/x', ...(method === 'PUT' ? { body: {} } : {}) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toMatch(/the limit for one call with its retries/);
    // 1 s with attempts of at least 100 ms: a few, never the ten allowed.
    expect(server.received.length).toBeGreaterThanOrEqual(2);
    expect(server.received.length).toBeLessThan(10);
    expect(progress[0]).toMatch(new RegExp(`^${method} http://127\\.0\\.0\\.1:\\d+/x: no answer within 100 ms; retrying in 0 ms \\(attempt 2 of 10\\)$`));
  });

  it.each(['POST', 'PATCH'] as const)('%s: not repeated, and flagged as possibly published', async (method) => {
    const server = await startSilentServer();
    const { client } = hungClient(server.origin);
    const err = await client.request({ method, url: '/comments', body: { text: 'x' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout', mayHaveLanded: true });
    expect((err as Error).message).toMatch(/may have reached the server/);
    expect(server.received).toHaveLength(1);
  });

  it('a refused POST was provably not sent: retried, and not flagged', async () => {
    const port = await freePort();
    const { client } = hungClient(`http://127.0.0.1:${port}`);
    const err = await client.request({ method: 'POST', url: '/', body: {} }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'refused', mayHaveLanded: false });
  });

  it('a 502 after a POST may hide a write that landed', async () => {
    const server = await startServer((_r, res) => json(res, 502, { message: 'bad gateway' }));
    const err = await createHttpClient({ baseUrl: server.origin, redactor: new Redactor() })
      .request({ method: 'POST', url: '/c', body: {} })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).mayHaveLanded).toBe(true);
    const get = await createHttpClient({ baseUrl: server.origin, redactor: new Redactor(), maxAttempts: 1 })
      .request({ method: 'GET', url: '/c' })
      .catch((e: unknown) => e);
    expect((get as HttpError).mayHaveLanded).toBe(false);
  });

  it('backoff waits count against the call budget; waits the server asked for do not', async () => {
    let t = 1_800_000_000_000;
    const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
    const limited = await startServer((r, res) => {
      if (r.url === '/limited' && limited.received.length <= 3) return json(res, 429, { message: 'slow down' }, { 'retry-after': '30' });
      if (r.url === '/busy') return json(res, 503, { message: 'busy' });
      json(res, 200, { ok: true });
    });
    const client = createHttpClient({ baseUrl: limited.origin, redactor: new Redactor(), callTimeoutMs: 2_000, random: () => 0.999, deadline: t + 600_000, ...clock });
    // Three 30 s waits asked by the server: far past the 2 s call budget, but within the deadline.
    expect((await client.request({ method: 'GET', url: '/limited' })).body).toEqual({ ok: true });
    const busy = await client.request({ method: 'GET', url: '/busy' }).catch((e: unknown) => e);
    expect((busy as Error).message).toMatch(/503 Service Unavailable: busy after 2 attempts\. Gave up, as another try would pass 2 s, the limit for one call with its retries$/);
  });
});

describe('a body that runs on', () => {
  const MAX = 64 * 1024;
  // Either way a server may send it: declared up front, or streamed without a length.
  it.each([
    ['with a Content-Length', true],
    ['streamed (chunked)', false],
  ])('%s: fails at the bound without reading on or retrying, and says what to check', async (_, declared) => {
    let written = 0;
    const server = await startServer((_r, res) => {
      const chunk = Buffer.alloc(16 * 1024, 'x');
      res.writeHead(200, { 'content-type': 'application/json', ...(declared ? { 'content-length': String(chunk.length * 64) } : {}) });
      const push = () => {
        while (written < chunk.length * 64) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('error', () => {});
      push();
    });
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor(), maxResponseBytes: MAX });
    const err = await client.request({ method: 'GET', url: '/big' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err).toMatchObject({ kind: 'too-large' });
    expect((err as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/big failed: the response body is over 65536 bytes, so it was not read\. Is API_URL/);
    expect(server.received).toHaveLength(1);
  });

  it('a body within the bound is read whole, as UTF-8 without a byte-order mark', async () => {
    const server = await startServer((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ name: 'Zoë ✓', pad: 'y'.repeat(MAX - 100) }))]));
    });
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor(), maxResponseBytes: MAX });
    expect((await client.request<{ name: string }>({ method: 'GET', url: '/ok' })).body.name).toBe('Zoë ✓');
  });
});
