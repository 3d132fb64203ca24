/**
 * Turns a JSON Schema into a validate function by compiling it with ajv at run time. This is the
 * version tests run from sources; `npm run build` swaps this module for ajv's standalone code,
 * generated from every schema in ../schemas.ts, so the bundle neither compiles nor carries ajv's
 * compiler (compiling cost ~100 ms on every start, the settings schema alone 77–113 ms).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { FORMATS } from './formats.js';

/** The options the build's standalone code generation uses too (scripts/build.mjs). */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let shared: Ajv2020 | undefined;

export function validatorFor<T>(schema: object): ValidateFunction<T> {
  if (!shared) {
    shared = new Ajv2020(AJV_OPTIONS);
    for (const [name, check] of Object.entries(FORMATS)) shared.addFormat(name, check);
  }
  return shared.compile<T>(schema);
}
