/**
 * Reading query parameters the way SonarQube's handlers do, with its messages for what they refuse.
 * These hold with or without the web-services list: a route cannot answer without its required
 * parameters or with a page it cannot compute.
 */
import { Rejection } from '../fake-server.js';
import { sonarError } from './wire.js';

/** `SearchOptions.MAX_RETURNABLE_RESULTS` and `MAX_LIMIT` (input-formats.md §1.6). */
export const MAX_RETURNABLE_RESULTS = 10_000;
export const MAX_PAGE_SIZE = 500;

/** The first of `names` sent, trimmed; empty counts as absent. Deprecated names go first (see profile.ts). */
export function param(query: URLSearchParams, ...names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = query.get(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

export function requiredParam(query: URLSearchParams, name: string): string {
  const value = param(query, name);
  if (value === undefined) throw new Rejection(sonarError(400, `The '${name}' parameter is missing`));
  return value;
}

/** A comma-separated list parameter; undefined when absent. */
export function listParam(query: URLSearchParams, ...names: readonly string[]): string[] | undefined {
  return param(query, ...names)
    ?.split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** SonarQube's booleans accept `yes`/`no` too; undefined when absent. */
export function booleanParam(query: URLSearchParams, ...names: readonly string[]): boolean | undefined {
  const value = param(query, ...names);
  return value === undefined ? undefined : value === 'true' || value === 'yes';
}

export interface Page {
  /** 1-based. */
  readonly page: number;
  /** As asked (what `paging.pageSize` reports). */
  readonly pageSize: number;
  /** How many are returned at most: a size ≤ 0 means 500, and never more than 500 (`SearchOptions.setLimit`). */
  readonly limit: number;
  readonly offset: number;
}

/**
 * `p` and `ps` of a search. `maximumPageSize` is the action's declared `maximumValue` (500 for
 * issues/search; hotspots/search declares none and is silently capped instead). Then
 * `SearchOptions.setPage`: p ≥ 1 and p × ps ≤ 10,000.
 */
export function pageParams(query: URLSearchParams, maximumPageSize?: number): Page {
  const page = integer(query, 'p', 1, false);
  const pageSize = integer(query, 'ps', 100, maximumPageSize !== undefined);
  if (maximumPageSize !== undefined && pageSize > maximumPageSize) throw new Rejection(sonarError(400, `'ps' value (${pageSize}) must be less than ${maximumPageSize}`));
  if (page < 1) throw new Rejection(sonarError(400, `Page must be greater or equal to 1 (got ${page})`));
  const last = page * pageSize;
  if (last > MAX_RETURNABLE_RESULTS) throw new Rejection(sonarError(400, `Can return only the first ${MAX_RETURNABLE_RESULTS} results. ${last}th result asked.`));
  const limit = pageSize <= 0 ? MAX_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
  return { page, pageSize, limit, offset: (page - 1) * limit };
}

/** Two wordings: the declared-maximum check (`ValidatingRequest`) and `Request.paramAsInt`. */
function integer(query: URLSearchParams, name: string, fallback: number, declaredMaximum: boolean): number {
  const raw = param(query, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (Number.isInteger(n)) return n;
  throw new Rejection(sonarError(400, declaredMaximum ? `'${name}' value '${raw}' cannot be parsed as an integer` : `The '${name}' parameter cannot be parsed as an integer value: ${raw}`));
}
