/**
 * `data-diff DB1 T1 DB2 T2 -k key … --json`, and the same from reladiff: JSON Lines of
 * `["-"|"+", [values…]]` (a row rich wrapped over several lines included), `-` for a row of table
 * A (base), `+` for table B (head). The rows are counted, never echoed: the model holds no value
 * from the input.
 *
 * Rows are paired by their first value: both tools put the key columns first. Both also take a
 * composite key (`-k a -k b`), which the output does not show; rows that share its first column
 * then pair up, and changed rows are undercounted.
 *
 * `--limit N` caps the lines data-diff prints, and then these counts with it. Table sizes are not
 * in this output, so there is no match percent.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { DataDiffReport, ModelDiff, RowCounts } from '../model.js';
import { dataDiffVerdict } from '../verdict.js';
import { diffStatus } from './derive.js';
import { firstJsonValue, jsonValues, rowLine, syntaxError } from './json-lines.js';
import { isRecord } from '../../core/records.js';
import { DATA_DIFF_TOOL, PLAIN_DIFF_MODEL_NAME } from './names.js';
import { RowTally, type RowSign } from './row-tally.js';

export const dataDiffRows: ReportFormat = {
  name: 'data-diff-rows',
  kind: 'data-diff',
  sniff,
  parse,
};

export const rowLineSchema = {
  type: 'array',
  minItems: 2,
  prefixItems: [{ enum: ['-', '+'] }, { type: 'array', minItems: 1 }],
  items: false,
} as const;

type RawRowLine = [RowSign, unknown[]];

function sniff(source: ReportDocument): boolean {
  // A whole-document object is another format, even if some line inside it starts with `["`.
  if (source.json !== undefined && !Array.isArray(source.json)) return false;
  const first = Array.isArray(source.json) ? source.json : firstJsonValue(source.text);
  return Array.isArray(first) && (first[0] === '-' || first[0] === '+') && Array.isArray(first[1]);
}

function parse(source: ReportDocument): DataDiffReport {
  if (isRecord(source.json)) {
    throw new InputError('expected JSON Lines of ["-" or "+", [values…]] as printed by `data-diff … --json`, found one JSON object', {
      source: source.path,
    });
  }
  const tally = new RowTally();
  for (const entry of jsonValues(source.text, rowLine)) {
    if (entry.error) throw syntaxError(source.path, 'data-diff row ["-" or "+", [values…]]', entry);
    const at = `line ${entry.line}`;
    const [sign, values] = validateOrThrow<RawRowLine>(rowLineSchema, entry.value, source.path, at);
    tally.add(sign, values[0]);
  }
  const rows: RowCounts = tally.counts();
  const model: ModelDiff = { name: PLAIN_DIFF_MODEL_NAME, status: diffStatus(rows), rows };
  return { kind: 'data-diff', format: dataDiffRows.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict([model]), models: [model] };
}
