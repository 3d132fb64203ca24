/**
 * GitHub's paging (api-contracts.md §3.1): `per_page` at most 100, and the way on in the `Link`
 * header's `rel="next"` URL, followed verbatim (it keeps every other query parameter). Its absence
 * marks the last page. The HTTP client refuses a URL on another origin while a token is attached.
 *
 * When the first page's `Link` also names the last page by number, the pages between are read at
 * once: a list of three pages costs two round trips, not three. Anything else is followed page by
 * page.
 */
import { mapLimit } from '../../core/concurrency.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/index.js';
import { MAX_PAGES, readPages } from '../core/pages.js';

const PER_PAGE = 100;
/** Pages read at once after the first. */
const PARALLEL_PAGES = 4;

export interface Listed<T> {
  values: T[];
  /** When GitHub answered the first page (its `Date` header), when it said. */
  at: Date | undefined;
}

export async function readAllPages<T>(http: HttpClient, first: HttpRequest): Promise<T[]> {
  return (await listAllPages<T>(http, first)).values;
}

export async function listAllPages<T>(http: HttpClient, first: HttpRequest): Promise<Listed<T>> {
  const res = await http.request<T[] | undefined>({ ...first, query: { ...first.query, per_page: PER_PAGE } });
  const values = valuesOf(res);
  const date = res.headers.get('date');
  const at = date === null || Number.isNaN(Date.parse(date)) ? undefined : new Date(date);
  const links = parseLinks(res.headers.get('link'));
  if (links.next === undefined) return { values, at };
  const numbered = numberedPages(links.next, links.last);
  if (numbered) {
    const rest = await mapLimit(numbered, PARALLEL_PAGES, (url) => http.request<T[] | undefined>({ method: 'GET', url }));
    return { values: [...values, ...rest.flatMap(valuesOf)], at };
  }
  const following = await readPages<T, HttpRequest>({ method: 'GET', url: links.next }, (req) => page<T>(http, req), (req) => req.url);
  return { values: [...values, ...following], at };
}

async function page<T>(http: HttpClient, req: HttpRequest) {
  const res = await http.request<T[] | undefined>(req);
  const next = parseLinks(res.headers.get('link')).next;
  return { values: valuesOf(res), next: next ? { method: 'GET' as const, url: next } : undefined };
}

function valuesOf<T>(res: HttpResponse<T[] | undefined>): T[] {
  return Array.isArray(res.body) ? res.body : [];
}

/**
 * The URLs of pages `next` to `last` when both say `page=` and differ in nothing else (the usual
 * GitHub `Link`); otherwise undefined, and the pages are followed one by one.
 */
function numberedPages(next: string, last: string | undefined): string[] | undefined {
  if (last === undefined) return undefined;
  const [from, to] = [new URL(next), new URL(last)];
  const [a, b] = [Number(from.searchParams.get('page')), Number(to.searchParams.get('page'))];
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 2 || b < a || b > MAX_PAGES) return undefined;
  to.searchParams.set('page', String(a));
  if (to.href !== from.href) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => {
    from.searchParams.set('page', String(a + i));
    return from.href;
  });
}

/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the URLs named `next` and `last`. */
export function parseLinks(header: string | null): { next?: string; last?: string } {
  const links: { next?: string; last?: string } = {};
  for (const part of (header ?? '').split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = match && /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]!);
    if (!match || !rel) continue;
    for (const name of rel[1]!.trim().split(/\s+/)) if ((name === 'next' || name === 'last') && links[name] === undefined) links[name] = match[1]!;
  }
  return links;
}
