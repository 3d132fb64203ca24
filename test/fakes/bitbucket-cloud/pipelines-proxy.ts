/**
 * The Bitbucket Pipelines auth proxy (`localhost:29418`) as a loopback fake in front of a fake
 * Cloud. It is a plain HTTP forward proxy: clients send absolute-URI requests for
 * `http://api.bitbucket.org/2.0/...`; it refuses CONNECT tunnels, adds the pipeline's bot
 * credentials and forwards. It authorizes only the Code Insights report and annotation endpoints:
 * whether the real proxy lets comments or build statuses through is unconfirmed (api-contracts.md
 * §1.8, §5), so a client must not depend on it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BitbucketCloudFake, CloudIdentity, CloudUser } from './index.js';
import { compileTemplate } from '../router.js';

export const PIPELINES_PROXY_USER: CloudUser = {
  type: 'user',
  uuid: '{5e1f5e1f-0000-4000-8000-0000000005e1}',
  display_name: 'Bitbucket Pipelines',
  nickname: 'pipelines',
};

/** What the proxy forwards; everything else is refused. */
const ALLOWED = [
  '/2.0/repositories/{workspace}/{repo_slug}/commit/{commit}/reports',
  '/2.0/repositories/{workspace}/{repo_slug}/commit/{commit}/reports/*',
].map(compileTemplate);

const API_HOST = 'api.bitbucket.org';

export type ProxyOutcome = 'forwarded' | 'refused-connect' | 'not-absolute' | 'host-not-allowed' | 'not-authorized' | 'upstream-error';

export interface ProxyRecord {
  readonly method: string;
  /** The request target as sent (absolute URI, path, or `host:port` for CONNECT). */
  readonly target: string;
  readonly outcome: ProxyOutcome;
  readonly status?: number;
}

export interface PipelinesProxyOptions {
  /** The fake Cloud the proxy stands in front of (as `api.bitbucket.org`). */
  readonly cloud: Pick<BitbucketCloudFake, 'origin' | 'addIdentity'>;
  /** The identity Cloud sees behind the proxy. */
  readonly user?: CloudUser;
}

export interface PipelinesProxy {
  /** `http://127.0.0.1:<port>`: what `HTTP_PROXY` / an undici ProxyAgent points at. */
  readonly url: string;
  readonly requests: readonly ProxyRecord[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'proxy-connection', 'keep-alive', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'authorization']);

export async function startPipelinesProxy(options: PipelinesProxyOptions): Promise<PipelinesProxy> {
  const token = `pipelines-proxy-${randomUUID()}`;
  const identity: CloudIdentity = { user: options.user ?? PIPELINES_PROXY_USER, bearer: token, scopes: ['repository:write'] };
  options.cloud.addIdentity(identity);
  const upstream = new URL(options.cloud.origin);
  const requests: ProxyRecord[] = [];

  const server = createServer((req, res) => forward(req, res));

  // Tunnels are what the real proxy does not offer: a client must send absolute-URI requests.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '', outcome: 'refused-connect', status: 405 });
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  function refuse(req: IncomingMessage, res: ServerResponse, outcome: ProxyOutcome, status: number, reason: string): void {
    requests.push({ method: req.method ?? '', target: req.url ?? '', outcome, status });
    req.resume();
    const html = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    res.writeHead(status, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(html)), server: 'nginx' });
    res.end(html);
  }

  function forward(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? '';
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return refuse(req, res, 'not-absolute', 400, 'Bad Request');
    const url = new URL(target);
    if (url.protocol !== 'http:' || url.host !== API_HOST) return refuse(req, res, 'host-not-allowed', 403, 'Forbidden');
    if (!ALLOWED.some((match) => match(url.pathname) !== undefined)) return refuse(req, res, 'not-authorized', 403, 'Forbidden');

    const record = { method: req.method ?? 'GET', target, outcome: 'forwarded' as ProxyOutcome, status: undefined as number | undefined };
    requests.push(record);
    const upstreamReq = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers: { ...endToEnd(req.headers), host: API_HOST, authorization: `Bearer ${token}`, via: '1.1 pipelines-auth-proxy' },
      },
      (upstreamRes) => {
        record.status = upstreamRes.statusCode;
        res.writeHead(upstreamRes.statusCode ?? 502, endToEnd(upstreamRes.headers));
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => {
      record.outcome = 'upstream-error';
      record.status = 502;
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstreamReq);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function endToEnd(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  return out;
}
