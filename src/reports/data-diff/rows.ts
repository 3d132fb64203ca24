/**
 * `data-diff DB1 T1 DB2 T2 -k key … --json`: JSON Lines of `["-"|"+", [values…]]`, `-` for a row
 * of table A (base), `+` for table B (head). The rows are counted, never echoed: the model holds
 * no value from the input.
 *
 * Rows are paired by their first value. data-diff puts the key columns first and its bisection
 * supports a single key column, so the first value is the key; a composite key from a fork that
 * allows one would pair on its first column only and undercount changed rows.
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
import { firstJsonLine, jsonLines, rowLine } from './json-lines.js';
import { isRecord } from './json-value.js';
import { DATA_DIFF_TOOL, PLAIN_DIFF_MODEL_NAME } from './names.js';
import { RowTally, type RowSign } from './row-tally.js';

export const dataDiffRows: ReportFormat = {
  name: 'data-diff-rows',
  kind: 'data-diff',
  sniff,
  parse,
};

const rowLineSchema = {
  type: 'array',
  minItems: 2,
  prefixItems: [{ enum: ['-', '+'] }, { type: 'array', minItems: 1 }],
  items: false,
} as const;

type RawRowLine = [RowSign, unknown[]];

function sniff(source: ReportDocument): boolean {
  // A whole-document object is another format, even if some line inside it starts with `["`.
  if (source.json !== undefined && !Array.isArray(source.json)) return false;
  const first = Array.isArray(source.json) ? source.json : firstJsonLine(source.text);
  return Array.isArray(first) && (first[0] === '-' || first[0] === '+') && Array.isArray(first[1]);
}

function parse(source: ReportDocument): DataDiffReport {
  if (isRecord(source.json)) {
    throw new InputError('expected JSON Lines of ["-" or "+", [values…]] as printed by `data-diff … --json`, found one JSON object', {
      source: source.path,
    });
  }
  const tally = new RowTally();
  for (const entry of jsonLines(source.text, rowLine)) {
    const at = `line ${entry.line}`;
    if (entry.invalid) {
      throw new InputError('expected one data-diff row ["-" or "+", [values…]] on this line; it is not valid JSON (was the output cut off?)', {
        source: source.path,
        pointer: at,
      });
    }
    const [sign, values] = validateOrThrow<RawRowLine>(rowLineSchema, entry.value, source.path, at);
    tally.add(sign, values[0]);
  }
  const rows: RowCounts = tally.counts();
  const model: ModelDiff = { name: PLAIN_DIFF_MODEL_NAME, status: diffStatus(rows), rows };
  return { kind: 'data-diff', format: dataDiffRows.name, tool: DATA_DIFF_TOOL, verdict: dataDiffVerdict([model]), models: [model] };
}
