/**
 * What joindiff's per-column counts (`stats.diff_counts` of `-s --json`) can honestly say. They are
 * not "differing values per column"; read in `joindiff_tables.py` of erezsh/reladiff (2562fa8) and
 * datafold/data-diff (b4e2d4b), which agree:
 * - names are the outer join's aliases for table A, `<column>_a`;
 * - every compared column is counted, the key columns first: a key "differs" exactly when its row
 *   is in one table only;
 * - every count includes the rows that are in one table only (a value against NULL) — data-diff
 *   stopped using these counts for its dbt output for that reason (datafold/data-diff#631);
 * - each key-range segment overwrites them (joindiff splits most tables into up to 32 segments),
 *   so they describe one segment, not the table.
 * What holds: within that segment the key's count is the number of one-sided rows, so a column
 * counted more often than the key differs in at least one row present in both tables. Such columns
 * are named without a figure.
 */
import type { ColumnDifference } from '../model.js';

const ALIAS_SUFFIX = '_a';

/**
 * `exclusive` is the number of rows in one table only, over the whole diff. Undefined when nothing
 * certain can be said: an empty list would read as "no column differs".
 */
export function joindiffColumns(diffCounts: Record<string, number>, updated: number, exclusive: number): ColumnDifference[] | undefined {
  if (updated === 0) return [];
  const entries = Object.entries(diffCounts);
  const [key, ...compared] = entries;
  // Another shape (a fork, a hand-made file) would make the first count mean something else. The
  // suffix also keeps the order as written: no alias is an array index, which objects list first.
  if (key === undefined || key[1] > exclusive || !entries.every(([alias]) => alias.endsWith(ALIAS_SUFFIX))) return undefined;
  const oneSided = key[1];
  const differing = compared.filter(([, count]) => count > oneSided).map(([alias]) => ({ name: alias.slice(0, -ALIAS_SUFFIX.length) }));
  return differing.length > 0 ? differing : undefined;
}
