import type { Redactor } from '../core/redact.js';

/**
 * Every error the client throws. Messages are built here from parts and redacted in the base
 * constructor, so no call site can forget to.
 */
export abstract class HttpClientError extends Error {
  /** Redacted, for display. */
  readonly url: string;
  /**
   * A write that failed in a way that does not prove it was not processed (a reset or a timeout
   * after sending, a gateway's 502/503/504): it may have been published, and the next read should
   * check before writing again.
   */
  readonly mayHaveLanded: boolean;

  constructor(
    message: string,
    redactor: Redactor,
    readonly method: string,
    url: string,
    options: { cause?: unknown; mayHaveLanded?: boolean } = {},
  ) {
    super(redactor.redact(message), { cause: options.cause });
    this.url = redactor.redact(url);
    this.mayHaveLanded = options.mayHaveLanded ?? false;
  }
}

const STATUS_HINTS: Record<number, string> = {
  401: 'credentials missing, invalid or expired',
  403: 'the token lacks a permission or scope',
  404: 'not found, or not visible to these credentials',
  429: 'rate limited',
};

/** The server answered with a status the caller did not expect. */
export class HttpError extends HttpClientError {
  override readonly name = 'HttpError';
  readonly status: number;
  /** The platform's own error text, redacted. */
  readonly platformMessage: string | undefined;
  /** The message without the generic hint, for callers that give their own, more precise advice. */
  readonly withoutHint: string;
  /** A rate limit said no (GitHub answers some with 403): the credentials may well be fine. */
  readonly rateLimited: boolean;

  constructor(
    redactor: Redactor,
    init: {
      method: string;
      url: string;
      status: number;
      statusText?: string;
      platformMessage?: string;
      /** Extra explanation, e.g. why no retry was attempted. */
      note?: string;
      attempts?: number;
      rateLimited?: boolean;
      mayHaveLanded?: boolean;
    },
  ) {
    const status = `${init.status}${init.statusText ? ` ${init.statusText}` : ''}`;
    const hint = init.rateLimited ? STATUS_HINTS[429] : STATUS_HINTS[init.status];
    const what = `${init.method} ${init.url} failed: ${status}` + (init.platformMessage ? `: ${init.platformMessage}` : '');
    const tail = (init.attempts && init.attempts > 1 ? ` after ${init.attempts} attempts` : '') + (init.note ? `. ${init.note}` : '');
    super(`${what}${hint ? ` (${hint})` : ''}${tail}`, redactor, init.method, init.url, { mayHaveLanded: init.mayHaveLanded ?? false });
    this.withoutHint = redactor.redact(`${what}${tail}`);
    this.status = init.status;
    this.rateLimited = init.rateLimited ?? false;
    this.platformMessage = init.platformMessage === undefined ? undefined : redactor.redact(init.platformMessage);
  }
}

export type NetworkErrorKind =
  | 'timeout'
  | 'deadline'
  | 'refused'
  | 'dns'
  | 'connect-timeout'
  | 'reset'
  | 'tls'
  | 'proxy'
  | 'too-large'
  | 'other';

/** No usable response: the connection failed, broke, or took too long. */
export class NetworkError extends HttpClientError {
  override readonly name = 'NetworkError';
  readonly kind: NetworkErrorKind;

  constructor(
    redactor: Redactor,
    init: { method: string; url: string; kind: NetworkErrorKind; description: string; hint?: string; attempts?: number; mayHaveLanded?: boolean; cause?: unknown },
  ) {
    const message =
      `${init.method} ${init.url} failed: ${init.description}` +
      (init.attempts && init.attempts > 1 ? ` after ${init.attempts} attempts` : '') +
      (init.hint ? `. ${init.hint}` : '');
    super(message, redactor, init.method, init.url, { cause: init.cause, mayHaveLanded: init.mayHaveLanded ?? false });
    this.kind = init.kind;
  }
}

export type UnsafeReason =
  | 'insecure-http'
  | 'credentials-in-url'
  | 'credentials-over-http'
  | 'cross-origin-url'
  | 'cross-origin-redirect'
  | 'login-redirect'
  | 'too-many-redirects';

/** The client refused to send a request or follow a redirect because it would be unsafe or pointless. */
export class UnsafeRequestError extends HttpClientError {
  override readonly name = 'UnsafeRequestError';
  readonly reason: UnsafeReason;

  constructor(redactor: Redactor, init: { method: string; url: string; reason: UnsafeReason; message: string }) {
    super(`${init.method} ${init.url}: ${init.message}`, redactor, init.method, init.url);
    this.reason = init.reason;
  }
}
