/**
 * Data Center's paged resources: `start`/`limit` in, `{values, isLastPage, nextPageStart}` out.
 * The server caps `limit` as its admin configured, so the next page always starts at
 * `nextPageStart`, never at start + the limit we asked for.
 */
import type { QueryValue } from '../../http/index.js';
import { readPages } from '../core/pages.js';
import type { DcClient } from './client.js';

/** Asked for; the server may give fewer. */
export const PAGE_LIMIT = 100;

interface Page {
  values: unknown[];
  isLastPage?: unknown;
  nextPageStart?: unknown;
}

export async function allPages(client: DcClient, url: string, query: Record<string, QueryValue> = {}): Promise<unknown[]> {
  return readPages<unknown, number>(0, (start) => page(client, url, query, start), (start) => `${url} from ${start}`);
}

/** The first page only: where the newest items come first and only those matter. */
export async function firstPage(client: DcClient, url: string, query: Record<string, QueryValue> = {}): Promise<unknown[]> {
  return (await page(client, url, query, 0)).values;
}

async function page(client: DcClient, url: string, query: Record<string, QueryValue>, start: number): Promise<{ values: unknown[]; next: number | undefined }> {
  const { body } = await client.request<unknown>({ method: 'GET', url, query: { ...query, start, limit: PAGE_LIMIT } });
  if (!isPage(body)) throw new Error(`the answer to GET ${url} is not a page of values`);
  const next = body.nextPageStart;
  if (body.isLastPage === true || typeof next !== 'number') return { values: body.values, next: undefined };
  // A start that does not move forward would revisit pages.
  if (!Number.isInteger(next) || next <= start) throw new Error(`the server's paging of ${url} did not advance (start ${start}, nextPageStart ${next})`);
  return { values: body.values, next };
}

function isPage(body: unknown): body is Page {
  return typeof body === 'object' && body !== null && Array.isArray((body as Page).values);
}
