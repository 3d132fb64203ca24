/**
 * Turns a failed request into a sentence the user can act on: what we were doing, what the
 * platform said, and what to check — the permission or scope that operation needs, or the
 * setting that points at the wrong place. Messages from the HTTP layer are already redacted.
 */
import { HttpError } from '../http/index.js';

export interface OperationHints {
  /** What the credentials need for this operation, e.g. "the pullrequest:write scope". */
  permission: string;
  /** What a 404 most likely means here. */
  notFound?: string;
  /** What a 401 most likely means here (Data Center also answers 401 for a missing permission). */
  unauthorized?: string;
}

export class PlatformOperationError extends Error {
  override readonly name = 'PlatformOperationError';
  constructor(
    message: string,
    readonly status: number | undefined,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export function explain(error: unknown, doing: string, hints: OperationHints): PlatformOperationError {
  const base = error instanceof Error ? error.message : String(error);
  if (!(error instanceof HttpError)) return new PlatformOperationError(`could not ${doing}: ${base}`, undefined, { cause: error });
  const advice: Record<number, string> = {
    401: hints.unauthorized ?? 'TOKEN (or USERNAME and PASSWORD) is missing, invalid or expired',
    403: `the credentials lack ${hints.permission}`,
    404: hints.notFound ?? 'check REPOSITORY, and that the credentials can see the repository',
  };
  const hint = advice[error.status];
  return new PlatformOperationError(`could not ${doing}: ${base}${hint ? ` — ${hint}` : ''}`, error.status, { cause: error });
}

/** For calls where "not there" is an answer, not a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
