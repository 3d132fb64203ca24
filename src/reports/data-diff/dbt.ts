/**
 * `data-diff --dbt --json`: one object per dbt model per line, between rich text lines.
 * dataset1 is the production table (base), dataset2 the development one (head). Row values in
 * `rows` are only ever counted: the model carries counts and column names, never data.
 */
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { ColumnDifference, DataDiffReport, ModelDiff, RowCounts, SchemaChanges } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import { matchPercent, percentOf, tablePath } from './derive.js';
import {
  failedDiffSchema,
  jsonDiffSchema,
  type RawColumns,
  type RawFailedDiff,
  type RawJsonDiff,
  type RawRowsDiff,
  type RawSummary,
} from './dbt-schema.js';
import { firstJsonValue, jsonValues, objectLine, syntaxError } from './json-lines.js';
import { isRecord } from '../../core/records.js';
import { claimedByAnotherFormat } from './json-value.js';
import { DATA_DIFF_TOOL } from './names.js';

export const dataDiffDbt: ReportFormat = {
  name: 'data-diff-dbt',
  kind: 'data-diff',
  sniff,
  parse,
};

function sniff(source: ReportDocument): boolean {
  return looksLikeModelDiff(isRecord(source.json) ? source.json : firstJsonValue(source.text));
}

/** `model` plus `dataset1` is shared by both schema versions, so an unknown version still gets a clear error. */
function looksLikeModelDiff(value: unknown): boolean {
  return isRecord(value) && !claimedByAnotherFormat(value) && typeof value['model'] === 'string' && Array.isArray(value['dataset1']);
}

function parse(source: ReportDocument): DataDiffReport {
  const models = Array.from(modelObjects(source), ({ value, at }) => toModel(value, source.path, at));
  return { kind: 'data-diff', format: dataDiffDbt.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict(models), models };
}

/**
 * A pretty-printed single object (one model, or output reformatted with `jq .`) is one document;
 * anything else is read as objects that each start a line, where errors are located by line.
 */
function* modelObjects(source: ReportDocument): Generator<{ value: unknown; at: string }> {
  if (isRecord(source.json) && source.text.trim().includes('\n')) {
    yield { value: source.json, at: '' };
    return;
  }
  for (const entry of jsonValues(source.text, objectLine)) {
    if (entry.error) throw syntaxError(source.path, 'data-diff JSON object', entry);
    yield { value: entry.value, at: `line ${entry.line}` };
  }
}

function toModel(value: unknown, path: string, at: string): ModelDiff {
  if (isRecord(value) && value['status'] === 'failed') {
    return failedModel(validateOrThrow<RawFailedDiff>(failedDiffSchema, value, path, at));
  }
  return successModel(validateOrThrow<RawJsonDiff>(jsonDiffSchema, value, path, at));
}

function failedModel(raw: RawFailedDiff): ModelDiff {
  return { name: raw.model, status: 'failed', ...tables(raw), error: raw.error };
}

function successModel(raw: RawJsonDiff): ModelDiff {
  // `--stats` drops `rows` but fills `summary`; a caller of jsonify() may leave `summary` out.
  const summary = raw.summary ?? undefined;
  const rowsDiff = raw.rows ?? undefined;
  const rows = summary ? countsFromSummary(summary) : rowsDiff ? countsFromRows(rowsDiff) : undefined;
  const columns = summary ? columnsFromSummary(summary) : rowsDiff ? columnsFromRows(rowsDiff) : undefined;
  const schema = raw.columns ? schemaChanges(raw.columns) : undefined;
  const match = rows ? matchPercent(rows) : undefined;
  return {
    name: raw.model,
    status: raw.result,
    ...tables(raw),
    ...(raw.columns && raw.columns.primaryKey.length > 0 && { primaryKey: [...raw.columns.primaryKey] }),
    ...(rows && { rows }),
    ...(match !== undefined && { matchPercent: match }),
    ...(columns && { columns }),
    ...(schema && { schema }),
  };
}

function tables(raw: { dataset1: string[]; dataset2: string[] }): Pick<ModelDiff, 'base' | 'head'> {
  const base = tablePath(raw.dataset1);
  const head = tablePath(raw.dataset2);
  return { ...(base !== undefined && { base }), ...(head !== undefined && { head }) };
}

function countsFromSummary({ rows }: RawSummary): RowCounts {
  return {
    base: rows.total.dataset1,
    head: rows.total.dataset2,
    added: rows.exclusive.dataset2,
    removed: rows.exclusive.dataset1,
    changed: rows.updated,
    unchanged: rows.unchanged,
  };
}

/** Without a summary only the differing rows are listed, so table sizes stay unknown. */
function countsFromRows(rows: RawRowsDiff): RowCounts {
  return { added: rows.exclusive.dataset2.length, removed: rows.exclusive.dataset1.length, changed: rows.diff.length };
}

/** Differing values per column are counted over the rows present in both tables. */
function columnsFromSummary({ rows, stats }: RawSummary): ColumnDifference[] {
  const compared = rows.updated + rows.unchanged;
  return Object.entries(stats.diffCounts)
    .filter(([, differing]) => differing > 0)
    .map(([name, differing]) => {
      const percent = percentOf(differing, compared);
      return { name, differing, ...(percent !== undefined && { percentDiffering: percent }) };
    });
}

function columnsFromRows(rows: RawRowsDiff): ColumnDifference[] {
  const differing = new Map<string, number>();
  for (const row of rows.diff) {
    for (const [column, cell] of Object.entries(row)) {
      if (cell.isDiff === true && cell.isPK !== true) differing.set(column, (differing.get(column) ?? 0) + 1);
    }
  }
  return Array.from(differing, ([name, count]) => ({ name, differing: count }));
}

function schemaChanges(columns: RawColumns): SchemaChanges {
  return {
    added: [...columns.exclusive.dataset2],
    removed: [...columns.exclusive.dataset1],
    typeChanged: [...columns.typeChanged],
  };
}
