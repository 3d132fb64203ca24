/**
 * `data-diff … -s --json`: one stats object for one table pair. Table A is the base, B the head,
 * as data-diff's own "before"/"after" wording has it. Algorithm extras under `stats` (joindiff's
 * `exclusive_sample` holds row values) are never copied.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { ColumnDifference, DataDiffReport, ModelDiff, RowCounts } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import { diffStatus, matchPercent, percentOf } from './derive.js';
import { joindiffColumns } from './joindiff-columns.js';
import { claimedByAnotherFormat, isRecord } from './json-value.js';
import { DATA_DIFF_TOOL, PLAIN_DIFF_MODEL_NAME } from './names.js';
import { statsSchema, type RawStats } from './stats-schema.js';

export const dataDiffStats: ReportFormat = {
  name: 'data-diff-stats',
  kind: 'data-diff',
  sniff,
  parse,
};

function sniff(source: ReportDocument): boolean {
  const json = source.json;
  return isRecord(json) && !claimedByAnotherFormat(json) && 'rows_A' in json && 'rows_B' in json;
}

function parse(source: ReportDocument): DataDiffReport {
  if (source.json === undefined) {
    throw new InputError('expected one JSON object as printed by `data-diff … --stats --json`', { source: source.path });
  }
  const raw = validateOrThrow<RawStats>(statsSchema, source.json, source.path);
  const rows: RowCounts = {
    base: raw.rows_A,
    head: raw.rows_B,
    added: raw.exclusive_B,
    removed: raw.exclusive_A,
    changed: raw.updated,
    unchanged: raw.unchanged,
  };
  const match = matchPercent(rows);
  const columns = differingColumns(raw);
  const model: ModelDiff = {
    name: PLAIN_DIFF_MODEL_NAME,
    status: diffStatus(rows),
    rows,
    ...(match !== undefined && { matchPercent: match }),
    ...(columns && { columns }),
  };
  return { kind: 'data-diff', format: dataDiffStats.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict([model]), models: [model] };
}

/**
 * `values` (dbt mode only; `{}` otherwise, and reladiff leaves it out) counts differing values per
 * column over the rows present in both tables. Outside dbt mode only joindiff says anything per
 * column. Undefined when nothing does: no columns listed must not read as "no column differs".
 */
function differingColumns(raw: RawStats): ColumnDifference[] | undefined {
  if (raw.values && Object.keys(raw.values).length > 0) {
    const compared = raw.updated + Math.max(0, raw.unchanged);
    return Object.entries(raw.values)
      .filter(([, differing]) => differing > 0)
      .map(([name, differing]) => {
        const percent = percentOf(differing, compared);
        return { name, differing, ...(percent !== undefined && { percentDiffering: percent }) };
      });
  }
  const counts = raw.stats?.diff_counts;
  return counts && joindiffColumns(counts, raw.updated, raw.exclusive_A + raw.exclusive_B);
}
