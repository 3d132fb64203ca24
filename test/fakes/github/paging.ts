/**
 * GitHub's paging: `per_page` (default 30, silently capped at 100) and `page` from 1, with the way
 * on in a `Link` header (`rel="next"`, `"last"`, and `"first"`/`"prev"` past page 1) that keeps
 * every other query parameter. `maxPerPage` lets a test force small pages so a client that reads
 * only the first one is caught.
 */
import type { FakeRequest } from '../fake-server.js';
import { GITHUB_LIMITS } from './limits.js';

export interface Page<T> {
  readonly items: T[];
  /** The `Link` header, when there is more than one page. */
  readonly headers: Record<string, string>;
}

export function paginate<T>(all: readonly T[], req: FakeRequest, maxPerPage: number): Page<T> {
  const perPage = Math.min(positiveInt(req.query.get('per_page')) ?? GITHUB_LIMITS.defaultPerPage, GITHUB_LIMITS.maxPerPage, maxPerPage);
  const page = positiveInt(req.query.get('page')) ?? 1;
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (last === 1) return { items, headers: {} };
  const link = (n: number, rel: string) => {
    const url = new URL(`${req.origin}${req.url.pathname}${req.url.search}`);
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  return { items, headers: { link: links.join(', ') } };
}

/** A `per_page` or `page` that is not a positive integer counts as absent (the fake's reading). */
function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}
