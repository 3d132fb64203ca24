/** The overall time budget for a run's HTTP traffic: an absolute time or a caller's signal. */
export interface Deadline {
  /** Infinity when the deadline is a signal that has not fired. */
  remainingMs(): number;
  /** A signal that fires at the deadline; fresh per attempt for time-based deadlines. */
  signal(): AbortSignal;
}

export function makeDeadline(deadline: number | Date | AbortSignal, now: () => number): Deadline {
  if (typeof deadline === 'number' || deadline instanceof Date) {
    const at = typeof deadline === 'number' ? deadline : deadline.getTime();
    const remainingMs = () => Math.max(0, at - now());
    return { remainingMs, signal: () => AbortSignal.timeout(remainingMs()) };
  }
  return { remainingMs: () => (deadline.aborted ? 0 : Infinity), signal: () => deadline };
}

/** Waits `ms` with the injected sleep, but gives up early if the signal fires. */
export async function pause(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([sleep(ms).then(() => true as const), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
