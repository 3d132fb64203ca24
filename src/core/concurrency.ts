/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results come back in input order.
 *
 * On the first failure no new item is started, and the returned promise rejects with that error
 * only after the calls already in flight have settled. Rejecting at once would leave requests
 * running behind the caller's back: a publish step could report "not published" while a POST is
 * still landing, or the process could exit with sockets open. Later errors are dropped.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  let firstError: unknown;

  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T, index);
      } catch (err) {
        if (!failed) {
          failed = true;
          firstError = err;
        }
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed) throw firstError;
  return results;
}
