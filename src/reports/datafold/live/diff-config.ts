/**
 * The `datafold:` section of `.pr-insights.yml`: the data diffs to create in Datafold Cloud, one
 * entry per model, in the config file's vocabulary (kebab-case keys, dotted table paths) and turned
 * into the create body Datafold takes (`POST /api/v1/datadiffs`, input-formats.md §3.1).
 *
 *   datafold:
 *     diffs:
 *       - model: fct_orders
 *         data-source-id: 7
 *         table1: ANALYTICS.PROD.FCT_ORDERS
 *         table2: ANALYTICS.PR_42.FCT_ORDERS
 *         primary-key: [order_id]
 *
 * Types and unknown keys are the schema's job (ajv); which keys go together is said in words here.
 * Every error points at the node at fault (`file:line:col`) with its key path
 * (`datafold.diffs[0].table1`), and never quotes a value: a filter may hold anything.
 */
import { type Document, isMap, isNode, isSeq, type Node } from 'yaml';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../../../core/errors.js';
import { compile } from '../../../validation/schema.js';
import { start, type Locate } from '../../threshold-config.js';
import { datafoldSectionSchema, type Entry, ENTRY_KEYS, type EntryKey, MAX_DIFFS } from './diff-config-schema.js';

/** What `POST /api/v1/datadiffs` is sent (the description's `ApiDataDiffData`, the fields we set). */
export interface CreateDiffBody {
  data_source1_id: number;
  data_source2_id: number;
  table1?: string[];
  table2?: string[];
  query1?: string;
  query2?: string;
  /** Sent always: the description makes it optional, the docs require it (SOURCES.md quirk 10). */
  pk_columns: string[];
  filter1?: string;
  filter2?: string;
  include_columns?: string[];
  exclude_columns?: string[];
}

export interface DiffRequest {
  /** What the model is shown and matched by (thresholds): `model`, else table2's dotted path. */
  name: string;
  body: CreateDiffBody;
  /** `datafold.diffs[2]` */
  pointer: string;
  /** Where the entry starts, and where each body field was set (`file:line:col`): Datafold's 422s point back here. */
  at: string;
  fieldAt: Partial<Record<keyof CreateDiffBody, string>>;
  /** The config key that set each body field, for the same messages. */
  fieldKey: Partial<Record<keyof CreateDiffBody, string>>;
}

const EXPECTED: Record<EntryKey | 'diffs', string> = {
  diffs: 'expected a list of diffs, e.g. `- {model: fct_orders, data-source-id: 7, table1: PROD.FCT_ORDERS, table2: PR_42.FCT_ORDERS, primary-key: [order_id]}`',
  model: 'expected the model name the diff is shown and matched by',
  'data-source-id': "expected a Datafold data source id (a whole number, from the data source's settings page)",
  'data-source1-id': 'expected a Datafold data source id (a whole number)',
  'data-source2-id': 'expected a Datafold data source id (a whole number)',
  table1: 'expected a dotted table path, e.g. ANALYTICS.PROD.FCT_ORDERS',
  table2: 'expected a dotted table path, e.g. ANALYTICS.PR_42.FCT_ORDERS',
  query1: 'expected a SQL query',
  query2: 'expected a SQL query',
  'primary-key': 'expected a list of key columns, e.g. [order_id]',
  filter: 'expected a SQL condition without WHERE, applied to both tables',
  filter1: 'expected a SQL condition without WHERE',
  filter2: 'expected a SQL condition without WHERE',
  'include-columns': 'expected a list of column names',
  'exclude-columns': 'expected a list of column names',
};

/** The value of the `datafold:` key of a config file; `doc` resolves aliases, `at` locates offsets. */
export function readDatafoldSection(node: unknown, doc: Document, at: Locate): DiffRequest[] {
  let value: unknown;
  try {
    value = isNode(node) ? node.toJS(doc) : node;
  } catch (error) {
    // Alias bombs end here (yaml's maxAliasCount).
    throw new InputError(error instanceof Error ? error.message : String(error), { source: at(start(node)), pointer: 'datafold' });
  }
  const validate = compile<{ diffs: Entry[] }>(datafoldSectionSchema);
  if (!validate(value)) throw schemaError(validate.errors ?? [], node, at);
  const names = new Map<string, string>();
  return value.diffs.map((entry, index) => {
    const entryNode = isMap(node) ? (node.getIn(['diffs', index], true) as Node | undefined) : undefined;
    const request = diffRequest(entry, index, entryNode, at);
    const earlier = names.get(request.name);
    if (earlier) fail(`another diff (${earlier}) is already named this; set \`model:\` to tell them apart`, request.at, `${request.pointer}.model`);
    names.set(request.name, request.pointer);
    return request;
  });
}

