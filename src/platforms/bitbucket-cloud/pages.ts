/**
 * Cloud's paging: `next` is an opaque URL (some collections page by hash, not by number), so it is
 * followed verbatim; its absence marks the last page. The HTTP client refuses a `next` on another
 * origin when credentials are attached, so following it cannot leak them.
 */
import type { HttpClient, HttpRequest } from '../../http/index.js';
import { readPages } from '../core/pages.js';
import type { WirePage } from './wire.js';

export async function readAllPages<T>(http: HttpClient, first: HttpRequest): Promise<T[]> {
  return readPages<T, HttpRequest>(first, (req) => page<T>(http, req), (req) => req.url);
}

/** The values of every page after `page`. */
export async function followingPages<T>(http: HttpClient, page: WirePage<T> | undefined): Promise<T[]> {
  return page?.next ? readAllPages<T>(http, { method: 'GET', url: page.next }) : [];
}

async function page<T>(http: HttpClient, req: HttpRequest) {
  const body = (await http.request<WirePage<T> | undefined>(req)).body;
  return { values: body?.values ?? [], next: body?.next ? { method: 'GET' as const, url: body.next } : undefined };
}
