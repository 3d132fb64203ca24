/**
 * What `POST /api/v1/datadiffs` refuses, in FastAPI's 422 shape. The fields the fake stores are
 * checked here with or without the published description (so the fake refuses the same bodies
 * when ../shared/specs is absent); anything else the description rejects comes from the spec
 * validator's violation. Wording follows pydantic v1, the shape the reference quotes
 * (`"field required"`, `"value_error.missing"`).
 */
import type { Reply } from '../fake-server.js';
import { isRecord } from '../insight-data.js';
import type { SpecViolation } from '../spec-validator.js';
import type { ApiKey, DatafoldState } from './state.js';
import { detail, unprocessable, type ValidationItem } from './wire.js';

type Kind = 'integer' | 'string' | 'strings';

/** [field, kind, required]. pk_columns is required as the docs' create page says (SOURCES.md quirk 10). */
const FIELDS: ReadonlyArray<readonly [string, Kind, boolean]> = [
  ['data_source1_id', 'integer', true],
  ['data_source2_id', 'integer', true],
  ['pk_columns', 'strings', true],
  ['table1', 'strings', false],
  ['table2', 'strings', false],
  ['query1', 'string', false],
  ['query2', 'string', false],
  ['filter1', 'string', false],
  ['filter2', 'string', false],
  ['include_columns', 'strings', false],
  ['exclude_columns', 'strings', false],
];

const WRONG: Record<Kind, { msg: string; type: string }> = {
  integer: { msg: 'value is not a valid integer', type: 'type_error.integer' },
  string: { msg: 'str type expected', type: 'type_error.str' },
  strings: { msg: 'value is not a valid list', type: 'type_error.list' },
};

export function bodyRefusals(body: unknown): ValidationItem[] {
  if (!isRecord(body)) return [{ loc: ['body'], msg: 'value is not a valid dict', type: 'type_error.dict' }];
  const items: ValidationItem[] = [];
  for (const [field, kind, required] of FIELDS) {
    const value = body[field];
    if (value === undefined) {
      if (required) items.push({ loc: ['body', field], msg: 'field required', type: 'value_error.missing' });
    } else if (value === null) {
      if (required) items.push({ loc: ['body', field], msg: 'none is not an allowed value', type: 'type_error.none.not_allowed' });
    } else {
      items.push(...wrongType(field, kind, value));
    }
  }
  if (Array.isArray(body['pk_columns']) && body['pk_columns'].length === 0) {
    items.push({ loc: ['body', 'pk_columns'], msg: 'ensure this value has at least 1 items', type: 'value_error.list.min_items' });
  }
  // Each dataset is a table, a query or a file, exactly one (the description of table1/query1/file1).
  for (const n of [1, 2]) {
    const given = [`table${n}`, `query${n}`, `file${n}`].filter((field) => body[field] !== undefined && body[field] !== null);
    if (given.length === 0) items.push({ loc: ['body'], msg: `dataset ${n} needs one of table${n}, query${n} or file${n}`, type: 'value_error' });
    if (given.length > 1) items.push({ loc: ['body'], msg: `${given.join(' and ')} are mutually exclusive`, type: 'value_error' });
  }
  return items;
}

function wrongType(field: string, kind: Kind, value: unknown): ValidationItem[] {
  const ok = kind === 'integer' ? Number.isInteger(value) : kind === 'string' ? typeof value === 'string' : Array.isArray(value);
  if (!ok) return [{ loc: ['body', field], ...WRONG[kind] }];
  if (kind !== 'strings') return [];
  return (value as unknown[]).flatMap((item, i) => (typeof item === 'string' ? [] : [{ loc: ['body', field, i], ...WRONG.string }]));
}

/** An unknown data source is refused like bad input (422); one the key may not use, 403. */
export function dataSourceRefusal(body: Record<string, unknown>, state: DatafoldState, key: ApiKey): Reply | undefined {
  for (const field of ['data_source1_id', 'data_source2_id']) {
    const id = body[field] as number;
    if (!state.dataSources.has(id)) return unprocessable([{ loc: ['body', field], msg: `data source ${id} does not exist`, type: 'value_error' }]);
  }
  for (const field of ['data_source1_id', 'data_source2_id']) {
    const id = body[field] as number;
    if (!state.mayUse(key, id)) return detail(403, `This API key has no access to data source ${id}`);
  }
  return undefined;
}

/** A spec violation as FastAPI would list it: the JSON pointer becomes `loc` below `body`. */
export function violationItems(violation: SpecViolation): ValidationItem[] {
  return violation.errors.map((e) => ({
    loc: ['body', ...e.pointer.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')))],
    msg: e.message,
    type: 'value_error',
  }));
}
