/**
 * Real loopback servers for the HTTP client tests: an origin server (http or https), a CONNECT
 * proxy and a plain forward proxy. Every one listens on 127.0.0.1 with an ephemeral port and
 * records what it received; none ever connects anywhere but loopback.
 */
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

export const TLS_DIR = fileURLToPath(new URL('../fixtures/tls/', import.meta.url));
export const CA_FILE = `${TLS_DIR}cert.pem`;

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (req: Received, res: http.ServerResponse, raw: http.IncomingMessage) => void;

export interface TestServer {
  origin: string;
  port: number;
  received: Received[];
  /** CONNECT targets (proxies only). */
  connects: string[];
  close(): Promise<void>;
}

const open: Array<() => Promise<void>> = [];

/** Closes every server the test file started; call from afterEach/afterAll. */
export async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((close) => close()));
}

function track(server: http.Server | net.Server, base: Omit<TestServer, 'close' | 'port' | 'origin'>, scheme: string): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      const close = () =>
        new Promise<void>((done) => {
          for (const s of sockets) s.destroy();
          server.close(() => done());
        });
      open.push(close);
      resolve({ ...base, origin: `${scheme}://127.0.0.1:${port}`, port, close });
    });
  });
}

function recorder(received: Received[], handler: Handler): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      handler(r, res, req);
    });
  };
}

export function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  return track(http.createServer(recorder(received, handler)), { received, connects: [] }, 'http');
}

export function startHttpsServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = https.createServer({ cert: readFileSync(CA_FILE), key: readFileSync(`${TLS_DIR}key.pem`) }, recorder(received, handler));
  return track(server, { received, connects: [] }, 'https');
}

/** An HTTPS_PROXY: tunnels CONNECT to loopback targets only, and refuses anything else. */
export function startConnectProxy(): Promise<TestServer> {
  const received: Received[] = [];
  const connects: string[] = [];
  const server = http.createServer(
    recorder(received, (_r, res) => {
      res.statusCode = 400;
      res.end('this proxy only tunnels');
    }),
  );
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    const match = /^127\.0\.0\.1:(\d+)$/.exec(target);
    if (!match) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(match[1]), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return track(server, { received, connects }, 'http');
}

/**
 * Stands in for the Bitbucket Pipelines auth proxy: refuses CONNECT and answers absolute-URI
 * requests itself (it never forwards them), as JSON.
 */
export function startForwardProxy(): Promise<TestServer> {
  const received: Received[] = [];
  const connects: string[] = [];
  const server = http.createServer(
    recorder(received, (r, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ proxied: r.url }));
    }),
  );
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    connects.push(req.url ?? '');
    client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
  });
  return track(server, { received, connects }, 'http');
}

/** A TCP server that accepts connections and never answers. */
export function startSilentServer(): Promise<TestServer> {
  const received: Received[] = [];
  const server = net.createServer((s) => {
    s.on('data', () => received.push({ method: '?', url: '?', headers: {}, body: '' }));
  });
  return track(server, { received, connects: [] }, 'http');
}

/** A port nothing listens on: bind, note the port, close. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function fakeSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
