/**
 * Reading every page of a list, whatever the platform's cursor (Cloud's opaque `next` URL, Data
 * Center's `nextPageStart`, GitHub's `Link` header): bounded, and refusing a cursor that does not
 * move on, since following it would loop forever and a partial list would cause duplicates.
 */

/** 100 000 items at 100 a page: far beyond any pull request, short of a server that loops. */
export const MAX_PAGES = 1000;

export interface Page<T, C> {
  values: T[];
  /** Where the next page is; undefined on the last. */
  next: C | undefined;
}

export async function readPages<T, C>(first: C, read: (cursor: C) => Promise<Page<T, C>>, describe: (cursor: C) => string): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  let cursor: C | undefined = first;
  while (cursor !== undefined) {
    const key = describe(cursor);
    if (seen.has(key)) throw new Error(`the server's paging did not advance (${key} again)`);
    if (seen.size >= MAX_PAGES) throw new Error(`gave up after ${MAX_PAGES} pages (at ${key})`);
    seen.add(key);
    const page: Page<T, C> = await read(cursor);
    out.push(...page.values);
    cursor = page.next;
  }
  return out;
}
