/**
 * One validate function per schema at the edge (settings, report formats; ./validators.ts makes
 * them), and one way to turn its errors into an InputError a person can act on: the file or setting, the JSON pointer, and
 * what was expected.
 */
import { escapePointer } from '../core/json.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../core/errors.js';
import { validatorFor } from './validators.js';

/** Once per schema object: ajv caches what it compiled by the schema, and the build's validators are made once. */
export function compile<T>(schema: object): ValidateFunction<T> {
  return validatorFor<T>(schema);
}

/**
 * Validates `data`; on failure throws an InputError for `source` naming the most specific error.
 * `pointerPrefix` locates `data` inside a larger document (e.g. `line 3` of a JSON Lines file).
 */
export function validateOrThrow<T>(schema: object, data: unknown, source: string, pointerPrefix = ''): T {
  const validate = compile<T>(schema);
  if (validate(data)) return data;
  const error = mostSpecific(validate.errors ?? []);
  const pointer = pointerOf(error);
  throw new InputError(describe(error), {
    source,
    pointer: [pointerPrefix, pointer || (pointerPrefix ? '' : '/')].filter(Boolean).join(' ') || '/',
  });
}

/** The deepest error is the one closest to what the user must fix; `if`/`anyOf` wrappers say less. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const useful = errors.filter((e) => !['if', 'anyOf', 'oneOf', 'allOf', 'not'].includes(e.keyword));
  const pool = useful.length ? useful : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...pool.map(depth));
  const atDeepest = pool.filter((e) => depth(e) === deepest);
  // A misspelt field shows up as both "unexpected x" and "missing y": the unexpected one names the typo.
  return atDeepest.find((e) => e.keyword === 'additionalProperties') ?? atDeepest[0]!;
}

function pointerOf(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${escapePointer(String(e.params['missingProperty']))}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${escapePointer(String(e.params['additionalProperty']))}`;
  return e.instancePath;
}


function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `missing required field; expected ${quote(String(p['missingProperty']))} to be present`;
    case 'additionalProperties':
      return `unexpected field ${quote(String(p['additionalProperty']))}`;
    case 'enum':
      return `expected one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `expected ${JSON.stringify(p['allowedValue'])}`;
    case 'type':
      return `expected ${String(p['type'])}`;
    default:
      return `expected a value that ${e.message ?? 'matches the schema'}`;
  }
}

function quote(s: string): string {
  return `"${s}"`;
}
