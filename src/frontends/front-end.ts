import type { Environment } from '../ci/context.js';
import type { LogGroups, LogSink } from '../core/logger.js';
import type { Annotation } from '../render/decorations.js';

/**
 * How pr-insights talks to whoever started it. The logic in run() is the same for all three; only
 * where lines go, how outputs and summaries are written and how secrets are masked differ.
 */
export interface FrontEnd {
  name: 'action' | 'pipe' | 'cli';
  log: LogSink;
  /** Folds log lines into a collapsible group (GitHub Actions); without it they stay plain lines. */
  logGroups?: LogGroups;
  /** Product output (dry-run rendering, `--json`); logs never go here. The Action folds it under `group`. */
  stdout(text: string, group?: string): void;
  /** Action inputs (`INPUT_*`) — only the Action front end has them. */
  getInput?: (name: string) => string;
  /** Asks the CI to mask a secret in its own logs too (GitHub's `::add-mask::`). */
  maskSecret(value: string): void;
  setOutputs(outputs: Record<string, string>): Promise<void>;
  /** Job summary (GitHub Actions); a no-op elsewhere. */
  writeSummary(markdown: string): Promise<void>;
  /**
   * When the platform could not take them (a fork's read-only token): the most severe findings as
   * the CI's own annotations, and one notice saying why and what to do. The Action only.
   */
  annotate?: (annotations: readonly Annotation[], notice: string) => void;
  /** Last line of the run, e.g. the pipe's ✔ / ✖; `ok` is whether the step succeeds (exit code 0). */
  finish(ok: boolean, message: string): void;
}

export interface FrontEndFactory {
  name: FrontEnd['name'];
  matches(env: Environment): boolean;
  create(env: Environment): Promise<FrontEnd>;
}
