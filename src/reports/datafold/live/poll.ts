/**
 * Waits for data diffs to end. Every round asks Datafold about each diff still running — its status,
 * then, once it has ended, its summary_results — a few at a time, then waits an interval that grows
 * from `firstIntervalMs` to `maxIntervalMs` (data-diff itself polls every 3 s growing to 20 s). The
 * round that sees the last diff end is the last: nothing waits after it. Past the deadline, what is
 * still running is the caller's to report.
 *
 * Progress is one line when the count of finished diffs changes (and now and then while it does
 * not), not one per poll.
 */
import { mapLimit } from '../../../http/index.js';

export interface PollOptions {
  /** Epoch ms after which no round starts. */
  deadline: number;
  firstIntervalMs: number;
  maxIntervalMs: number;
  /** Diffs asked about at once. */
  concurrency: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
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
    const running = items.flatMap((item, i) => (answers[i] === undefined ? [i] : []));
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
