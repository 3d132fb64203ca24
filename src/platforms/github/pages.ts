/**
 * GitHub's paging (api-contracts.md §3.1): `per_page` at most 100, and the way on in the `Link`
 * header's `rel="next"` URL, followed verbatim (it keeps every other query parameter). Its absence
 * marks the last page. The HTTP client refuses a URL on another origin while a token is attached.
 */
import type { HttpClient, HttpRequest } from '../../http/index.js';
import { readPages } from '../core/pages.js';

const PER_PAGE = 100;

export async function readAllPages<T>(http: HttpClient, first: HttpRequest): Promise<T[]> {
  const start: HttpRequest = { ...first, query: { ...first.query, per_page: PER_PAGE } };
  return readPages<T, HttpRequest>(start, (req) => page<T>(http, req), (req) => req.url);
}

async function page<T>(http: HttpClient, req: HttpRequest) {
  const res = await http.request<T[] | undefined>(req);
  const next = nextLink(res.headers.get('link'));
  return { values: Array.isArray(res.body) ? res.body : [], next: next ? { method: 'GET' as const, url: next } : undefined };
}

/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the first URL whose rel list names `next`. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = match && /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]!);
    if (match && rel && rel[1]!.trim().split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
