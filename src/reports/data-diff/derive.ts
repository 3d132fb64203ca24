/** Numbers every data-diff format derives the same way, so the formats cannot drift apart. */
import type { ModelDiffStatus, RowCounts, SchemaChanges } from '../model.js';

/**
 * data-diff's "difference score" is `1 − unchanged / max(rows A, rows B)`; the match is its
 * complement. Both row counts are needed: one side alone would overstate the match when the
 * other table grew.
 */
export function matchPercent(rows: RowCounts): number | undefined {
  if (rows.unchanged === undefined || rows.base === undefined || rows.head === undefined) return undefined;
  return percentOf(rows.unchanged, Math.max(rows.base, rows.head));
}

/** Percent (0–100) of `part` in `whole`; undefined when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | undefined {
  if (!(whole > 0)) return undefined;
  return Math.min(100, Math.max(0, (part / whole) * 100));
}

/** A change to rows or to the schema is a difference; primary-key quality alone is not. */
export function diffStatus(rows: RowCounts | undefined, schema?: SchemaChanges): ModelDiffStatus {
  const rowChanges = rows ? rows.added + rows.removed + rows.changed : 0;
  const schemaChanges = schema ? schema.added.length + schema.removed.length + schema.typeChanged.length : 0;
  return rowChanges + schemaChanges > 0 ? 'different' : 'identical';
}

/** `["db", "schema", "table"]` → `db.schema.table`, as data-diff prints paths. */
export function tablePath(path: readonly string[]): string | undefined {
  return path.length > 0 ? path.join('.') : undefined;
}
