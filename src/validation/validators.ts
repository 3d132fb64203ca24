/**
 * Turns a JSON Schema into a validate function by compiling it with ajv at run time. This is the
 * version tests run from sources; `npm run build` swaps this module for ajv's standalone code,
 * generated from every schema in ../schemas.ts, so the bundle neither compiles nor carries ajv's
 * compiler (compiling cost ~100 ms on every start, the settings schema alone 77–113 ms).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The options the build's standalone code generation uses too (scripts/build.mjs). */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

let shared: Ajv2020 | undefined;

export function validatorFor<T>(schema: object): ValidateFunction<T> {
  if (!shared) {
    shared = new Ajv2020(AJV_OPTIONS);
    addFormats(shared);
  }
  return shared.compile<T>(schema);
}
