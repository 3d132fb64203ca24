/**
 * The two kinds of failure a user must be able to act on. Anything else escaping run() is a bug
 * and is reported as such (with a stack only when DEBUG is on).
 */

/** Bad settings or bad input: nothing was sent. Exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The file or setting at fault, e.g. `report.json` or `REPORT_ID`. */
  readonly source: string | undefined;
  /** JSON pointer inside the file, e.g. `/projectStatus/conditions/2/status`. */
  readonly pointer: string | undefined;

  constructor(message: string, options: { source?: string; pointer?: string; cause?: unknown } = {}) {
    super(formatInputError(message, options.source, options.pointer), { cause: options.cause });
    this.source = options.source;
    this.pointer = options.pointer;
  }
}

function formatInputError(message: string, source?: string, pointer?: string): string {
  const where = [source, pointer ? `at ${pointer}` : undefined].filter(Boolean).join(' ');
  return where ? `${where}: ${message}` : message;
}

/** Publishing failed part way. Exit code 3; the message says what was and was not published. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
  /** Every decoration's failure, not only the first (`cause`): a caller may tell a read-only token from the rest. */
  readonly failures: readonly unknown[];
  constructor(message: string, options: { cause?: unknown; failures?: readonly unknown[] } = {}) {
    super(message, options);
    this.failures = options.failures ?? [];
  }
}

/**
 * A server we read from failed (SonarQube, Datafold: unreachable, refused, unknown task, still not
 * done in time). Exit code 3, like a failed publish; nothing was published.
 */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
  }
}

export const ExitCode = { Pass: 0, ReportFails: 1, BadInput: 2, PublishFailed: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
