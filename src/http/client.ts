import type { Redactor } from '../core/redact.js';
import { VERSION } from '../version.js';
import { defaultSleep, makeDeadline, pause } from './deadline.js';
import { lazyDispatcher } from './dispatcher.js';
import { boundedText } from './body.js';
import { platformErrorText } from './error-body.js';
import { HttpError, NetworkError, UnsafeRequestError, type NetworkErrorKind } from './errors.js';
import { classifyFailure, provablyNotSent, proxiesInUse, seconds, transient, type NetworkFailure } from './network.js';
import { backoffMs, isRateLimited, rateLimitResetMs, rateLimitWaitMs, retryableStatus } from './retry.js';
import type { HttpAuth, HttpClient, HttpClientOptions, HttpRequest, HttpResponse } from './types.js';
import { displayUrl, isLoopback, resolveUrl } from './url.js';

/** One attempt: connecting and the whole response. */
const DEFAULT_TIMEOUT_MS = 30_000;
/** One call with its retries: a hung server costs one attempt and a short second chance, not four. */
const DEFAULT_CALL_TIMEOUT_MS = 40_000;
/** No attempt is started with less time than this: it could not succeed. */
const MIN_ATTEMPT_MS = 1_000;
const DEFAULT_DEADLINE_MS = 5 * 60_000;
const DEFAULT_MAX_ATTEMPTS = 4;
/** Pages are a few MB at most (api-contracts.md: 100 comments, 500 issues); this leaves room and bounds memory. */
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const IDEMPOTENT = new Set<string>(['GET', 'HEAD', 'PUT', 'DELETE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A gateway's failure says nothing about whether the backend processed the request. */
const GATEWAY_FAILURES = new Set([502, 503, 504]);
/** Failures that leave open whether the request was processed (the others prove it was not sent). */
const MAY_LAND = new Set<NetworkErrorKind>(['reset', 'timeout', 'deadline', 'too-large', 'other']);
// Bitbucket DC (/login, /j_atl_security_check), Atlassian/GitHub SSO and OAuth pages.
const LOGIN_PATH = /(^|\/)(login|signin|sign-in|sso|saml|j_atl_security_check|authorize)(\/|\.|$)/i;

type Attempt = { ok: true; res: Response; text: string } | { ok: false; failure: NetworkFailure; cause: unknown };

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { redactor } = options;
  const authorization = authorizationHeader(options.auth ?? { kind: 'none' }, redactor);
  const base = options.baseUrl ? absoluteUrl(options.baseUrl, 'baseUrl') : undefined;
  const forwardProxy = options.forwardProxy ? absoluteUrl(options.forwardProxy, 'forwardProxy', 'http:') : undefined;
  const env = options.env ?? {};
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const minAttemptMs = Math.min(MIN_ATTEMPT_MS, timeoutMs);
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const deadline = makeDeadline(options.deadline ?? now() + DEFAULT_DEADLINE_MS, now);
  const userAgent = options.userAgent ?? `pr-insights/${VERSION} node/${process.versions.node}`;
  const dispatcher = lazyDispatcher({ env, caFile: options.caFile, forwardProxy: forwardProxy?.href });
  const proxies = proxiesInUse(forwardProxy, env);
  const redact = (text: string) => redactor.redact(text);
  const debug = (line: string) => options.logger?.(redact(`http: ${line}`));
  const progress = (line: string) => (options.progress ?? options.logger)?.(redact(line));

  /** Refuses, before any connection, what must never go on the wire. */
  function guard(method: string, url: URL): void {
    const fail = (reason: UnsafeRequestError['reason'], message: string) => new UnsafeRequestError(redactor, { method, url: displayUrl(url), reason, message });
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail('insecure-http', `unsupported protocol ${url.protocol}`);
    if (url.username || url.password) throw fail('credentials-in-url', 'credentials in the URL are not sent; give them as TOKEN or USERNAME / PASSWORD');
    if (url.protocol === 'http:' && !isLoopback(url)) {
      if (!forwardProxy) {
        throw fail('insecure-http', `refusing plain http:// to ${url.host}; use https:// in API_URL / the repository URL (plain http is allowed only to loopback and through the Bitbucket Pipelines auth proxy)`);
      }
      if (authorization) throw fail('credentials-over-http', 'refusing to send credentials over plain http:// through the forward proxy; the Pipelines auth proxy needs none');
    }
    if (authorization && base && url.origin !== base.origin) {
      throw fail('cross-origin-url', `refusing to send the credentials to ${url.origin}, which is not the API origin ${base.origin}`);
    }
  }

  /** One attempt, bounded by the per-attempt limit (connect and response alike) and the overall deadline. */
  async function attempt(method: string, url: URL, headers: Record<string, string>, body: string | undefined, limitMs: number): Promise<Attempt> {
    // Outside the try: an unreadable CA_FILE is the user's input error, not a network failure.
    const transport = await dispatcher.get();
    const attemptTimer = AbortSignal.timeout(limitMs);
    const deadlineSignal = deadline.signal();
    try {
      const init: RequestInit = {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.any([attemptTimer, deadlineSignal]),
        // npm undici's Dispatcher and the one Node's fetch types name are the same API, not the same type.
        dispatcher: transport as RequestInit['dispatcher'],
      };
      const res = await fetch(url, init);
      // Read under the same signals, so a server that stalls mid-body is a timeout too.
      return { ok: true, res, text: await boundedText(res, maxResponseBytes) };
    } catch (cause) {
      const failure = classifyFailure(cause, {
        attemptTimedOut: attemptTimer.aborted,
        deadlineReached: deadlineSignal.aborted,
        timeoutMs: limitMs,
        host: url.host,
        proxies,
      });
      return { ok: false, failure, cause };
    }
  }

  async function request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    let method: string = req.method.toUpperCase();
    let url = resolveUrl(base, req.url, req.query);
    let body = req.body === undefined ? undefined : JSON.stringify(req.body);
    let idempotent = req.idempotent ?? IDEMPOTENT.has(method);
    let attempts = 0;
    let redirects = 0;
    // One call's budget across its retries; waits the server asked for (rate limits) do not count,
    // they are bounded by the overall deadline alone.
    const callStart = now();
    let serverWaits = 0;
    const callSpent = () => now() - callStart - serverWaits;

    /**
     * Waits before the next attempt when the wait fits: the server's wait within the deadline, our
     * backoff within the call's budget too. Undefined once it has waited; otherwise why it did not.
     */
    async function waitToRetry(shown: string, why: string, wait: number, serverAsked: boolean, resetsAt?: number): Promise<string | undefined> {
      const left = deadline.remainingMs();
      if (wait >= left) {
        if (!serverAsked) return 'no time was left before the deadline (TIMEOUT) to retry';
        const until = resetsAt === undefined ? '' : ` (the limit resets at ${new Date(resetsAt).toISOString()})`;
        return `the server asked to wait ${seconds(wait)} before retrying${until}, but only ${seconds(left)} remain before the deadline (TIMEOUT), so it was not retried`;
      }
      if (!serverAsked && callSpent() + wait + minAttemptMs > callTimeoutMs) return `gave up, as another try would pass ${seconds(callTimeoutMs)}, the limit for one call with its retries`;
      const how = serverAsked ? `waiting ${seconds(wait)} as the server asked` : `retrying in ${seconds(wait)}`;
      progress(`${method} ${shown}: ${why}; ${how} (attempt ${attempts + 1} of ${maxAttempts})`);
      if (!(await pause(sleep, wait, deadline.signal()))) return 'the overall deadline was reached while waiting to retry (TIMEOUT)';
      if (serverAsked) serverWaits += wait;
      return undefined;
    }

    for (;;) {
      guard(method, url);
      attempts++;
      const shown = displayUrl(url);
      const limitMs = Math.min(timeoutMs, Math.max(minAttemptMs, callTimeoutMs - callSpent()));
      const outcome = await attempt(method, url, headersFor(req.headers, body !== undefined), body, limitMs);

      if (!outcome.ok) {
        const { failure } = outcome;
        const repeatable = transient(failure.kind) && (idempotent || provablyNotSent(failure.kind));
        let why = '';
        if (repeatable && attempts < maxAttempts) {
          const stopped = await waitToRetry(shown, failure.short, backoffMs(attempts, random), false);
          if (stopped === undefined) continue;
          why = `; ${stopped}`;
        } else if (transient(failure.kind) && !repeatable) {
          why = `; not retried, as the ${method} may have reached the server`;
        }
        debug(`${method} ${shown} failed: ${failure.code ?? failure.kind} (attempt ${attempts}/${maxAttempts})`);
        throw new NetworkError(redactor, {
          method,
          url: shown,
          kind: failure.kind,
          description: failure.description + why,
          hint: failure.hint,
          attempts,
          mayHaveLanded: isWrite(method) && MAY_LAND.has(failure.kind),
          cause: outcome.cause,
        });
      }

      const { res, text } = outcome;
      const status = res.status;
      debug(`${method} ${shown} → ${status} (attempt ${attempts}/${maxAttempts})`);

      if (REDIRECTS.has(status) && !req.expect?.includes(status) && res.headers.has('location')) {
        url = redirectTarget(method, url, status, res.headers.get('location') ?? '');
        if (++redirects > MAX_REDIRECTS) {
          throw new UnsafeRequestError(redactor, { method, url: shown, reason: 'too-many-redirects', message: `more than ${MAX_REDIRECTS} redirects` });
        }
        // What browsers and curl do: 303 always, and 301/302 after a POST, continue as a GET without the body.
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = method === 'HEAD' ? 'HEAD' : 'GET';
          body = undefined;
          idempotent = true;
        }
        attempts--;
        continue;
      }

      const contentType = res.headers.get('content-type') ?? '';
      if (req.expect ? req.expect.includes(status) : status >= 200 && status < 300) {
        return { status, headers: res.headers, body: successBody(method, shown, status, contentType, text) as T };
      }

      const platformMessage = platformErrorText(looseBody(contentType, text), redact);
      const rateLimited = isRateLimited(status, res.headers, platformMessage);
      const httpError = (note?: string) =>
        new HttpError(redactor, {
          method,
          url: shown,
          status,
          statusText: res.statusText,
          platformMessage,
          note: [note, forwardProxy ? `Sent through the proxy ${forwardProxy.host}, which may have answered itself` : undefined].filter(Boolean).join('. ') || undefined,
          attempts,
          rateLimited,
          mayHaveLanded: isWrite(method) && GATEWAY_FAILURES.has(status),
        });

      if (attempts < maxAttempts && retryableStatus(status, res.headers, idempotent, platformMessage)) {
        const asked = rateLimitWaitMs(status, res.headers, now(), platformMessage);
        const why = rateLimited ? `${status}, rate limited` : String(status);
        const stopped = await waitToRetry(shown, why, asked ?? backoffMs(attempts, random), asked !== undefined, rateLimitResetMs(res.headers));
        if (stopped === undefined) continue;
        throw httpError(stopped.charAt(0).toUpperCase() + stopped.slice(1));
      }
      throw httpError();
    }
  }

  function redirectTarget(method: string, from: URL, status: number, location: string): URL {
    const to = new URL(location, from);
    to.hash = '';
    const fail = (reason: UnsafeRequestError['reason'], message: string) => new UnsafeRequestError(redactor, { method, url: displayUrl(from), reason, message });
    if (to.origin !== from.origin) {
      throw fail(
        'cross-origin-redirect',
        `the server redirected (${status}) to another origin, ${to.origin}; the request was not repeated there and the credentials were not sent. ` +
          'API_URL or the repository URL may be wrong (an old host name, http instead of https), or this is a redirect to a login page ' +
          '(Bitbucket Data Center accepts access tokens only on /rest and /scm paths and sends other paths to its login page)',
      );
    }
    if (LOGIN_PATH.test(to.pathname)) {
      throw fail(
        'login-redirect',
        `the server redirected (${status}) to its login page ${to.pathname}: the credentials were not accepted for this path. ` +
          'Bitbucket Data Center 8.9.22 / 8.19.12 / 9.3.2 and later accept access tokens only on /rest and /scm paths; check API_URL / the repository URL and the token',
      );
    }
    return to;
  }

  function headersFor(extra: Record<string, string> | undefined, hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
    if (authorization) headers.authorization = authorization;
    if (hasBody) headers['content-type'] = 'application/json';
    for (const [k, v] of Object.entries(extra ?? {})) headers[k.toLowerCase()] = v;
    return headers;
  }

  function successBody(method: string, shown: string, status: number, contentType: string, text: string): unknown {
    if (method === 'HEAD' || status === 204 || status === 205 || status === 304 || text === '') return undefined;
    if (!isJson(contentType)) return text;
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(redactor, { method, url: shown, status, platformMessage: platformErrorText(text, redact), note: `The response claims to be JSON (${contentType}) but is not` });
    }
  }

  return { request };
}

