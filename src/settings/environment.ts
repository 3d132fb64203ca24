/**
 * Pipe and environment variables. A pipe receives exactly the variables its step lists, by their
 * bare names (`FAIL_ON`), so bare names are the documented interface. In a developer's shell,
 * though, bare `DEBUG` (the `debug` npm package's `DEBUG=*`), `TITLE`, `CONFIG` or `USERNAME`
 * often belong to something else; `PR_INSIGHTS_<NAME>` is read first so a user can override such
 * a collision without unsetting the other tool's variable.
 */
import type { Environment } from '../ci/context.js';
import { SETTINGS, type SettingDefinition } from './definitions.js';
import type { RawValues } from './raw.js';

export const ENV_PREFIX = 'PR_INSIGHTS_';

/** The variables a setting is read from, first wins: `PR_INSIGHTS_<NAME>`, `<NAME>`, then its aliases. */
export function variableNames(definition: SettingDefinition): string[] {
  if (!definition.variable) return [];
  return [`${ENV_PREFIX}${definition.variable}`, definition.variable, ...(definition.variableAliases ?? [])];
}

export function readEnvironment(env: Environment): RawValues {
  const values: RawValues = {};
  for (const definition of SETTINGS) {
    if (!definition.variable) continue;
    const names = variableNames(definition);
    const prefixed = names[0]!;
    const name = names.find((n) => (env[n] ?? '') !== '');
    if (name === undefined) continue;
    values[definition.key] = {
      value: env[name],
      origin: { source: name, ...(name !== prefixed ? { hint: `${prefixed}, when set, overrides ${name}` } : {}) },
    };
  }
  // Windows always sets USERNAME to the login name (GitHub's Windows runners: `runneradmin`), so a
  // bare USERNAME only counts when a password came with it.
  if (values.username?.origin.source === 'USERNAME' && !values.password) delete values.username;
  return values;
}
