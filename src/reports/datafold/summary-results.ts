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
import type { ColumnDifference, DataDiffReport, ModelDiff, RowCounts, SchemaChanges } from '../model.js';
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

/** What the endpoint answers while the diff is still queued or computing. */
const IN_FLIGHT = ['running', 'waiting', 'queued', 'processing'];

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
  if (IN_FLIGHT.includes(status)) return true;
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
  if (typeof status === 'string' && IN_FLIGHT.includes(status)) {
    throw new InputError(
      `the Datafold diff has not finished (status "${status}"); poll summary_results until its status is "done" or "success", then pass that body`,
      { source: source.path, pointer: '/status' },
    );
  }
  const model =
    status === 'failed'
      ? failedModel(validateOrThrow<RawFailed>(failedSchema, json, source.path))
      : finishedModel(validateOrThrow<RawFinished>(finishedSchema, json, source.path));
  return { kind: 'data-diff', format: datafoldSummary.name, tool: DATAFOLD_TOOL, verdict: dataDiffVerdict([model]), models: [model] };
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
