/**
 * How many round trips did a run wait for one after the other? Requests that overlap in time ran
 * in parallel and cost one round trip between them; the answer is the longest chain of requests in
 * which each starts after the previous one ended. A benchmark compares that number, not wall time,
 * so it does not depend on the machine.
 */

export interface Span {
  readonly startedAt: number;
  /** Missing while a request is still open; it then ends "never" and can only close a chain. */
  readonly endedAt?: number;
}

/**
 * The longest chain of pairwise non-overlapping spans, in time order. Picking, again and again, the
 * span that ends first among those starting after the chain's end is optimal (interval scheduling).
 * A span that starts exactly when the previous one ends is sequential, not overlapping.
 */
export function criticalPath<T extends Span>(spans: readonly T[]): T[] {
  const byEnd = [...spans].sort((a, b) => end(a) - end(b) || a.startedAt - b.startedAt);
  const chain: T[] = [];
  let chainEnd = -Infinity;
  for (const span of byEnd) {
    if (span.startedAt >= chainEnd) {
      chain.push(span);
      chainEnd = end(span);
    }
  }
  return chain;
}

/** The number of sequential round trips (length of the critical path). */
export function sequentialRoundTrips(spans: readonly Span[]): number {
  return criticalPath(spans).length;
}

function end(span: Span): number {
  return span.endedAt ?? Infinity;
}
