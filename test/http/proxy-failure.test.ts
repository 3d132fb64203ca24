// A failed connection through a proxy names the proxy: inside Pipelines, "api.bitbucket.org
// refused" sends users to debug a host they never reached.
import { afterEach, describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { createHttpClient, NetworkError } from '../../src/http/index.js';
import { closeAll, freePort, startServer } from './servers.js';

afterEach(closeAll);

const failure = (client: ReturnType<typeof createHttpClient>, url: string) =>
  client.request({ method: 'PUT', url, body: {} }).catch((e: unknown) => e) as Promise<NetworkError>;

describe('a proxy that fails', () => {
  it('the Pipelines auth proxy refusing the connection is named, with where it should listen', async () => {
    const port = await freePort();
    const client = createHttpClient({ baseUrl: 'http://api.bitbucket.org/2.0', forwardProxy: `http://localhost:${port}`, redactor: new Redactor(), maxAttempts: 1 });
    const err = await failure(client, '/repositories/ws/repo/commit/abc/reports/sonarqube');
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.kind).toBe('refused');
    expect(err.message).toMatch(new RegExp(`connection to the proxy localhost:${port} \\(on the way to api\\.bitbucket\\.org\\) refused`));
    expect(err.message).toMatch(/auth proxy listens on localhost:29418/);
    expect(err.message).not.toMatch(/connection to api\.bitbucket\.org/);
  });

  it('an HTTPS_PROXY that refuses is named, not the server behind it', async () => {
    const port = await freePort();
    const client = createHttpClient({ env: { HTTPS_PROXY: `http://127.0.0.1:${port}` }, redactor: new Redactor(), maxAttempts: 1 });
    const err = await failure(client, 'https://git.example.com/rest/api/1.0/x');
    expect(err.kind).toBe('refused');
    expect(err.message).toMatch(new RegExp(`connection to the proxy 127\\.0\\.0\\.1:${port} \\(on the way to git\\.example\\.com\\) refused.*Check HTTPS_PROXY`));
  });

  it('a proxy that does not apply (NO_PROXY) leaves the server named', async () => {
    const port = await freePort();
    const client = createHttpClient({ env: { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' }, redactor: new Redactor(), maxAttempts: 1 });
    const err = await failure(client, `http://127.0.0.1:${port}/x`);
    expect(err.message).toMatch(new RegExp(`connection to 127\\.0\\.0\\.1:${port} refused`));
  });

  it('an error answered through the Pipelines proxy says it went through it', async () => {
    const proxy = await startServer((_r, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const client = createHttpClient({ baseUrl: 'http://api.bitbucket.org/2.0', forwardProxy: proxy.origin, redactor: new Redactor(), maxAttempts: 1 });
    const err = await failure(client, '/repositories/ws/repo/commit/abc/reports/sonarqube');
    expect(err.message).toMatch(new RegExp(`502 Bad Gateway.*Sent through the proxy 127\\.0\\.0\\.1:${proxy.port}`));
  });
});