function authorizationHeader(auth: HttpAuth, redactor: Redactor): string | undefined {
  switch (auth.kind) {
    case 'bearer':
    case 'token': {
      // Secrets pasted into CI variables often carry a trailing newline.
      const token = auth.token.trim();
      redactor.add(auth.token);
      if (!token || /[\s\x00-\x1f\x7f]/.test(token)) throw new TypeError('the token is empty or contains spaces or control characters');
      return `${auth.kind === 'bearer' ? 'Bearer' : auth.scheme} ${token}`;
    }
    case 'basic':
      redactor.addBasic(auth.username, auth.password);
      if (/[\r\n]/.test(auth.username + auth.password)) throw new TypeError('the username or password contains a line break');
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    case 'none':
      return undefined;
  }
}

function absoluteUrl(value: string, name: string, only?: 'http:'): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${name} is not an absolute URL`);
  }
  const allowed = only ? [only] : ['http:', 'https:'];
  if (!allowed.includes(url.protocol)) throw new TypeError(`${name} must be an ${allowed.join(' or ')} URL`);
  return url;
}

function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

function isJson(contentType: string): boolean {
  return /[/+]json\b/i.test(contentType);
}

/** Error bodies are parsed leniently: a JSON body sent as text/plain still carries the platform's message. */
function looseBody(contentType: string, text: string): unknown {
  if (isJson(contentType) || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through: shown as text
    }
  }
  return text;
}
