/**
 * The loopback HTTP machinery every platform fake shares: listen on 127.0.0.1 on an ephemeral
 * port, log each request (never a secret), read the body, apply injected faults, dispatch to the
 * platform's handler and write its reply. Platforms only decide what to answer.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAuthorization, type AuthKind, type ParsedAuth } from './auth.js';
import { FaultController, type Fault, type FaultKind } from './faults.js';
import type { Router, RouteLookup } from './router.js';
import type { RequestBody } from './spec-validator.js';

export interface RecordedRequest {
  readonly seq: number;
  readonly method: string;
  /** The path as sent, including the API prefix (`/2.0/...`, `/bitbucket/rest/...`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[]>>;
  /** Parsed JSON; the raw text when it was not JSON; undefined without a body. */
  readonly body: unknown;
  readonly auth: AuthKind;
  /** Who the fake took the caller for (a user slug or uuid); set once authenticated. */
  readonly identity?: string;
  /** Request headers without credentials (authorization, proxy-authorization, cookie). */
  readonly headers: Readonly<Record<string, string>>;
  /** Route name (`comments.create`), when the path matched a route. */
  readonly operation?: string;
  readonly status?: number;
  readonly fault?: FaultKind;
  /** `performance.now()` milliseconds when the request arrived and when its connection was done with it. */
  readonly startedAt: number;
  readonly endedAt?: number;
  /** The connection closed before a complete answer was written (reset, hang, client gave up). */
  readonly aborted?: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  /** `http://<Host header>`: what the client believes it talks to (differs behind a proxy). */
  readonly origin: string;
  /** The path below `basePath`, as routed; undefined outside it. */
  readonly relPath: string | undefined;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly auth: ParsedAuth;
  readonly body: RequestBody;
  /** Set when a body was sent but is not JSON. */
  readonly jsonError?: string;
  /** Lets the platform name the authenticated caller on the log entry. */
  setIdentity(identity: string): void;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialised unless `raw` is given. */
  readonly body?: unknown;
  readonly raw?: string;
}

/** Thrown by a handler (or a helper deep inside one) to answer with `reply` right away. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  constructor(readonly reply: Reply) {
    super(`rejected with ${reply.status}`);
  }
}

export interface FakeServerConfig<H> {
  /** Prefix of every API path (`/2.0`, a Data Center context path, or ''). */
  readonly basePath: string;
  readonly router: Router<H>;
  /** Maps equivalent spellings onto the routed one (Data Center `1.0` → `latest`). */
  readonly normalizePath?: (relPath: string) => string;
  readonly handle: (req: FakeRequest, lookup: RouteLookup<H>) => Reply | Promise<Reply>;
  /** The platform's answer to an injected 429 or 5xx, and to a crash of the fake itself. */
  readonly errorReply: (status: number, message: string, fault?: Fault) => Reply;
}

export interface RunningServer {
  readonly origin: string;
  readonly port: number;
  readonly requests: readonly RecordedRequest[];
  readonly faults: FaultController;
  close(): Promise<void>;
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);

export async function startFakeServer<H>(config: FakeServerConfig<H>): Promise<RunningServer> {
  const requests: Mutable<RecordedRequest>[] = [];
  const faults = new FaultController();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    // A body that never finishes arriving (client gone) is the only way serve() rejects.
    serve(req, res).catch(() => res.destroy());
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const host = req.headers.host ?? '127.0.0.1';
    const url = new URL(req.url ?? '/', `http://${host}`);
    const auth = parseAuthorization(req.headers.authorization);
    const record: Mutable<RecordedRequest> = {
      seq: requests.length + 1,
      method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      body: undefined,
      auth: auth.kind,
      headers: safeHeaders(req.headers),
      startedAt,
    };
    requests.push(record);
    res.on('close', () => {
      record.endedAt = performance.now();
      if (!res.writableFinished) record.aborted = true;
    });

    const rawBody = await readBody(req);
    let body: RequestBody = { present: false };
    let jsonError: string | undefined;
    if (rawBody !== '') {
      try {
        body = { present: true, value: JSON.parse(rawBody) as unknown };
      } catch (error) {
        body = { present: true, value: rawBody };
        jsonError = error instanceof Error ? error.message : String(error);
      }
      record.body = body.value;
    }

    const below = belowBase(url.pathname, config.basePath);
    const relPath = below === undefined ? undefined : (config.normalizePath?.(below) ?? below);
    const lookup: RouteLookup<H> = relPath === undefined ? { kind: 'not-found' } : config.router.lookup(method, relPath);
    if (lookup.kind === 'found') record.operation = lookup.route.name;

    const plan = faults.plan({ method, path: relPath ?? url.pathname, ...(lookup.kind === 'found' ? { operation: lookup.route.name } : {}) });
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
    if (closed) return;
    const terminal = plan.terminal;
    if (terminal) record.fault = terminal.kind;
    if (terminal?.kind === 'hang') return; // the socket is destroyed on close() or when the client gives up
    if (terminal?.kind === 'reset' && !terminal.afterHandling) {
      req.socket.destroy();
      return;
    }
    if (terminal?.kind === 'rate-limit') {
      finish(res, record, config.errorReply(429, 'Rate limit for this resource has been exceeded.', terminal));
      return;
    }
    if (terminal?.kind === 'server-error') {
      const status = terminal.status ?? 503;
      finish(res, record, config.errorReply(status, `Injected server error ${status}`, terminal));
      return;
    }

    const fakeRequest: FakeRequest = {
      method,
      url,
      origin: `http://${host}`,
      relPath,
      query: url.searchParams,
      headers: req.headers,
      auth,
      body,
      ...(jsonError === undefined ? {} : { jsonError }),
      setIdentity: (identity) => {
        record.identity = identity;
      },
    };
    let reply: Reply;
    try {
      reply = await config.handle(fakeRequest, lookup);
    } catch (error) {
      reply = error instanceof Rejection ? error.reply : config.errorReply(500, `fake crashed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (terminal?.kind === 'reset') {
      record.status = reply.status;
      req.socket.destroy();
      return;
    }
    finish(res, record, reply);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    faults,
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function finish(res: ServerResponse, record: Mutable<RecordedRequest>, reply: Reply): void {
  record.status = reply.status;
  write(res, reply);
}

function write(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | undefined;
  if (reply.raw !== undefined) payload = reply.raw;
  else if (reply.body !== undefined && reply.status !== 204) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function belowBase(pathname: string, basePath: string): string | undefined {
  if (basePath === '' || basePath === '/') return pathname;
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

function safeHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET_HEADERS.has(name) || value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
