/**
 * JSON Schema of our own generic data-diff report, for any tool that can write JSON. Unlike the
 * vendor formats it is closed (`additionalProperties: false`): a misspelt field is an error
 * rather than a silently missing number. Published as schemas/generic-data-diff.schema.json
 * (this object plus `$id`; a test keeps the two equal) and documented in docs/generic-data-diff.md.
 */

export const GENERIC_DATA_DIFF_SCHEMA_ID = 'https://unpkg.com/pr-insights/schemas/generic-data-diff.schema.json';

const count = (description: string) => ({ type: 'integer', minimum: 0, description });

const columnNames = (description: string) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description,
});

// Links end up in Markdown and Code Insights; only web links are safe to render.
const link = (description: string) => ({ type: 'string', format: 'uri', pattern: '^https?://', description });

const rows = {
  type: 'object',
  description: 'Row counts. Base is the production (before) table, head the PR (after) table.',
  additionalProperties: false,
  required: ['added', 'removed', 'changed'],
  properties: {
    base: count('Rows in the base table.'),
    head: count('Rows in the head table.'),
    added: count('Rows only in head (by primary key).'),
    removed: count('Rows only in base (by primary key).'),
    changed: count('Rows in both tables with at least one different value.'),
    unchanged: count('Rows in both tables with identical values. With base and head it gives the match percent.'),
  },
};

const column = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Column name.' },
    differing: count('Number of differing values in this column.'),
    percentDiffering: {
      type: 'number',
      minimum: 0,
      maximum: 100,
      description: 'Percent (0–100) of compared values that differ in this column.',
    },
  },
};

const schemaChanges = {
  type: 'object',
  description: 'Column changes from base to head.',
  additionalProperties: false,
  properties: {
    added: columnNames('Columns only in head.'),
    removed: columnNames('Columns only in base.'),
    typeChanged: columnNames('Columns whose data type differs.'),
  },
};

const model = {
  type: 'object',
  description: 'One compared table: a dbt model, or a table pair.',
  additionalProperties: false,
  required: ['name', 'status'],
  properties: {
    name: { type: 'string', minLength: 1, description: 'Model or table name, e.g. a dbt unique id.' },
    status: {
      enum: ['identical', 'different', 'failed'],
      description: '"failed": the tool could not diff this model (give `error`).',
    },
    base: { type: 'string', minLength: 1, description: 'Base (production) table, e.g. "analytics.prod.orders".' },
    head: { type: 'string', minLength: 1, description: 'Head (PR) table, e.g. "analytics.pr_42.orders".' },
    primaryKey: columnNames('Key columns the rows were matched on.'),
    rows,
    columns: {
      type: 'array',
      description: 'Columns with differing values (columns without differences may be left out).',
      items: column,
    },
    schema: schemaChanges,
    error: { type: 'string', minLength: 1, description: 'Why the diff failed; required when status is "failed".' },
    url: link('Link to this model\'s diff in the tool.'),
  },
  if: { required: ['status'], properties: { status: { const: 'failed' } } },
  // strictRequired wants a required field declared beside it; `true` adds no constraint.
  then: { required: ['error'], properties: { error: true } },
};

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'pr-insights generic data diff',
  description: 'Data-diff results from any tool, for pr-insights to post on a pull request.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'version', 'tool', 'models'],
  properties: {
    $schema: { type: 'string', description: 'Optional URL of this schema, for editor completion and validation.' },
    kind: { const: 'data-diff', description: 'Identifies the file as a generic data diff.' },
    version: { const: 1, description: 'Version of this format; only 1 exists.' },
    tool: { type: 'string', minLength: 1, description: 'Tool shown to the reader, e.g. "reladiff".' },
    url: link('Link to the whole run in the tool.'),
    models: { type: 'array', description: 'Compared models, in the order to show them.', items: model },
  },
};

export interface RawGenericModel {
  name: string;
  status: 'identical' | 'different' | 'failed';
  base?: string;
  head?: string;
  primaryKey?: string[];
  rows?: { base?: number; head?: number; added: number; removed: number; changed: number; unchanged?: number };
  columns?: { name: string; differing?: number; percentDiffering?: number }[];
  schema?: { added?: string[]; removed?: string[]; typeChanged?: string[] };
  error?: string;
  url?: string;
}

export interface RawGenericDataDiff {
  kind: 'data-diff';
  version: 1;
  tool: string;
  url?: string;
  models: RawGenericModel[];
}
