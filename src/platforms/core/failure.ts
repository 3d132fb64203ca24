/**
 * Turns a failed request into a sentence the user can act on: what we were doing, what the
 * platform said, and what to check — the permission or scope that operation needs, or the
 * setting that points at the wrong place. Messages from the HTTP layer are already redacted.
 */
import { HttpClientError, HttpError } from '../../http/index.js';

export interface OperationHints {
  /** What the credentials need for this operation, e.g. "the pullrequest:write scope". */
  permission: string;
  /** What a 404 most likely means here. */
  notFound?: string;
  /** What a 401 most likely means here, where the platform words it its own way. */
  unauthorized?: string;
}

export class PlatformOperationError extends Error {
  override readonly name = 'PlatformOperationError';
  /**
   * The write failed after it was sent (a reset, a gateway's 502): it may have taken effect. False
   * once a read showed it did not.
   */
  readonly mayHaveLanded: boolean;
  constructor(
    message: string,
    readonly status: number | undefined,
    options: { cause?: unknown; mayHaveLanded?: boolean } = {},
  ) {
    super(message, { cause: options.cause });
    this.mayHaveLanded = options.mayHaveLanded ?? (options.cause instanceof HttpClientError && options.cause.mayHaveLanded);
  }
}

/** A write that may have landed, after a read showed it did not. */
export function didNotLand(error: PlatformOperationError, shownBy: string): PlatformOperationError {
  return new PlatformOperationError(`${error.message}; ${shownBy}`, error.status, { cause: error.cause, mayHaveLanded: false });
}

export function explain(error: unknown, doing: string, hints: OperationHints): PlatformOperationError {
  if (!(error instanceof HttpError)) {
    const base = error instanceof Error ? error.message : String(error);
    return new PlatformOperationError(`could not ${doing}: ${base}`, undefined, { cause: error });
  }
  // The platform-specific advice replaces the HTTP layer's generic hint, so nothing is said twice.
  const base = error.withoutHint;
  const advice: Record<number, string> = {
    401: hints.unauthorized ?? 'TOKEN (or USERNAME and PASSWORD) is missing, invalid or expired',
    403: `the credentials lack ${hints.permission}`,
    404: hints.notFound ?? 'check REPOSITORY, and that the credentials can see the repository',
  };
  // A rate limit's 403 says nothing about permissions, and the message already says how long to wait.
  const hint = error.rateLimited ? undefined : advice[error.status];
  return new PlatformOperationError(`could not ${doing}: ${base}${hint ? ` — ${hint}` : ''}`, error.status, { cause: error });
}

/** For calls where "not there" is an answer, not a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
