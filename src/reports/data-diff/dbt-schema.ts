/**
 * JSON Schemas of what `data-diff --dbt --json` prints per model (data_diff/format.py): `JsonDiff`
 * (version 1.1.0) and `FailedDiff` (1.0.0). Every field we read is required as the tool always
 * writes it; row cells are only checked where we count them, and their values are never read.
 */

const tablePath = { type: 'array', items: { type: 'string' } } as const;
const names = { type: 'array', items: { type: 'string' } } as const;
const count = { type: 'integer', minimum: 0 } as const;
const pair = {
  type: 'object',
  required: ['dataset1', 'dataset2'],
  properties: { dataset1: count, dataset2: count },
} as const;

/** One row as `{column: cell}`; `isPK`/`isDiff` decide what is counted. */
const row = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { isPK: { type: 'boolean' }, isDiff: { type: 'boolean' } },
  },
} as const;

export const jsonDiffSchema = {
  type: 'object',
  required: ['version', 'status', 'result', 'model', 'dataset1', 'dataset2'],
  properties: {
    version: { const: '1.1.0' },
    status: { const: 'success' },
    result: { enum: ['different', 'identical'] },
    model: { type: 'string', minLength: 1 },
    dataset1: tablePath,
    dataset2: tablePath,
    rows: {
      type: ['object', 'null'],
      required: ['exclusive', 'diff'],
      properties: {
        exclusive: {
          type: 'object',
          required: ['dataset1', 'dataset2'],
          properties: { dataset1: { type: 'array', items: row }, dataset2: { type: 'array', items: row } },
        },
        diff: { type: 'array', items: row },
      },
    },
    summary: {
      type: ['object', 'null'],
      required: ['rows', 'stats'],
      properties: {
        rows: {
          type: 'object',
          required: ['total', 'exclusive', 'updated', 'unchanged'],
          properties: { total: pair, exclusive: pair, updated: count, unchanged: { type: 'integer' } },
        },
        stats: {
          type: 'object',
          required: ['diffCounts'],
          properties: { diffCounts: { type: 'object', additionalProperties: count } },
        },
      },
    },
    columns: {
      type: ['object', 'null'],
      required: ['primaryKey', 'exclusive', 'typeChanged'],
      properties: {
        primaryKey: names,
        exclusive: {
          type: 'object',
          required: ['dataset1', 'dataset2'],
          properties: { dataset1: names, dataset2: names },
        },
        typeChanged: names,
      },
    },
  },
} as const;

export const failedDiffSchema = {
  type: 'object',
  required: ['version', 'status', 'model', 'dataset1', 'dataset2', 'error'],
  properties: {
    version: { const: '1.0.0' },
    status: { const: 'failed' },
    model: { type: 'string', minLength: 1 },
    dataset1: tablePath,
    dataset2: tablePath,
    error: { type: 'string' },
  },
} as const;

export interface RawCell {
  isPK?: boolean;
  isDiff?: boolean;
}

export type RawRow = Record<string, RawCell>;

export interface RawPair {
  dataset1: number;
  dataset2: number;
}

export interface RawRowsDiff {
  exclusive: { dataset1: RawRow[]; dataset2: RawRow[] };
  diff: RawRow[];
}

export interface RawSummary {
  rows: { total: RawPair; exclusive: RawPair; updated: number; unchanged: number };
  stats: { diffCounts: Record<string, number> };
}

export interface RawColumns {
  primaryKey: string[];
  exclusive: { dataset1: string[]; dataset2: string[] };
  typeChanged: string[];
}

export interface RawJsonDiff {
  version: '1.1.0';
  status: 'success';
  result: 'different' | 'identical';
  model: string;
  dataset1: string[];
  dataset2: string[];
  rows?: RawRowsDiff | null;
  summary?: RawSummary | null;
  columns?: RawColumns | null;
}

export interface RawFailedDiff {
  version: '1.0.0';
  status: 'failed';
  model: string;
  dataset1: string[];
  dataset2: string[];
  error: string;
}
