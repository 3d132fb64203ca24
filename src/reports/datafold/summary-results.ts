/**
 * Datafold Cloud `GET /api/v1/datadiffs/{id}/summary_results`. Dataset 1 is the base
 * (production), dataset 2 the head, as data-diff's `--cloud` mode creates them. The body names no
 * table, so the single model is named after the tool; TITLE is where a user names it.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import { diffStatus, matchPercent } from '../data-diff/derive.js';
import { isRecord } from '../../core/records.js';
import { claimedByAnotherFormat } from '../data-diff/json-value.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { ColumnDifference, DataDiffReport, DownstreamDependency, ModelDiff, RowCounts, SchemaChanges } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import {
  FINISHED_STATUSES,
  failedSchema,
  finishedSchema,
  type RawColumnDiffStats,
  type RawFailed,
  type RawFinished,
} from './summary-results-schema.js';

export const DATAFOLD_TOOL = 'Datafold';
export const DATAFOLD_MODEL_NAME = 'Datafold data diff';

/**
 * What the endpoint answers while the diff is still queued or computing: `running` / `pending` in
 * the current description, `waiting` in older docs and clients (SOURCES.md quirk 10), and the job
 * statuses for good measure.
 */
const IN_FLIGHT = ['running', 'pending', 'waiting', 'queued', 'processing'];

export function isInFlight(status: unknown): boolean {
  return typeof status === 'string' && IN_FLIGHT.includes(status);
}

export const datafoldSummary: ReportFormat = {
  name: 'datafold-summary',
  kind: 'data-diff',
  sniff,
  parse,
};

/**
 * In-flight bodies are bare `{"status": …}`, so those statuses match on their own (parse then
 * says to poll); a finished body must show `pks`, a failed one its `error`, for a lone `status`
 * word from some other tool not to pass for Datafold.
 */
function sniff(source: ReportDocument): boolean {
  const json = source.json;
  if (!isRecord(json) || claimedByAnotherFormat(json) || 'model' in json) return false;
  const status = json['status'];
  if (typeof status !== 'string') return false;
  if (isInFlight(status)) return true;
  if (status === 'failed') return isRecord(json['error']);
  return (FINISHED_STATUSES as readonly string[]).includes(status) && isRecord(json['pks']);
}

function parse(source: ReportDocument): DataDiffReport {
  const json = source.json;
  if (!isRecord(json)) {
    throw new InputError('expected the JSON object returned by Datafold GET /api/v1/datadiffs/{id}/summary_results', {
      source: source.path,
      pointer: '/',
    });
  }
  const status = json['status'];
  if (isInFlight(status)) {
    throw new InputError(
      `the Datafold diff has not finished (status "${String(status)}"); poll summary_results until its status is "done" or "success", then pass that body`,
      { source: source.path, pointer: '/status' },
    );
  }
  const model = modelOfSummary(json, source.path);
  return { kind: 'data-diff', format: datafoldSummary.name, tool: DATAFOLD_TOOL, verdict: dataDiffVerdict([model]), models: [model] };
}

/**
 * The model a finished (or failed) summary_results body describes, named after the tool: the body
 * names no table. The live source reads the same bodies and names the model itself. `source` is
 * what a schema error names.
 */
export function modelOfSummary(json: Record<string, unknown>, source: string): ModelDiff {
  if (json['status'] === 'failed') return failedModel(validateOrThrow<RawFailed>(failedSchema, json, source));
  const model = finishedModel(validateOrThrow<RawFinished>(finishedSchema, json, source));
  const dependencies = downstream(json['dependencies']);
  return dependencies.length > 0 ? { ...model, dependencies } : model;
}

/**
 * Downstream assets, in either shape Datafold has used (input-formats.md §3.3): the current
 * description's list of `{item_type, name, path, …}`, or older bodies' `{deps: {<kind>: [...]}}`.
 * Anything else, or an entry without a name, is left out rather than refused: it only adds context.
 */
function downstream(raw: unknown): DownstreamDependency[] {
  const nameOf = (item: unknown): string | undefined => {
    if (typeof item === 'string') return item;
    if (!isRecord(item)) return undefined;
    if (typeof item['name'] === 'string') return item['name'];
    const path = item['path'];
    return Array.isArray(path) && path.every((p) => typeof p === 'string') ? path.join('.') : undefined;
  };
  const entries: [unknown, unknown][] = Array.isArray(raw)
    ? raw.map((item) => [isRecord(item) ? item['item_type'] : undefined, item])
    : isRecord(raw) && isRecord(raw['deps'])
      ? Object.entries(raw['deps']).flatMap(([kind, items]) => (Array.isArray(items) ? items.map((item): [unknown, unknown] => [kind, item]) : []))
      : [];
  return entries.flatMap(([kind, item]) => {
    const name = nameOf(item);
    return name === undefined ? [] : [{ kind: typeof kind === 'string' ? kind : 'asset', name }];
  });
}

function failedModel(raw: RawFailed): ModelDiff {
  const type = raw.error?.error_type;
  const value = raw.error?.error_value ?? undefined;
  const error = type && value ? `${type}: ${value}` : (type ?? value ?? 'Datafold reported the diff as failed without details');
  return { name: DATAFOLD_MODEL_NAME, status: 'failed', error };
}

/** The numbers data-diff's `--cloud` mode derives from the same body (data_diff/dbt.py). */
function finishedModel(raw: RawFinished): ModelDiff {
  const [baseRows, headRows] = raw.pks.total_rows;
  const [removed, added] = raw.pks.exclusives;
  const changed = raw.values.rows_with_differences;
  const rows: RowCounts = {
    base: baseRows,
    head: headRows,
    added,
    removed,
    changed,
    // Duplicate keys can make the formula negative; a count of rows cannot be.
    unchanged: Math.max(0, baseRows - changed - removed),
  };
  const schema = raw.schema ? schemaChanges(raw.schema) : undefined;
  const match = matchPercent(rows);
  const primaryKeyIssues = {
    ...(raw.pks.nulls && { nulls: raw.pks.nulls }),
    ...(raw.pks.dupes && { duplicates: raw.pks.dupes }),
  };
  return {
    name: DATAFOLD_MODEL_NAME,
    status: diffStatus(rows, schema),
    rows,
    ...(match !== undefined && { matchPercent: match }),
    ...(raw.values.columns_diff_stats && { columns: differingColumns(raw.values.columns_diff_stats) }),
    ...(schema && { schema }),
    ...(Object.keys(primaryKeyIssues).length > 0 && { primaryKeyIssues }),
  };
}

/** `match` is the percent of matching values; like data-diff, list only columns below 100. */
function differingColumns(stats: RawColumnDiffStats[]): ColumnDifference[] {
  return stats
    .filter((column) => column.match !== 100)
    .map((column) => ({
      name: column.column_name,
      ...(column.values_different !== undefined && { differing: column.values_different }),
      percentDiffering: roundPercent(100 - column.match),
    }));
}

/** 100 − 99.9 is 0.09999999999999432 in floating point; no display needs more than 6 decimals. */
function roundPercent(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Older bodies carry counts only; without the column lists the schema change is unknown, not empty. */
function schemaChanges(schema: NonNullable<RawFinished['schema']>): SchemaChanges | undefined {
  if (!schema.exclusive_columns && !schema.column_type_differs) return undefined;
  return {
    added: [...(schema.exclusive_columns?.[1] ?? [])],
    removed: [...(schema.exclusive_columns?.[0] ?? [])],
    typeChanged: [...(schema.column_type_differs ?? [])],
  };
}
