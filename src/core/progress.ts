/**
 * The progress line of a wait: the status and the seconds elapsed, printed when the status changes
 * and otherwise at most every PROGRESS_EVERY_MS — not one line per poll. The lines sit in one log
 * group, which GitHub Actions folds; a pipe or a CLI prints them as plain INFO lines.
 */
import type { Logger } from './logger.js';

export const PROGRESS_EVERY_MS = 15_000;

export interface WaitProgress {
  /** A poll answered `status`, `elapsedMs` after the wait began. */
  update(status: string, elapsedMs: number): void;
  /** The wait is over (done, failed or timed out); closes the group. */
  end(): void;
}

export function waitProgress(log: Logger, title: string): WaitProgress {
  let last: { status: string; at: number } | undefined;
  let grouped = false;
  return {
    update(status, elapsedMs) {
      if (last && last.status === status && elapsedMs - last.at < PROGRESS_EVERY_MS) return;
      if (!grouped) {
        log.group(title);
        grouped = true;
      }
      log.info(`${title}: ${status}, ${Math.round(elapsedMs / 1000)} s`);
      last = { status, at: elapsedMs };
    },
    end() {
      if (grouped) log.endGroup();
      grouped = false;
    },
  };
}
