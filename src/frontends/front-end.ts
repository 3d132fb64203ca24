import type { Environment } from '../ci/context.js';
import type { LogSink } from '../core/logger.js';

/**
 * How pr-insights talks to whoever started it. The logic in run() is the same for all three; only
 * where lines go, how outputs and summaries are written and how secrets are masked differ.
 */
export interface FrontEnd {
  name: 'action' | 'pipe' | 'cli';
  log: LogSink;
  /** Product output (dry-run rendering, `--json`); logs never go here. */
  stdout(text: string): void;
  /** Action inputs (`INPUT_*`) — only the Action front end has them. */
  getInput?: (name: string) => string;
  /** Asks the CI to mask a secret in its own logs too (GitHub's `::add-mask::`). */
  maskSecret(value: string): void;
  setOutputs(outputs: Record<string, string>): Promise<void>;
  /** Job summary (GitHub Actions); a no-op elsewhere. */
  writeSummary(markdown: string): Promise<void>;
  /** Last line of the run, e.g. the pipe's ✔ / ✖. */
  finish(ok: boolean, message: string): void;
}

export interface FrontEndFactory {
  name: FrontEnd['name'];
  matches(env: Environment): boolean;
  create(env: Environment): Promise<FrontEnd>;
}
