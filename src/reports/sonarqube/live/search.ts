/**
 * Paging through a SonarQube search (`api/issues/search`, `api/hotspots/search`): 500 a page, the
 * most either allows, and never past the 10,000th result, which SonarQube refuses with 400
 * (input-formats.md §1.6). Page 1 says the total; the remaining pages are then asked in parallel.
 */
import { isRecord } from '../../../core/records.js';
import { mapLimit, type HttpClient, type QueryValue } from '../../../http/index.js';

export const PAGE_SIZE = 500;
/** `SearchOptions.MAX_RETURNABLE_RESULTS`: p × ps may not exceed it. */
export const MAX_RESULTS = 10_000;
/** Enough for 10,000 results in one round trip after page 1. */
const PAGES_IN_PARALLEL = MAX_RESULTS / PAGE_SIZE;

export type Page = Record<string, unknown>;
export type Query = Record<string, QueryValue>;

export interface FirstPage {
  page: Page;
  /** How many results the search matched (`paging.total`, or the pre-9.8 top-level `total`). */
  total: number;
}

export async function firstPage(http: HttpClient, action: string, query: Query): Promise<FirstPage> {
  const page = await fetchPage(http, action, query, 1);
  return { page, total: totalOf(page) };
}

/** Pages 2… that hold the first `wanted` results (at most 10,000), all at once. */
export async function remainingPages(http: HttpClient, action: string, query: Query, wanted: number): Promise<Page[]> {
  const pages = Math.ceil(Math.min(wanted, MAX_RESULTS) / PAGE_SIZE);
  const numbers = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
  return mapLimit(numbers, PAGES_IN_PARALLEL, (p) => fetchPage(http, action, query, p));
}

/** Every page up to the cap: page 1, then the rest in parallel. */
export async function allPages(http: HttpClient, action: string, query: Query): Promise<{ pages: Page[]; total: number }> {
  const first = await firstPage(http, action, query);
  const rest = await remainingPages(http, action, query, first.total);
  return { pages: [first.page, ...rest], total: first.total };
}

async function fetchPage(http: HttpClient, action: string, query: Query, p: number): Promise<Page> {
  const { body } = await http.request({ method: 'GET', url: action, query: { ...query, ps: PAGE_SIZE, p } });
  if (!isRecord(body)) throw new Error(`${action} answered something other than a JSON object`);
  return body;
}

function totalOf(page: Page): number {
  const paging = page['paging'];
  const total = isRecord(paging) ? paging['total'] : page['total'];
  return typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : 0;
}
