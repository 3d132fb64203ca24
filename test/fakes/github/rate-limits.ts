/**
 * GitHub's rate limits (api-contracts.md §3.6). Primary: an hourly budget per token, reported in
 * `x-ratelimit-*` headers on every answer and refused with 403 once spent, until
 * `x-ratelimit-reset`. Secondary: content-generating requests are counted, and past 80 a minute
 * or 500 an hour refused with 403 and `retry-after` — so a test can assert a client stays inside.
 */
import type { Reply } from '../fake-server.js';
import { GITHUB_LIMITS, HOURLY_RATE_LIMITS } from './limits.js';
import { isInstallation, type GitHubToken, type TokenKind } from './tokens.js';
import { basicError } from './wire.js';

export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
/** Observed wording (app-sre/github-mirror#62, apache/devlake#1322). */
export const SECONDARY_RATE_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export type RateLimitedKind = TokenKind | 'anonymous';

export interface RateBudget {
  readonly limit: number;
  readonly used: number;
  /** Epoch seconds, as in `x-ratelimit-reset`. */
  readonly resetAt: number;
}

export interface BudgetChange {
  readonly limit?: number;
  readonly remaining?: number;
  /** From now; default one hour. */
  readonly resetInSeconds?: number;
}

type Key = GitHubToken | 'anonymous';

export class RateLimiter {
  private readonly budgets = new Map<Key, RateBudget>();
  /** Millisecond times of content-generating requests, oldest first. */
  private readonly contentTimes: number[] = [];

  constructor(
    private readonly nowMs: () => number,
    private readonly hourly: Readonly<Record<RateLimitedKind, number>> = HOURLY_RATE_LIMITS,
  ) {}

  /** The token's budget now (a fresh one once the reset time has passed). */
  budget(token: GitHubToken | undefined): RateBudget {
    const key: Key = token ?? 'anonymous';
    const now = Math.floor(this.nowMs() / 1000);
    let budget = this.budgets.get(key);
    if (!budget || now >= budget.resetAt) {
      budget = { limit: this.hourly[token?.kind ?? 'anonymous'], used: 0, resetAt: now + 3600 };
      this.budgets.set(key, budget);
    }
    return budget;
  }

  set(token: GitHubToken | undefined, change: BudgetChange): RateBudget {
    const current = this.budget(token);
    const limit = change.limit ?? current.limit;
    const used = change.remaining === undefined ? Math.min(current.used, limit) : limit - Math.min(change.remaining, limit);
    const resetAt = Math.floor(this.nowMs() / 1000) + (change.resetInSeconds ?? 3600);
    const budget = { limit, used, resetAt };
    this.budgets.set(token ?? 'anonymous', budget);
    return budget;
  }

  /** Counts one request against the budget; false (and nothing counted) when it is spent. */
  take(token: GitHubToken | undefined): boolean {
    const budget = this.budget(token);
    if (budget.used >= budget.limit) return false;
    this.budgets.set(token ?? 'anonymous', { ...budget, used: budget.used + 1 });
    return true;
  }

  headers(token: GitHubToken | undefined): Record<string, string> {
    const { limit, used, resetAt } = this.budget(token);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-resource': 'core',
    };
  }

  /** The 403 for a spent budget, in the words observed (dawidd6/action-download-artifact#163). */
  primaryExceeded(token: GitHubToken): Reply {
    const who = isInstallation(token) ? `installation ID ${token.installationId ?? 0}` : `user ID ${token.account.id}`;
    return basicError(403, `API rate limit exceeded for ${who}.`, RATE_LIMIT_DOCS);
  }

  /** Records a content-generating request unless it would go past the secondary limits; false when refused. */
  takeContentCreation(enforce: boolean): boolean {
    const now = this.nowMs();
    if (enforce && (this.countSince(now - 60_000) >= GITHUB_LIMITS.contentCreationPerMinute || this.countSince(now - 3_600_000) >= GITHUB_LIMITS.contentCreationPerHour)) return false;
    this.contentTimes.push(now);
    return true;
  }

  /** The most content-generating requests that fell within any 60 seconds. */
  maxContentCreationPerMinute(): number {
    let max = 0;
    let start = 0;
    for (let end = 0; end < this.contentTimes.length; end++) {
      while (this.contentTimes[end]! - this.contentTimes[start]! >= 60_000) start++;
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  get contentCreationCount(): number {
    return this.contentTimes.length;
  }

  private countSince(since: number): number {
    return this.contentTimes.filter((t) => t > since).length;
  }
}

export function secondaryExceeded(status: 403 | 429, retryAfterSeconds: number | null): Reply {
  const reply = basicError(status, SECONDARY_RATE_LIMIT_MESSAGE, `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`);
  return retryAfterSeconds === null ? reply : { ...reply, headers: { 'retry-after': String(retryAfterSeconds) } };
}
