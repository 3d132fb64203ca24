import type { NetworkErrorKind } from './errors.js';

export interface NetworkFailure {
  kind: NetworkErrorKind;
  code: string | undefined;
  description: string;
  hint: string | undefined;
}

export interface FailureContext {
  /** Which of our own signals fired, if any: fetch reports both as a bare AbortError/TimeoutError. */
  attemptTimedOut: boolean;
  deadlineReached: boolean;
  timeoutMs: number;
  host: string;
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
    return failure('deadline', undefined, 'the overall deadline for talking to the server was reached', undefined);
  }
  if (ctx.attemptTimedOut) {
    return failure('timeout', undefined, `no complete response within the per-request timeout of ${seconds(ctx.timeoutMs)}`, 'The server, or the network path to it, is slow or unreachable');
  }
  const cause = rootCause(err);
  const code = cause.code;
  const detail = cause.message ? ` (${cause.message})` : '';
  const tlsDetail = cause.message ? ` (${code}: ${cause.message})` : ` (${code})`;
  switch (true) {
    case code === 'ECONNREFUSED':
      return failure('refused', code, `connection to ${ctx.host} refused`, 'Is the server running, and are API_URL and the repository URL right?');
    case code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME':
      return failure('dns', code, `the host name ${ctx.host} could not be resolved`, 'Check API_URL, the repository URL, DNS, and HTTPS_PROXY');
    case code === 'UND_ERR_CONNECT_TIMEOUT' || (code === 'ETIMEDOUT' && cause.syscall === 'connect'):
      return failure('connect-timeout', code, `could not connect to ${ctx.host} in time`, 'Is the host reachable from here, or is a proxy (HTTPS_PROXY) needed?');
    case code !== undefined && CERT_CODES.has(code):
      return failure('tls', code, `the TLS certificate of ${ctx.host} was not accepted${tlsDetail}`, CA_HINT);
    case code !== undefined && /^(ERR_SSL_|ERR_TLS_|EPROTO$)/.test(code):
      return failure('tls', code, `the TLS handshake with ${ctx.host} failed${tlsDetail}`, undefined);
    case code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT':
      return failure('timeout', code, 'the server stopped responding', undefined);
    case /proxy/i.test(cause.message ?? ''):
      return failure('proxy', code, `the proxy refused the request${detail}`, 'Check HTTPS_PROXY, HTTP_PROXY and NO_PROXY');
    case code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED':
      return failure('reset', code, `the connection to ${ctx.host} was closed before a complete response${detail}`, undefined);
    default:
      return failure('other', code, `the request could not be completed${detail}`, undefined);
  }
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
}

/** fetch wraps the socket error in `TypeError('fetch failed', {cause})`; happy-eyeballs adds an AggregateError. */
function rootCause(err: unknown): Cause {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const c = current as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown; syscall?: unknown };
    if (typeof c.code === 'string') {
      return { code: c.code, message: typeof c.message === 'string' ? c.message : undefined, syscall: typeof c.syscall === 'string' ? c.syscall : undefined };
    }
    if (Array.isArray(c.errors) && c.errors.length) current = c.errors[0];
    else if (c.cause) current = c.cause;
    else return { message: typeof c.message === 'string' ? c.message : undefined };
  }
  return {};
}

function failure(kind: NetworkErrorKind, code: string | undefined, description: string, hint: string | undefined): NetworkFailure {
  return { kind, code, description, hint };
}

export function seconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;
}
