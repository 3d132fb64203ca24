import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { ProxyAgent, request } from 'undici';
import { startBitbucketCloud, type BitbucketCloudFake } from './index.js';
import { PIPELINES_PROXY_USER, startPipelinesProxy, type PipelinesProxy } from './pipelines-proxy.js';
import { fakeSha } from '../sha.js';

const SHA = fakeSha('proxy');
const API = 'http://api.bitbucket.org/2.0/repositories/acme/widgets';

let cloud: BitbucketCloudFake;
let proxy: PipelinesProxy;
let agent: ProxyAgent;

beforeEach(async () => {
  cloud = await startBitbucketCloud();
  cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
  cloud.state.addPullRequest('acme/widgets', { id: 1, sourceBranch: 'feature', sourceCommit: SHA });
  proxy = await startPipelinesProxy({ cloud });
  agent = new ProxyAgent({ uri: proxy.url, proxyTunnel: false });
});

afterEach(async () => {
  await agent.close();
  await proxy.close();
  await cloud.close();
});

async function send(method: 'GET' | 'PUT' | 'POST', url: string, body?: unknown) {
  const res = await request(url, {
    method,
    dispatcher: agent,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.body.text();
  return { status: res.statusCode, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** One raw request to the proxy, as a client that gets the request-target wrong would send it. */
function raw(method: string, target: string): Promise<number> {
  const { hostname, port } = new URL(proxy.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path: target, headers: { host: 'localhost:29418' } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Pipelines auth proxy', () => {
  it('forwards Code Insights calls with the bot identity, the client sending no credentials', async () => {
    const put = await send('PUT', `${API}/commit/${SHA}/reports/gate`, { title: 'Gate', data: [] });
    expect(put.status).toBe(200);
    expect((await send('POST', `${API}/commit/${SHA}/reports/gate/annotations`, [{ external_id: 'a', summary: 's' }])).status).toBe(200);
    expect(cloud.state.report('acme/widgets', SHA, 'gate')?.createdBy).toBe(PIPELINES_PROXY_USER.uuid);
    const seen = cloud.requests.map((r) => ({ auth: r.auth, identity: r.identity, via: r.headers['via'], host: r.headers['host'] }));
    expect(seen).toEqual([
      { auth: 'bearer', identity: PIPELINES_PROXY_USER.uuid, via: '1.1 pipelines-auth-proxy', host: 'api.bitbucket.org' },
      { auth: 'bearer', identity: PIPELINES_PROXY_USER.uuid, via: '1.1 pipelines-auth-proxy', host: 'api.bitbucket.org' },
    ]);
    expect(proxy.requests.map((r) => r.outcome)).toEqual(['forwarded', 'forwarded']);
  });

  it('hands out next links that lead back through the proxy', async () => {
    await send('PUT', `${API}/commit/${SHA}/reports/gate`, { title: 'Gate' });
    await send('POST', `${API}/commit/${SHA}/reports/gate/annotations`, Array.from({ length: 12 }, (_, i) => ({ external_id: `a${i}`, summary: 's' })));
    const first = (await send('GET', `${API}/commit/${SHA}/reports/gate/annotations`)).json();
    expect(String(first['next'])).toMatch(/^http:\/\/api\.bitbucket\.org\/2\.0\//);
    expect((await send('GET', String(first['next']))).status).toBe(200);
  });

  it('refuses comments and build statuses with 403', async () => {
    expect((await send('POST', `${API}/pullrequests/1/comments`, { content: { raw: 'x' } })).status).toBe(403);
    expect((await send('POST', `${API}/commit/${SHA}/statuses/build`, { key: 'k', state: 'SUCCESSFUL' })).status).toBe(403);
    expect((await send('GET', `${API}/pullrequests/1`)).status).toBe(403);
    expect(cloud.requests).toEqual([]);
  });

  it('refuses CONNECT, so a tunnelling client fails', async () => {
    expect(await raw('CONNECT', 'api.bitbucket.org:443')).toBe(405);
    const tunnelling = new ProxyAgent({ uri: proxy.url }); // undici 7's default is to tunnel
    try {
      await expect(request(`${API}/commit/${SHA}/reports/gate`, { method: 'GET', dispatcher: tunnelling })).rejects.toThrow();
    } finally {
      await tunnelling.close();
    }
    expect(proxy.requests.every((r) => r.outcome === 'refused-connect')).toBe(true);
  });

  it('answers 400 to a request that is not in absolute form, and 403 to other hosts', async () => {
    expect(await raw('GET', `/2.0/repositories/acme/widgets/commit/${SHA}/reports`)).toBe(400);
    expect(await raw('GET', 'http://example.com/')).toBe(403);
    expect(proxy.requests.map((r) => r.outcome)).toEqual(['not-absolute', 'host-not-allowed']);
  });
});
