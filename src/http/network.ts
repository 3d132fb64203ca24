import { BODY_TOO_LARGE } from './body.js';
import { proxySettings } from './dispatcher.js';
import { isLoopbackHost } from './url.js';
import type { NetworkErrorKind } from './errors.js';

export interface NetworkFailure {
  kind: NetworkErrorKind;
  code: string | undefined;
  description: string;
  hint: string | undefined;
  /** A few words for a progress line: "connection refused". */
  short: string;
}

/** A proxy the client connects through, and what to check when it fails. */
export interface ProxyInUse {
  url: URL;
  /** Connections go through it whatever the target (the Pipelines auth proxy), not only per NO_PROXY. */
  always: boolean;
  hint: string;
}

export interface FailureContext {
  /** Which of our own signals fired, if any: fetch reports both as a bare AbortError/TimeoutError. */
  attemptTimedOut: boolean;
  deadlineReached: boolean;
  timeoutMs: number;
  host: string;
  proxies?: readonly ProxyInUse[];
}

const CA_HINT =
  'If the server uses a certificate from an internal or self-signed CA, give its PEM bundle in CA_FILE (or NODE_EXTRA_CA_CERTS); TLS verification cannot be turned off';

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_CRL',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Maps whatever fetch rejected with onto something a user can act on. */
export function classifyFailure(err: unknown, ctx: FailureContext): NetworkFailure {
  if (ctx.deadlineReached) {
    return failure('deadline', undefined, 'the overall deadline for talking to the server was reached (TIMEOUT)', undefined, 'deadline reached');
  }
  if (ctx.attemptTimedOut) {
    return failure('timeout', undefined, `no complete response within the per-request timeout of ${seconds(ctx.timeoutMs)}`, 'The server, or the network path to it, is slow or unreachable', `no answer within ${seconds(ctx.timeoutMs)}`);
  }
  const cause = rootCause(err);
  const code = cause.code;
  const detail = cause.message ? ` (${cause.message})` : '';
  const tlsDetail = cause.message ? ` (${code}: ${cause.message})` : ` (${code})`;
  // A connection that failed was the proxy's, not the server's: say so, or users debug the wrong host.
  const proxy = ctx.proxies?.find((p) => p.always || concerns(p.url, cause));
  const peer = proxy ? `the proxy ${proxy.url.host} (on the way to ${ctx.host})` : ctx.host;
  switch (true) {
    case code === 'ECONNREFUSED':
      return failure('refused', code, `connection to ${peer} refused`, proxy?.hint ?? 'Is the server running, and are API_URL and the repository URL right?', 'connection refused');
    case code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME':
      return failure('dns', code, `the host name ${proxy ? `of the proxy ${proxy.url.host}` : ctx.host} could not be resolved`, proxy?.hint ?? 'Check API_URL, the repository URL, DNS, and HTTPS_PROXY', 'host name not resolved');
    case code === 'UND_ERR_CONNECT_TIMEOUT' || (code === 'ETIMEDOUT' && cause.syscall === 'connect'):
      return failure('connect-timeout', code, `could not connect to ${peer} in time`, proxy?.hint ?? 'Is the host reachable from here, or is a proxy (HTTPS_PROXY) needed?', 'could not connect');
    case code !== undefined && CERT_CODES.has(code):
      return failure('tls', code, `the TLS certificate of ${ctx.host} was not accepted${tlsDetail}`, CA_HINT, 'certificate refused');
    case code !== undefined && /^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code):
      return failure('tls', code, `the TLS handshake with ${ctx.host} failed${tlsDetail}`, undefined, 'TLS handshake failed');
    case code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT':
      return failure('timeout', code, 'the server stopped responding', undefined, 'no answer');
    case /proxy/i.test(cause.message ?? ''):
      return failure('proxy', code, `the proxy${proxy ? ` ${proxy.url.host}` : ''} refused the request${detail}`, proxy?.hint ?? 'Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY', 'refused by the proxy');
    case code === BODY_TOO_LARGE:
      return failure('too-large', code, `${cause.message ?? 'the response body is too large'}, so it was not read`, 'Is API_URL (or the server URL) the API, and not a download or another service?', 'response too large');
    case code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED':
      return failure('reset', code, `the connection to ${peer} was closed before a complete response${detail}`, undefined, 'connection closed');
    default:
      return failure('other', code, `the request could not be completed${detail}`, undefined, 'request failed');
  }
}

/** The proxies a client may connect through: the forward proxy, else those of the environment. */
export function proxiesInUse(forwardProxy: URL | undefined, env: Readonly<Record<string, string | undefined>>): ProxyInUse[] {
  if (forwardProxy) {
    return [{ url: forwardProxy, always: true, hint: 'Inside Bitbucket Pipelines the auth proxy listens on localhost:29418 (host.docker.internal:29418 from a pipe\'s container); outside Pipelines, set TOKEN instead' }];
  }
  const { httpProxy, httpsProxy } = proxySettings(env);
  return [httpsProxy, httpProxy].flatMap((raw) => {
    try {
      return raw ? [{ url: new URL(raw), always: false, hint: 'Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY' }] : [];
    } catch {
      return [];
    }
  });
}

/** Whether a socket error is about this proxy: its host name, or its port on the address the name resolved to. */
function concerns(proxy: URL, cause: Cause): boolean {
  const host = proxy.hostname.replace(/^\[|\]$/g, '');
  const port = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  if (cause.hostname !== undefined) return cause.hostname === host;
  return cause.port === port && (cause.address === host || (cause.address !== undefined && isLoopbackHost(host) && isLoopbackHost(cause.address)));
}

/** Whether the failure proves the request never reached the server, so even a POST may be repeated. */
export function provablyNotSent(kind: NetworkErrorKind): boolean {
  return kind === 'refused' || kind === 'dns' || kind === 'connect-timeout';
}

/** Whether trying again could help at all. */
export function transient(kind: NetworkErrorKind): boolean {
  return provablyNotSent(kind) || kind === 'reset' || kind === 'timeout';
}

interface Cause {
  code?: string;
  message?: string;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
}

/** fetch wraps the socket error in `TypeError('fetch failed', {cause})`; happy-eyeballs adds an AggregateError. */
function rootCause(err: unknown): Cause {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const c = current as Record<string, unknown>;
    const text = (key: string) => (typeof c[key] === 'string' ? (c[key] as string) : undefined);
    if (typeof c.code === 'string') {
      return {
        code: c.code,
        message: text('message'),
        syscall: text('syscall'),
        address: text('address'),
        port: typeof c.port === 'number' ? c.port : undefined,
        hostname: text('hostname'),
      };
    }
    if (Array.isArray(c.errors) && c.errors.length) current = c.errors[0];
    else if (c.cause) current = c.cause;
    else return { message: text('message') };
  }
  return {};
}

function failure(kind: NetworkErrorKind, code: string | undefined, description: string, hint: string | undefined, short: string): NetworkFailure {
  return { kind, code, description, hint, short };
}

export function seconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;
}
