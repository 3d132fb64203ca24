/**
 * GitHub Action inputs (`with:`). Production passes `@actions/core`'s getInput; anything with the
 * same contract works: an input that was not given reads as the empty string.
 */
import type { Environment } from '../ci/context.js';
import { SETTINGS } from './definitions.js';
import type { RawValues } from './raw.js';

export type GetInput = (name: string) => string;

export function readActionInputs(getInput: GetInput): RawValues {
  const values: RawValues = {};
  for (const definition of SETTINGS) {
    if (!definition.input) continue;
    const value = getInput(definition.input);
    if (value === '') continue;
    values[definition.key] = { value, origin: { source: `inputs.${definition.input}` } };
  }
  return values;
}

/**
 * getInput over a plain environment, with the runner's mangling: `INPUT_` + the name upper-cased,
 * spaces turned into `_`, hyphens kept (`report-id` → `INPUT_REPORT-ID`); trimmed like core's.
 */
export function inputReader(env: Environment): GetInput {
  return (name) => (env[inputVariable(name)] ?? '').trim();
}

export function inputVariable(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
}
