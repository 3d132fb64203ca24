/**
 * How many requests were in flight at once, from the shared request log's timestamps: the number a
 * client's bounded concurrency must stay under, and exceed 1 when it really runs requests in
 * parallel. Like `sequentialRoundTrips`, a request that starts exactly when another ends does not
 * overlap it; one still open counts until the end.
 */
import type { Span } from '../critical-path.js';

export function peakConcurrency(spans: readonly Span[]): number {
  // Ends sort before starts at the same instant, so touching requests do not overlap.
  const events = spans.flatMap((s) => [
    { at: s.startedAt, delta: 1 },
    { at: s.endedAt ?? Infinity, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let peak = 0;
  for (const event of events) {
    open += event.delta;
    peak = Math.max(peak, open);
  }
  return peak;
}
