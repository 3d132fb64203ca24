/**
 * When to try again and how long to wait. Pure functions of the response, so the client loop stays
 * readable and the rules are tested without a server.
 */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;

/** "Full jitter" (AWS architecture blog): spreads retries of many CI jobs hitting one server. */
export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** GitHub's wording for its secondary limits, when a 403 carries no `retry-after` (api-contracts.md §3.6). */
const SECONDARY_LIMIT = /secondary rate limit/i;
/** §3.6: "secondary: honour retry-after, else wait ≥1 min". */
const SECONDARY_WAIT_MS = 60_000;

/**
 * GitHub's primary limit answers 403 (or 429) with `x-ratelimit-remaining: 0`; its secondary
 * limit answers 403 or 429 with `retry-after`, or only says "secondary rate limit" (§3.6).
 * Bitbucket Cloud and DC use 429 (§1.7, §2.7).
 */
export function isRateLimited(status: number, headers: Headers, message?: string): boolean {
  if (status === 429) return true;
  return status === 403 && (headers.get('x-ratelimit-remaining') === '0' || headers.has('retry-after') || SECONDARY_LIMIT.test(message ?? ''));
}

/**
 * A rate-limited request was not processed and a 503 with Retry-After is the server asking us to
 * come back, so those are safe to repeat for any method; a 502/503/504 from a gateway may hide a
 * request that did reach the backend, so only idempotent requests are repeated.
 */
export function retryableStatus(status: number, headers: Headers, idempotent: boolean, message?: string): boolean {
  if (isRateLimited(status, headers, message)) return true;
  if (status === 503 && headers.has('retry-after')) return true;
  return idempotent && (status === 502 || status === 503 || status === 504);
}

/** How long to wait before repeating: what the server asked, or a minute for a bare secondary limit. */
export function rateLimitWaitMs(status: number, headers: Headers, now: number, message?: string): number | undefined {
  const asked = serverWaitMs(headers, now);
  if (asked !== undefined) return asked;
  return status === 403 && SECONDARY_LIMIT.test(message ?? '') ? SECONDARY_WAIT_MS : undefined;
}

/** When a spent primary limit resets (epoch ms), from `x-ratelimit-reset`. */
export function rateLimitResetMs(headers: Headers): number | undefined {
  const value = spentLimitReset(headers);
  return value !== undefined && value > 1e9 ? value * 1000 : undefined;
}

/** `x-ratelimit-reset` as a number, only when nothing remains (`x-ratelimit-remaining: 0`). */
function spentLimitReset(headers: Headers): number | undefined {
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset || !/^\d+$/.test(reset) || headers.get('x-ratelimit-remaining') !== '0') return undefined;
  return Number(reset);
}

/**
 * How long the server asked us to wait, in ms: `Retry-After` (seconds or an HTTP date; Cloud, DC,
 * GitHub secondary limits), else GitHub's `x-ratelimit-reset` (epoch seconds) when nothing remains.
 */
export function serverWaitMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const value = spentLimitReset(headers);
  if (value === undefined) return undefined;
  // Epoch seconds (GitHub); a small number can only be a delta in seconds.
  return value > 1e9 ? Math.max(0, value * 1000 - now) : value * 1000;
}
