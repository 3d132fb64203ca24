import { afterEach, describe, expect, it } from '@jest/globals';
import { createHttpClient, HttpError } from '../../src/http/index.js';
import { Redactor } from '../../src/core/redact.js';
import { VERSION } from '../../src/version.js';
import { closeAll, json, startServer } from './servers.js';

afterEach(closeAll);

describe('createHttpClient: requests and responses', () => {
  it('parses JSON, returns text for other types and undefined for 204', async () => {
    const server = await startServer((r, res) => {
      if (r.url === '/json') return json(res, 200, { a: 1 });
      if (r.url === '/vendor') {
        res.writeHead(200, { 'content-type': 'application/vnd.github+json; charset=utf-8' });
        return res.end('{"b":2}');
      }
      if (r.url === '/text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('hello');
      }
      res.writeHead(204);
      res.end();
    });
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    expect((await client.request({ method: 'GET', url: '/json' })).body).toEqual({ a: 1 });
    expect((await client.request({ method: 'GET', url: '/vendor' })).body).toEqual({ b: 2 });
    expect((await client.request({ method: 'GET', url: '/text' })).body).toBe('hello');
    const none = await client.request({ method: 'DELETE', url: '/gone' });
    expect(none.status).toBe(204);
    expect(none.body).toBeUndefined();
  });

  it('keeps the base path (a Data Center context path) and appends the query', async () => {
    const server = await startServer((_r, res) => json(res, 200, {}));
    const client = createHttpClient({ baseUrl: `${server.origin}/bitbucket/`, redactor: new Redactor() });
    await client.request({ method: 'GET', url: '/rest/api/1.0/projects/KEY/repos/r', query: { start: 0, limit: 25, skip: undefined, at: ['a b', 'c'] } });
    await client.request({ method: 'GET', url: 'rest/insights/latest/x?fixed=1' });
    await client.request({ method: 'GET', url: `${server.origin}/absolute/next?page=2` });
    expect(server.received.map((r) => r.url)).toEqual([
      '/bitbucket/rest/api/1.0/projects/KEY/repos/r?start=0&limit=25&at=a+b&at=c',
      '/bitbucket/rest/insights/latest/x?fixed=1',
      '/absolute/next?page=2',
    ]);
  });

  it('sends a Bearer token, the user agent and a JSON body', async () => {
    const server = await startServer((_r, res) => json(res, 201, { id: 7 }));
    const client = createHttpClient({ baseUrl: server.origin, auth: { kind: 'bearer', token: 'tok-abc-123\n' }, redactor: new Redactor() });
    const res = await client.request({ method: 'POST', url: '/c', body: { text: 'hi' }, headers: { 'X-Atlassian-Token': 'no-check' } });
    expect(res).toMatchObject({ status: 201, body: { id: 7 } });
    const [r] = server.received;
    expect(r?.headers.authorization).toBe('Bearer tok-abc-123');
    expect(r?.headers['user-agent']).toBe(`pr-insights/${VERSION} node/${process.versions.node}`);
    expect(r?.headers['content-type']).toBe('application/json');
    expect(r?.headers.accept).toBe('application/json');
    expect(r?.headers['x-atlassian-token']).toBe('no-check');
    expect(JSON.parse(r?.body ?? '')).toEqual({ text: 'hi' });
  });

  it('sends Basic credentials and registers them with the redactor', async () => {
    const server = await startServer((_r, res) => json(res, 200, {}));
    const redactor = new Redactor();
    const client = createHttpClient({ baseUrl: server.origin, auth: { kind: 'basic', username: 'me@example.com', password: 'api-token-xyz' }, redactor });
    await client.request({ method: 'GET', url: '/' });
    const expected = `Basic ${Buffer.from('me@example.com:api-token-xyz').toString('base64')}`;
    expect(server.received[0]?.headers.authorization).toBe(expected);
    expect(redactor.redact(`${expected} api-token-xyz`)).not.toMatch(/api-token-xyz|bWVA/);
  });

  it('sends no Authorization header without credentials', async () => {
    const server = await startServer((_r, res) => json(res, 200, {}));
    await createHttpClient({ baseUrl: server.origin, redactor: new Redactor() }).request({ method: 'GET', url: '/' });
    expect(server.received[0]?.headers.authorization).toBeUndefined();
  });

  it('treats only the expected statuses as success when `expect` is given', async () => {
    const server = await startServer((_r, res) => json(res, 200, { ok: true }));
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    await expect(client.request({ method: 'GET', url: '/', expect: [201] })).rejects.toBeInstanceOf(HttpError);
    const notFound = await startServer((_r, res) => json(res, 404, { error: { message: 'nope' } }));
    const res = await createHttpClient({ baseUrl: notFound.origin, redactor: new Redactor() }).request({ method: 'GET', url: '/', expect: [200, 404] });
    expect(res.status).toBe(404);
  });

  it('reports a JSON content type with a malformed body as an error', async () => {
    const server = await startServer((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"truncated":');
    });
    const err = await createHttpClient({ baseUrl: server.origin, redactor: new Redactor() })
      .request({ method: 'GET', url: '/' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as Error).message).toMatch(/claims to be JSON/);
  });
});
