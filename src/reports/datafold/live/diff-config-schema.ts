/**
 * The JSON Schema of the `datafold:` section of `.pr-insights.yml` (./diff-config.ts reads the
 * section). Apart from the reader so the schema catalog (../../../schemas.ts), which every run
 * loads, does not load `yaml` with it (issue 11, start-up time).
 */

/** More diffs than this in one step is a job for Datafold's own CI, not a PR comment. */
export const MAX_DIFFS = 200;

const text = { type: 'string', minLength: 1 } as const;
const names = { type: 'array', items: text, minItems: 1 } as const;
const id = { type: 'integer', minimum: 1 } as const;
const dottedPath = { type: 'string', pattern: '^[^.]+(\\.[^.]+)*$' } as const;

export const ENTRY_KEYS = {
  model: text,
  'data-source-id': id,
  'data-source1-id': id,
  'data-source2-id': id,
  table1: dottedPath,
  table2: dottedPath,
  query1: text,
  query2: text,
  'primary-key': names,
  filter: text,
  filter1: text,
  filter2: text,
  'include-columns': names,
  'exclude-columns': names,
} as const;

export type EntryKey = keyof typeof ENTRY_KEYS;
export type Entry = { [K in EntryKey]?: K extends 'data-source-id' | 'data-source1-id' | 'data-source2-id' ? number : K extends 'primary-key' | 'include-columns' | 'exclude-columns' ? string[] : string };

export const datafoldSectionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['diffs'],
  properties: {
    diffs: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_DIFFS,
      items: { type: 'object', additionalProperties: false, required: ['primary-key'], properties: ENTRY_KEYS },
    },
  },
} as const;
