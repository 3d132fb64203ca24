/**
 * A loopback reverse proxy in front of the Data Center fake, for what the fake does not do: the
 * real server's `X-AUSERNAME` response header, and responses reshaped the way other server
 * versions send them (no `permittedOperations`, the same comment in several activities). The fake
 * still sees, validates and records every request it is given.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyOptions {
  /** Sent as X-AUSERNAME on every answer, as the server does for an authenticated request. */
  username?: string;
  /** Rewrites a JSON answer before the client sees it. */
  transform?: (path: string, body: unknown) => unknown;
  /** Answers instead of the fake, e.g. a real server's 404 that the fake does not give. */
  answer?: (method: string, path: string) => { status: number; body: unknown } | undefined;
}

export interface RunningProxy {
  /** Base URL with the fake's context path. */
  url: string;
  close(): Promise<void>;
}

export async function startProxy(target: { origin: string; url: string }, options: ProxyOptions): Promise<RunningProxy> {
  const upstream = new URL(target.origin);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const canned = options.answer?.(req.method ?? 'GET', new URL(req.url ?? '/', 'http://proxy').pathname);
      if (canned) {
        res.writeHead(canned.status, { 'content-type': 'application/json;charset=UTF-8' });
        res.end(JSON.stringify(canned.body));
        return;
      }
      const headers = { ...req.headers, host: upstream.host };
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            let payload = Buffer.concat(body);
            const out: http.OutgoingHttpHeaders = { ...answer.headers };
            if (options.username) out['x-ausername'] = options.username;
            const path = new URL(req.url ?? '/', 'http://proxy').pathname;
            if (options.transform && payload.length > 0 && /json/.test(String(answer.headers['content-type']))) {
              payload = Buffer.from(JSON.stringify(options.transform(path, JSON.parse(payload.toString('utf8')))));
              out['content-length'] = String(payload.length);
            }
            res.writeHead(answer.statusCode ?? 502, out);
            res.end(payload);
          });
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const contextPath = new URL(target.url).pathname.replace(/\/+$/, '');
  return {
    url: `http://127.0.0.1:${port}${contextPath}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
