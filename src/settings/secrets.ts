/**
 * Which variables may hold a secret, from the definitions' `secret: true` and the CI systems' own
 * job tokens, so no early error (before settings are even parsed) can leak one, and a new secret
 * setting is masked by being declared secret — there is no second list to keep.
 */
import { CI_SYSTEMS } from '../ci/detect.js';
import { inputVariable } from './action-inputs.js';
import { SETTINGS } from './definitions.js';
import { variableNames } from './environment.js';
import type { Settings } from './settings.js';

export function secretVariableNames(): string[] {
  const fromSettings = SETTINGS.filter((d) => d.secret).flatMap((d) => [
    ...variableNames(d),
    ...(d.input ? [inputVariable(d.input)] : []),
  ]);
  return [...fromSettings, ...CI_SYSTEMS.flatMap((s) => s.secretVariables ?? [])];
}

/** The resolved values of every secret setting. */
export function secretValues(settings: Settings): string[] {
  return SETTINGS.filter((d) => d.secret)
    .map((d) => settings[d.key])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}
