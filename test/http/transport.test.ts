import { afterEach, describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { createHttpClient, NetworkError, UnsafeRequestError } from '../../src/http/index.js';
import { Redactor } from '../../src/core/redact.js';
import { CA_FILE, closeAll, json, startConnectProxy, startForwardProxy, startHttpsServer, startServer, TLS_DIR } from './servers.js';

afterEach(closeAll);

describe('plain http', () => {
  it('is refused for a non-loopback host before any connection (not even to a proxy)', async () => {
    const proxy = await startConnectProxy();
    const client = createHttpClient({ redactor: new Redactor(), env: { HTTP_PROXY: proxy.origin, HTTPS_PROXY: proxy.origin } });
    const err = await client.request({ method: 'GET', url: 'http://bitbucket.example.com/rest/api/1.0/projects' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeRequestError);
    expect((err as UnsafeRequestError).reason).toBe('insecure-http');
    expect((err as Error).message).toMatch(/use https:\/\/ in API_URL/);
    expect(proxy.received).toHaveLength(0);
    expect(proxy.connects).toHaveLength(0);
  });

  it('is allowed to loopback', async () => {
    const server = await startServer((_r, res) => json(res, 200, {}));
    const client = createHttpClient({ redactor: new Redactor() });
    await client.request({ method: 'GET', url: `http://localhost:${server.port}/` });
    expect(server.received).toHaveLength(1);
  });

  it('never carries credentials in the URL', async () => {
    const server = await startServer((_r, res) => json(res, 200, {}));
    const client = createHttpClient({ redactor: new Redactor() });
    const err = await client.request({ method: 'GET', url: `http://user:pass-in-url-99@127.0.0.1:${server.port}/` }).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'credentials-in-url' });
    expect((err as Error).message).not.toContain('pass-in-url-99');
    expect(server.received).toHaveLength(0);
  });

  it('does not send credentials to an absolute URL on another origin', async () => {
    const a = await startServer((_r, res) => json(res, 200, {}));
    const b = await startServer((_r, res) => json(res, 200, {}));
    const client = createHttpClient({ baseUrl: a.origin, auth: { kind: 'bearer', token: 'cross-origin-tok' }, redactor: new Redactor() });
    await expect(client.request({ method: 'GET', url: `${b.origin}/next` })).rejects.toMatchObject({ reason: 'cross-origin-url' });
    expect(b.received).toHaveLength(0);
  });
});

