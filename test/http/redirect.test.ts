import { afterEach, describe, expect, it } from '@jest/globals';
import { createHttpClient, UnsafeRequestError } from '../../src/http/index.js';
import { Redactor } from '../../src/core/redact.js';
import { closeAll, json, startServer } from './servers.js';

afterEach(closeAll);

const TOKEN = 'redirect-secret-token-42';

function redirect(res: import('node:http').ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location });
  res.end();
}

describe('redirects', () => {
  it('follows a same-origin redirect and keeps the credentials', async () => {
    const server = await startServer((r, res) => {
      if (r.url === '/old/path') return redirect(res, 301, '/new/path?x=1');
      json(res, 200, { at: r.url });
    });
    const client = createHttpClient({ baseUrl: server.origin, auth: { kind: 'bearer', token: TOKEN }, redactor: new Redactor() });
    const res = await client.request({ method: 'GET', url: '/old/path' });
    expect(res.body).toEqual({ at: '/new/path?x=1' });
    expect(server.received.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('continues a POST answered with 303 as a GET without the body', async () => {
    const server = await startServer((r, res) => (r.method === 'POST' ? redirect(res, 303, '/created/1') : json(res, 200, { method: r.method })));
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    const res = await client.request({ method: 'POST', url: '/create', body: { a: 1 } });
    expect(res.body).toEqual({ method: 'GET' });
    expect(server.received[1]).toMatchObject({ method: 'GET', body: '' });
  });

  it('keeps the method and body on 307', async () => {
    const server = await startServer((r, res) => (r.url === '/a' ? redirect(res, 307, '/b') : json(res, 200, { method: r.method, body: r.body })));
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    const res = await client.request({ method: 'PUT', url: '/a', body: { a: 1 } });
    expect(res.body).toEqual({ method: 'PUT', body: '{"a":1}' });
  });

  it('refuses a cross-origin redirect: the other server never sees the request or the token', async () => {
    const other = await startServer((_r, res) => json(res, 200, {}));
    const server = await startServer((_r, res) => redirect(res, 302, `${other.origin}/login?next=/rest/api`));
    const client = createHttpClient({ baseUrl: server.origin, auth: { kind: 'bearer', token: TOKEN }, redactor: new Redactor() });
    const err = await client.request({ method: 'GET', url: '/rest/api/1.0/x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeRequestError);
    expect((err as UnsafeRequestError).reason).toBe('cross-origin-redirect');
    const message = (err as Error).message;
    expect(message).toContain(other.origin);
    expect(message).toMatch(/credentials were not sent/);
    expect(message).toMatch(/API_URL or the repository URL may be wrong/);
    expect(message).toMatch(/login page/);
    expect(message).not.toContain(TOKEN);
    expect(other.received).toHaveLength(0);
  });

  it('refuses a same-origin redirect to a login page (the Data Center token-path gotcha)', async () => {
    const server = await startServer((_r, res) => redirect(res, 302, '/bitbucket/login?next=/bitbucket/projects/K'));
    const client = createHttpClient({ baseUrl: `${server.origin}/bitbucket`, auth: { kind: 'bearer', token: TOKEN }, redactor: new Redactor() });
    const err = await client.request({ method: 'GET', url: '/projects/K/repos/r' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'login-redirect' });
    expect((err as Error).message).toMatch(/only on \/rest and \/scm paths/);
    expect(server.received).toHaveLength(1);
  });

  it('stops after 5 redirects', async () => {
    let n = 0;
    const server = await startServer((_r, res) => redirect(res, 302, `/hop/${++n}`));
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    await expect(client.request({ method: 'GET', url: '/' })).rejects.toMatchObject({ reason: 'too-many-redirects' });
    expect(server.received).toHaveLength(6);
  });

  it('returns a redirect the caller expects instead of following it', async () => {
    const server = await startServer((_r, res) => redirect(res, 302, 'https://elsewhere.invalid/'));
    const client = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    const res = await client.request({ method: 'GET', url: '/', expect: [302] });
    expect(res.headers.get('location')).toBe('https://elsewhere.invalid/');
  });
});