function diffRequest(entry: Entry, index: number, node: Node | undefined, at: Locate): DiffRequest {
  const pointer = `datafold.diffs[${index}]`;
  const entryAt = at(start(node));
  const keyAt = (key: EntryKey): string => at(start(isMap(node) ? (node.get(key, true) as Node | undefined) : undefined) ?? start(node));
  const refuse = (message: string, key?: EntryKey): never => fail(message, key ? keyAt(key) : entryAt, key ? `${pointer}.${key}` : pointer);

  if (entry['data-source-id'] !== undefined && (entry['data-source1-id'] !== undefined || entry['data-source2-id'] !== undefined)) {
    refuse('set `data-source-id` (both tables in one data source) or `data-source1-id` and `data-source2-id`, not both', 'data-source-id');
  }
  if (entry['data-source-id'] === undefined && (entry['data-source1-id'] === undefined || entry['data-source2-id'] === undefined)) {
    refuse('expected `data-source-id`, or `data-source1-id` and `data-source2-id`');
  }
  for (const side of ['1', '2'] as const) {
    const table = `table${side}` as const;
    const query = `query${side}` as const;
    if (entry[table] !== undefined && entry[query] !== undefined) refuse(`set \`${table}\` or \`${query}\`, not both`, query);
    if (entry[table] === undefined && entry[query] === undefined) refuse(`expected \`${table}\` (a dotted table path) or \`${query}\``);
  }
  if (entry.filter !== undefined && (entry.filter1 !== undefined || entry.filter2 !== undefined)) {
    refuse('set `filter` (both tables) or `filter1` / `filter2`, not both', 'filter');
  }
  const name = entry.model ?? entry.table2;
  if (name === undefined) refuse('expected `model:` to name a diff of queries');

  const fields: [keyof CreateDiffBody, EntryKey, unknown][] = [
    ['data_source1_id', entry['data-source-id'] !== undefined ? 'data-source-id' : 'data-source1-id', entry['data-source-id'] ?? entry['data-source1-id']],
    ['data_source2_id', entry['data-source-id'] !== undefined ? 'data-source-id' : 'data-source2-id', entry['data-source-id'] ?? entry['data-source2-id']],
    ['table1', 'table1', entry.table1?.split('.')],
    ['table2', 'table2', entry.table2?.split('.')],
    ['query1', 'query1', entry.query1],
    ['query2', 'query2', entry.query2],
    ['pk_columns', 'primary-key', entry['primary-key']],
    ['filter1', entry.filter !== undefined ? 'filter' : 'filter1', entry.filter ?? entry.filter1],
    ['filter2', entry.filter !== undefined ? 'filter' : 'filter2', entry.filter ?? entry.filter2],
    ['include_columns', 'include-columns', entry['include-columns']],
    ['exclude_columns', 'exclude-columns', entry['exclude-columns']],
  ];
  const body: Record<string, unknown> = {};
  const fieldAt: DiffRequest['fieldAt'] = {};
  const fieldKey: DiffRequest['fieldKey'] = {};
  for (const [field, key, value] of fields) {
    fieldKey[field] = key;
    if (value === undefined) continue;
    body[field] = value;
    fieldAt[field] = keyAt(key);
  }
  return { name: name!, body: body as unknown as CreateDiffBody, pointer, at: entryAt, fieldAt, fieldKey };
}

function schemaError(errors: readonly ErrorObject[], node: unknown, at: Locate): InputError {
  // The deepest error is nearest to what must change; a misspelt key reads better as unknown than as a missing one.
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const candidates = errors.filter((e) => depth(e) === deepest);
  const error = candidates.find((e) => e.keyword === 'additionalProperties') ?? candidates[0]!;
  const path = error.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const target = isMap(node) || isSeq(node) ? (path.length === 0 ? node : (node.getIn(path, true) as Node | undefined)) : undefined;
  const key = typeof path.at(-1) === 'string' ? (path.at(-1) as EntryKey | 'diffs') : undefined;
  const params = error.params as Record<string, unknown>;
  const where = (extra?: string) => pointerOf([...path, ...(extra ? [extra] : [])]);
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = String(params['additionalProperty']);
      const keyNode = isMap(target) ? target.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === unknown)?.key : undefined;
      const known = path.length === 0 ? '`diffs:`' : Object.keys(ENTRY_KEYS).join(', ');
      return new InputError(`unknown key; expected ${known}`, { source: at(start(keyNode) ?? start(target)), pointer: where(unknown) });
    }
    case 'required': {
      const missing = String(params['missingProperty']) as EntryKey | 'diffs';
      return new InputError(`missing \`${missing}\`; ${EXPECTED[missing]}`, { source: at(start(target)), pointer: where() });
    }
    case 'maxItems':
      return new InputError(`expected at most ${MAX_DIFFS} diffs in one step`, { source: at(start(target)), pointer: where() });
    default: {
      const expected = key ? EXPECTED[key] : path.length === 0 ? 'expected `diffs:`, a list of data diffs to create' : 'expected a mapping of diff settings, e.g. `{model: …, table1: …}`';
      return new InputError(expected, { source: at(start(target) ?? start(node)), pointer: where() });
    }
  }
}

function fail(message: string, source: string, pointer: string): never {
  throw new InputError(message, { source, pointer });
}

function pointerOf(path: readonly (string | number)[]): string {
  return ['datafold', ...path].map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
}

