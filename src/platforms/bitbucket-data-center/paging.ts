/**
 * Data Center's paged resources: `start`/`limit` in, `{values, isLastPage, nextPageStart}` out.
 * The server caps `limit` as its admin configured, so the next page always starts at
 * `nextPageStart`, never at start + the limit we asked for.
 */
import type { QueryValue } from '../../http/index.js';
import type { DcClient } from './client.js';

/** Asked for; the server may give fewer. */
export const PAGE_LIMIT = 100;
/** 100 000 items at the default limit: far beyond any pull request, short of a server loop. */
const MAX_PAGES = 1000;

interface Page {
  values: unknown[];
  isLastPage?: unknown;
  nextPageStart?: unknown;
}

export async function allPages(client: DcClient, url: string, query: Record<string, QueryValue> = {}): Promise<unknown[]> {
  const out: unknown[] = [];
  let start = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { body } = await client.request<unknown>({ method: 'GET', url, query: { ...query, start, limit: PAGE_LIMIT } });
    if (!isPage(body)) throw new Error(`the answer to GET ${url} is not a page of values`);
    out.push(...body.values);
    const next = body.nextPageStart;
    if (body.isLastPage === true || typeof next !== 'number') return out;
    // Following a page that does not move on would loop forever; a partial list would cause duplicates.
    if (!Number.isInteger(next) || next <= start) throw new Error(`the server's paging of ${url} did not advance (start ${start}, nextPageStart ${next})`);
    start = next;
  }
  throw new Error(`${url} has more than ${MAX_PAGES} pages`);
}

function isPage(body: unknown): body is Page {
  return typeof body === 'object' && body !== null && Array.isArray((body as Page).values);
}
