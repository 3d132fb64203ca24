/**
 * `data-diff … -s --json` and `reladiff … -s --json`: one stats object for one table pair, the
 * same shape from both (reladiff leaves out `values`). Table A is the base, B the head, as
 * data-diff's own "before"/"after" wording has it. Algorithm extras under `stats` (joindiff's
 * `exclusive_sample` holds row values) are never copied.
 *
 * Both print it through rich, wrapped at 80 columns in CI: usually still one JSON document, but a
 * long field name is folded inside its string, and merged stderr puts log lines around it. Then
 * the object is read out of the text as JSON Lines are (json-lines.ts).
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { ColumnDifference, DataDiffReport, ModelDiff, RowCounts } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import { diffStatus, matchPercent, percentOf } from './derive.js';
import { joindiffColumns } from './joindiff-columns.js';
import { firstJsonValue, jsonValues, objectLine, syntaxError } from './json-lines.js';
import { isRecord } from '../../core/records.js';
import { claimedByAnotherFormat } from './json-value.js';
import { DATA_DIFF_TOOL, PLAIN_DIFF_MODEL_NAME } from './names.js';
import { statsSchema, type RawStats } from './stats-schema.js';

export const dataDiffStats: ReportFormat = {
  name: 'data-diff-stats',
  kind: 'data-diff',
  sniff,
  parse,
};

const STATS_OBJECT = 'stats object printed by `data-diff … --stats --json`';

/** How both tools' `json.dumps` of the stats dict starts a line: its first key is always `rows_A`. */
const STATS_START = /^\{"rows_A": /m;

function sniff(source: ReportDocument): boolean {
  const value = source.json === undefined ? firstJsonValue(source.text) : source.json;
  // With no JSON value at all, a stats object cut off is still claimed, so the error says where it breaks.
  if (value === undefined) return STATS_START.test(source.text);
  return isRecord(value) && !claimedByAnotherFormat(value) && 'rows_A' in value && 'rows_B' in value;
}

function parse(source: ReportDocument): DataDiffReport {
  const { value, at } = statsObject(source);
  const raw = validateOrThrow<RawStats>(statsSchema, value, source.path, at);
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

/** The whole file when it is one JSON document, else the one object that starts a line of it. */
function statsObject(source: ReportDocument): { value: unknown; at: string } {
  if (source.json !== undefined) return { value: source.json, at: '' };
  let found: { value: unknown; at: string } | undefined;
  for (const entry of jsonValues(source.text, objectLine)) {
    if (entry.error) throw syntaxError(source.path, STATS_OBJECT, entry);
    if (found) {
      throw new InputError(`expected one ${STATS_OBJECT}; this line starts a second JSON object`, {
        source: source.path,
        pointer: `line ${entry.line}`,
      });
    }
    found = { value: entry.value, at: `line ${entry.line}` };
  }
  if (!found) throw new InputError(`expected one ${STATS_OBJECT}`, { source: source.path });
  return found;
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
