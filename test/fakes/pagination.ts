/**
 * The two platforms' paging envelopes. Page sizes default small so that a client which reads only
 * the first page is caught by an ordinary test, not by a production repository with 11 comments.
 */

export class PageError extends Error {
  override readonly name = 'PageError';
}

export interface CloudPageOptions {
  readonly defaultPageLen: number;
  readonly maxPageLen: number;
}

export interface CloudPage<T> {
  readonly pagelen: number;
  readonly size: number;
  readonly page: number;
  readonly values: T[];
  readonly next?: string;
  readonly previous?: string;
}

/**
 * Cloud: `pagelen` and `page`; `next` is an opaque URL (the position is an encoded token, not a
 * page number) that a client must follow verbatim. A plain numeric `page` is accepted too.
 */
export function cloudPage<T>(items: readonly T[], url: URL, options: CloudPageOptions): CloudPage<T> {
  const pagelenParam = url.searchParams.get('pagelen');
  const pagelen = pagelenParam === null ? options.defaultPageLen : Number(pagelenParam);
  if (!Number.isInteger(pagelen) || pagelen < 1) throw new PageError(`Invalid pagelen: ${pagelenParam}`);
  const size = Math.min(pagelen, options.maxPageLen);
  const offset = decodeCloudPage(url.searchParams.get('page'), size);
  const values = items.slice(offset, offset + size);
  const link = (at: number) => {
    const next = new URL(url);
    next.searchParams.set('page', Buffer.from(JSON.stringify({ o: at })).toString('base64url'));
    return next.toString();
  };
  return {
    pagelen: size,
    size: items.length,
    page: Math.floor(offset / size) + 1,
    values,
    ...(offset + size < items.length ? { next: link(offset + size) } : {}),
    ...(offset > 0 ? { previous: link(Math.max(0, offset - size)) } : {}),
  };
}

function decodeCloudPage(page: string | null, pagelen: number): number {
  if (page === null) return 0;
  if (/^\d+$/.test(page)) {
    const n = Number(page);
    if (n < 1) throw new PageError(`Invalid page: ${page}`);
    return (n - 1) * pagelen;
  }
  try {
    const token = JSON.parse(Buffer.from(page, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof token.o === 'number' && Number.isInteger(token.o) && token.o >= 0) return token.o;
  } catch {
    // falls through to the error below
  }
  throw new PageError(`Invalid page: ${page}`);
}

export interface DcPageOptions {
  readonly defaultLimit: number;
  /** The server-side cap: a client asking for more gets this many and must read `limit` back. */
  readonly maxLimit: number;
}

export interface DcPage<T> {
  readonly size: number;
  readonly limit: number;
  readonly isLastPage: boolean;
  readonly start: number;
  readonly values: T[];
  readonly nextPageStart?: number;
}

export function dcPage<T>(items: readonly T[], query: URLSearchParams, options: DcPageOptions): DcPage<T> {
  const startParam = query.get('start');
  const limitParam = query.get('limit');
  const start = startParam === null ? 0 : Number(startParam);
  if (!Number.isInteger(start) || start < 0) throw new PageError(`Invalid start: ${startParam}`);
  const asked = limitParam === null ? options.defaultLimit : Number(limitParam);
  if (!Number.isInteger(asked) || asked < 0) throw new PageError(`Invalid limit: ${limitParam}`);
  const limit = Math.min(asked === 0 ? options.defaultLimit : asked, options.maxLimit);
  const values = items.slice(start, start + limit);
  const isLastPage = start + values.length >= items.length;
  return {
    size: values.length,
    limit,
    isLastPage,
    start,
    values,
    ...(isLastPage ? {} : { nextPageStart: start + values.length }),
  };
}
