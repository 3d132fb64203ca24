/**
 * The one wait for things a server works on (SonarQube's analysis task, Datafold's diffs). Every
 * round asks about each item still running, a few at a time, then waits an interval that doubles
 * from `firstIntervalMs` to `maxIntervalMs`. The round that sees the last item end is the last:
 * nothing waits after it, and the last sleep ends at the deadline, so the wait is used in full.
 * Past the deadline, what is still running is the caller's to report.
 */
import { mapLimit } from './concurrency.js';

/** Injectable, so a wait is tested without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PollOptions extends Clock {
  /** Epoch ms (on the clock's scale) after which no round starts. */
  deadline: number;
  firstIntervalMs: number;
  maxIntervalMs: number;
  /** Items asked about at once. */
  concurrency: number;
  /** `finished` of `total` have ended, `elapsedMs` after the wait began. */
  progress?: (finished: number, total: number, elapsedMs: number) => void;
}

/**
 * Polls `ask` for every item until it answers something other than undefined (the item has ended),
 * or until the deadline. Returns the answers, undefined for the items still running.
 */
export async function pollUntilEnded<T, R>(items: readonly T[], ask: (item: T) => Promise<R | undefined>, options: PollOptions): Promise<(R | undefined)[]> {
  const answers: (R | undefined)[] = items.map(() => undefined);
  if (items.length === 0) return answers;
  const started = options.now();
  let interval = options.firstIntervalMs;
  for (;;) {
    const running = items.flatMap((_, i) => (answers[i] === undefined ? [i] : []));
    await mapLimit(running, options.concurrency, async (i) => {
      answers[i] = await ask(items[i]!);
    });
    const finished = answers.filter((a) => a !== undefined).length;
    options.progress?.(finished, items.length, options.now() - started);
    if (finished === items.length) return answers;
    const left = options.deadline - options.now();
    if (left <= 0) return answers;
    // The last round falls on the deadline itself, so WAIT_TIMEOUT is waited in full.
    await options.sleep(Math.min(interval, left));
    interval = Math.min(interval * 2, options.maxIntervalMs);
  }
}
