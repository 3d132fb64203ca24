/**
 * Cloud's paging: `next` is an opaque URL (some collections page by hash, not by number), so it is
 * followed verbatim; its absence marks the last page. The HTTP client refuses a `next` on another
 * origin when credentials are attached, so following it cannot leak them.
 */
import type { HttpClient, HttpRequest } from '../../http/index.js';
import type { WirePage } from './wire.js';

/** Far beyond any real PR (100 000 comments at pagelen 100); stops a server that loops. */
const MAX_PAGES = 1000;

export async function readAllPages<T>(http: HttpClient, first: HttpRequest): Promise<T[]> {
  const page = (await http.request<WirePage<T> | undefined>(first)).body;
  return [...(page?.values ?? []), ...(await followingPages<T>(http, page))];
}

/** The values of every page after `page`. */
export async function followingPages<T>(http: HttpClient, page: WirePage<T> | undefined): Promise<T[]> {
  const values: T[] = [];
  const seen = new Set<string>();
  let next = page?.next;
  while (next && !seen.has(next)) {
    if (seen.size >= MAX_PAGES) throw new Error(`gave up after ${MAX_PAGES} pages of ${next}`);
    seen.add(next);
    const current = (await http.request<WirePage<T> | undefined>({ method: 'GET', url: next })).body;
    values.push(...(current?.values ?? []));
    next = current?.next;
  }
  return values;
}
