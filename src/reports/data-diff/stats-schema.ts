/**
 * JSON Schema of `data-diff -s --json` and `reladiff -s --json` (`DiffResultWrapper.get_stats_dict()`
 * in both). Unknown fields are allowed: forks of the archived tool add keys.
 */

const count = { type: 'integer', minimum: 0 } as const;
const perColumn = { type: 'object', additionalProperties: count } as const;

export const statsSchema = {
  type: 'object',
  required: ['rows_A', 'rows_B', 'exclusive_A', 'exclusive_B', 'updated', 'unchanged'],
  properties: {
    rows_A: count,
    rows_B: count,
    exclusive_A: count,
    exclusive_B: count,
    updated: count,
    // rows_A − exclusive_A − updated: duplicate keys can drive it below zero.
    unchanged: { type: 'integer' },
    total: count,
    values: perColumn,
    stats: {
      type: 'object',
      properties: { diff_counts: perColumn },
    },
  },
} as const;

export interface RawStats {
  rows_A: number;
  rows_B: number;
  exclusive_A: number;
  exclusive_B: number;
  updated: number;
  unchanged: number;
  total?: number;
  /** Differing values per column; data-diff fills it in dbt mode only, reladiff leaves it out. */
  values?: Record<string, number>;
  /** Algorithm extras; joindiff counts per column here (joindiff-columns.ts says what they mean). */
  stats?: { diff_counts?: Record<string, number> };
}
