/**
 * The shared Cloud fake has no `GET /2.0/user` (it answers 404, which is also what the adapter
 * must survive). This loopback front answers it from the fake's own identities — or refuses it,
 * as Cloud does for access tokens without the `account` scope — and passes every other request
 * through untouched, Host header included, so the fake's `next` links lead back here.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAuthorization } from '../../fakes/auth.js';
import type { BitbucketCloudFake } from '../../fakes/index.js';

export type UserEndpointMode = 'answer' | 'forbidden';

export interface UserEndpointFront {
  /** API base, including `/2.0`. */
  readonly url: string;
  /** How many times `GET /user` was asked. */
  readonly userRequests: () => number;
  close(): Promise<void>;
}

export async function startUserEndpoint(cloud: BitbucketCloudFake, mode: UserEndpointMode): Promise<UserEndpointFront> {
  const upstream = new URL(cloud.origin);
  let asked = 0;

  const server = createServer((req, res) => {
    if (req.method === 'GET' && new URL(req.url ?? '/', 'http://x').pathname === '/2.0/user') return answerUser(req, res);
    const forwarded = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });

  function answerUser(req: IncomingMessage, res: ServerResponse): void {
    asked++;
    req.resume();
    const auth = parseAuthorization(req.headers.authorization);
    const identity = cloud.state.identities.find(
      (i) => (auth.kind === 'bearer' && i.bearer === auth.token) || (auth.kind === 'basic' && i.basic?.username === auth.username && i.basic.password === auth.password),
    );
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (!identity) return send(401, { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } });
    if (mode === 'forbidden') return send(403, { type: 'error', error: { message: 'Your credentials lack one or more required privilege scopes.', detail: 'required: account' } });
    send(200, { type: 'user', ...identity.user });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/2.0`,
    userRequests: () => asked,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
