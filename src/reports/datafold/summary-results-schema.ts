/**
 * JSON Schemas of Datafold's `GET /api/v1/datadiffs/{id}/summary_results` once the diff has ended.
 * Datafold adds sections over time (`materialized_results`, `exclusives_profile`) and
 * `dependencies` comes in two shapes, so unknown fields are allowed and only what we read is typed.
 * Every two-element array is `[dataset1, dataset2]`.
 */

const count = { type: 'integer', minimum: 0 } as const;
const countPair = { type: 'array', prefixItems: [count, count], minItems: 2, items: false } as const;
const names = { type: 'array', items: { type: 'string' } } as const;

export const FINISHED_STATUSES = ['success', 'done'] as const;

export const finishedSchema = {
  type: 'object',
  required: ['status', 'pks', 'values'],
  properties: {
    status: { enum: FINISHED_STATUSES },
    pks: {
      type: 'object',
      required: ['total_rows', 'exclusives'],
      properties: {
        total_rows: countPair,
        nulls: countPair,
        dupes: countPair,
        exclusives: countPair,
        distincts: countPair,
      },
    },
    values: {
      type: 'object',
      required: ['rows_with_differences'],
      properties: {
        total_rows: count,
        rows_with_differences: count,
        columns_diff_stats: {
          type: 'array',
          items: {
            type: 'object',
            required: ['column_name', 'match'],
            properties: {
              column_name: { type: 'string' },
              match: { type: 'number', minimum: 0, maximum: 100 },
              values_different: count,
            },
          },
        },
      },
    },
    // Cross-database diffs have no schema section; older bodies have one with counts only.
    schema: {
      type: 'object',
      properties: {
        column_type_differs: names,
        exclusive_columns: { type: 'array', items: names, maxItems: 2 },
      },
    },
  },
} as const;

export const failedSchema = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { const: 'failed' },
    error: {
      type: 'object',
      properties: { error_type: { type: 'string' }, error_value: { type: ['string', 'null'] } },
    },
  },
} as const;

export type Pair = [number, number];

export interface RawColumnDiffStats {
  column_name: string;
  /** Percent (0–100) of matching values. */
  match: number;
  values_different?: number;
}

export interface RawFinished {
  status: (typeof FINISHED_STATUSES)[number];
  pks: { total_rows: Pair; nulls?: Pair; dupes?: Pair; exclusives: Pair; distincts?: Pair };
  values: { total_rows?: number; rows_with_differences: number; columns_diff_stats?: RawColumnDiffStats[] };
  schema?: { column_type_differs?: string[]; exclusive_columns?: string[][] };
}

export interface RawFailed {
  status: 'failed';
  error?: { error_type?: string; error_value?: string | null };
}
