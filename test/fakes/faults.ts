/**
 * Network and server misbehaviour on demand, the same for every fake: a retrying client is only
 * tested when the server really answers 429, really drops the connection, really never answers.
 * Counted faults are consumed by matching requests in the order they were added.
 */
import { compileTemplate } from './router.js';

/**
 * Which requests a fault applies to; all given fields must match. `path` is relative to the fake's
 * `url` (`/repositories/{workspace}/*`) or a RegExp tested against that same relative path.
 */
export interface FaultMatch {
  readonly method?: string;
  readonly path?: string | RegExp;
  /** A route name as recorded on each request, e.g. `annotations.create`. */
  readonly operation?: string;
}

interface Common {
  readonly match?: FaultMatch;
  /** How many matching requests it affects; counted faults default to 1, latency to forever. */
  readonly times?: number;
}

export type Fault =
  | (Common & { readonly kind: 'latency'; readonly ms: number })
  /** `retryAfterSeconds: null` leaves the Retry-After header out. */
  | (Common & { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number | null })
  | (Common & { readonly kind: 'server-error'; readonly status?: number })
  /** `afterHandling`: the request takes effect, then the connection drops before the answer. */
  | (Common & { readonly kind: 'reset'; readonly afterHandling?: boolean })
  | (Common & { readonly kind: 'hang' });

export type FaultKind = Fault['kind'];

export interface FaultHandle {
  readonly fault: Fault;
  /** How many requests it has affected so far. */
  readonly triggered: number;
  readonly remaining: number;
  remove(): void;
}

export interface FaultTarget {
  readonly method: string;
  readonly path: string;
  readonly operation?: string;
}

/** What to do with one request: wait, then at most one terminal fault. */
export interface FaultPlan {
  readonly latencyMs: number;
  readonly terminal?: Exclude<Fault, { kind: 'latency' }>;
}

interface Entry {
  readonly fault: Fault;
  readonly matches: (target: FaultTarget) => boolean;
  remaining: number;
  triggered: number;
}

export class FaultController {
  private entries: Entry[] = [];

  add(fault: Fault): FaultHandle {
    const entry: Entry = {
      fault,
      matches: matcher(fault.match),
      remaining: fault.times ?? (fault.kind === 'latency' ? Infinity : 1),
      triggered: 0,
    };
    this.entries.push(entry);
    return {
      fault,
      get triggered() {
        return entry.triggered;
      },
      get remaining() {
        return entry.remaining;
      },
      remove: () => {
        this.entries = this.entries.filter((e) => e !== entry);
      },
    };
  }

  clear(): void {
    this.entries = [];
  }

  /** Consumes the faults that apply to this request. Latencies add up; the oldest terminal fault wins. */
  plan(target: FaultTarget): FaultPlan {
    let latencyMs = 0;
    let terminal: FaultPlan['terminal'];
    for (const entry of this.entries) {
      if (entry.remaining <= 0 || !entry.matches(target)) continue;
      if (entry.fault.kind === 'latency') {
        latencyMs += entry.fault.ms;
      } else if (terminal) {
        continue;
      } else {
        terminal = entry.fault;
      }
      entry.remaining -= 1;
      entry.triggered += 1;
    }
    this.entries = this.entries.filter((e) => e.remaining > 0);
    return terminal ? { latencyMs, terminal } : { latencyMs };
  }
}

function matcher(match: FaultMatch | undefined): (target: FaultTarget) => boolean {
  if (!match) return () => true;
  const path = match.path;
  let pathMatches: (p: string) => boolean = () => true;
  if (path instanceof RegExp) pathMatches = (p) => path.test(p);
  else if (path !== undefined) {
    const template = compileTemplate(path);
    pathMatches = (p) => template(p) !== undefined;
  }
  return (target) =>
    (match.method === undefined || match.method.toUpperCase() === target.method) &&
    (match.operation === undefined || match.operation === target.operation) &&
    pathMatches(target.path);
}