describe('TLS', () => {
  it('rejects a self-signed certificate with a CA_FILE hint, and accepts it with caFile', async () => {
    const server = await startHttpsServer((_r, res) => json(res, 200, { secure: true }));
    const untrusting = createHttpClient({ baseUrl: server.origin, redactor: new Redactor() });
    const err = await untrusting.request({ method: 'GET', url: '/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('tls');
    expect((err as Error).message).toMatch(/CA_FILE \(or NODE_EXTRA_CA_CERTS\)/);

    const trusting = createHttpClient({ baseUrl: server.origin, caFile: CA_FILE, redactor: new Redactor() });
    expect((await trusting.request({ method: 'GET', url: '/' })).body).toEqual({ secure: true });
  });

  it('reports a CA file that cannot be read or holds no certificate as input errors', async () => {
    const server = await startHttpsServer((_r, res) => json(res, 200, {}));
    const missing = createHttpClient({ baseUrl: server.origin, caFile: `${TLS_DIR}missing.pem`, redactor: new Redactor() });
    await expect(missing.request({ method: 'GET', url: '/' })).rejects.toMatchObject({ name: 'InputError', source: `${TLS_DIR}missing.pem`, message: expect.stringMatching(/CA_FILE names a file that does not exist/) });
    const notPem = createHttpClient({ baseUrl: server.origin, caFile: `${TLS_DIR}README.md`, redactor: new Redactor() });
    await expect(notPem.request({ method: 'GET', url: '/' })).rejects.toBeInstanceOf(InputError);
    expect(server.received).toHaveLength(0);
  });
});

describe('proxies from the environment', () => {
  it('tunnels HTTPS through HTTPS_PROXY with CONNECT', async () => {
    const server = await startHttpsServer((r, res) => json(res, 200, { path: r.url }));
    const proxy = await startConnectProxy();
    const client = createHttpClient({ baseUrl: server.origin, caFile: CA_FILE, env: { HTTPS_PROXY: proxy.origin }, redactor: new Redactor() });
    expect((await client.request({ method: 'GET', url: '/via-proxy' })).body).toEqual({ path: '/via-proxy' });
    expect(proxy.connects).toEqual([`127.0.0.1:${server.port}`]);
  });

  it('reads the lower-case variable too', async () => {
    const server = await startHttpsServer((_r, res) => json(res, 200, {}));
    const proxy = await startConnectProxy();
    const client = createHttpClient({ baseUrl: server.origin, caFile: CA_FILE, env: { https_proxy: proxy.origin }, redactor: new Redactor() });
    await client.request({ method: 'GET', url: '/' });
    expect(proxy.connects).toHaveLength(1);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const server = await startHttpsServer((_r, res) => json(res, 200, {}));
    const proxy = await startConnectProxy();
    const client = createHttpClient({
      baseUrl: server.origin,
      caFile: CA_FILE,
      env: { HTTPS_PROXY: proxy.origin, NO_PROXY: 'example.com,127.0.0.1' },
      redactor: new Redactor(),
    });
    await client.request({ method: 'GET', url: '/' });
    expect(server.received).toHaveLength(1);
    expect(proxy.connects).toHaveLength(0);
  });
});

describe('forwardProxy (the Bitbucket Pipelines auth proxy)', () => {
  it('sends absolute-URI requests without CONNECT, and HTTPS_PROXY does not capture them', async () => {
    const pipelinesProxy = await startForwardProxy();
    const corporate = await startConnectProxy();
    const client = createHttpClient({
      baseUrl: 'http://api.bitbucket.org/2.0',
      forwardProxy: pipelinesProxy.origin,
      env: { HTTPS_PROXY: corporate.origin, HTTP_PROXY: corporate.origin, NO_PROXY: '' },
      redactor: new Redactor(),
    });
    const res = await client.request({ method: 'PUT', url: '/repositories/ws/repo/commit/abc123/reports/sonar', body: { title: 'x' } });
    const absolute = 'http://api.bitbucket.org/2.0/repositories/ws/repo/commit/abc123/reports/sonar';
    expect(res.body).toEqual({ proxied: absolute });
    expect(pipelinesProxy.received).toHaveLength(1);
    expect(pipelinesProxy.received[0]).toMatchObject({ method: 'PUT', url: absolute, body: '{"title":"x"}' });
    expect(pipelinesProxy.received[0]?.headers.host).toBe('api.bitbucket.org');
    expect(pipelinesProxy.received[0]?.headers.authorization).toBeUndefined();
    expect(pipelinesProxy.connects).toHaveLength(0);
    expect(corporate.received).toHaveLength(0);
    expect(corporate.connects).toHaveLength(0);
  });

  it('refuses to send credentials over plain http through it', async () => {
    const pipelinesProxy = await startForwardProxy();
    const client = createHttpClient({
      baseUrl: 'http://api.bitbucket.org/2.0',
      forwardProxy: pipelinesProxy.origin,
      auth: { kind: 'bearer', token: 'must-not-travel-in-clear' },
      redactor: new Redactor(),
    });
    await expect(client.request({ method: 'GET', url: '/user' })).rejects.toMatchObject({ reason: 'credentials-over-http' });
    expect(pipelinesProxy.received).toHaveLength(0);
  });

  it('cannot carry https:// requests, which would need the CONNECT it refuses', async () => {
    const pipelinesProxy = await startForwardProxy();
    const client = createHttpClient({ forwardProxy: pipelinesProxy.origin, redactor: new Redactor(), sleep: async () => undefined });
    const err = await client.request({ method: 'GET', url: 'https://api.bitbucket.org/2.0/user' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).kind).toBe('proxy');
    expect(pipelinesProxy.connects).toEqual(['api.bitbucket.org:443']);
  });

  it('must be a plain http:// URL', () => {
    expect(() => createHttpClient({ forwardProxy: 'https://127.0.0.1:1', redactor: new Redactor() })).toThrow(/forwardProxy must be an http: URL/);
  });
});
