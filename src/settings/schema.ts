/**
 * The settings JSON Schema, built from the definitions table, and the one validation of the merged
 * settings. Errors name the flag, input, variable or config line the bad value came from; a
 * secret's value is never shown.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../core/errors.js';
import { compile } from '../validation/schema.js';
import { definitionOf, SETTINGS, type SettingDefinition, type SettingKey } from './definitions.js';
import type { Origin } from './raw.js';
import type { Settings } from './settings.js';

export const settingsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'pr-insights settings',
  type: 'object',
  additionalProperties: false,
  required: SETTINGS.filter((d) => d.default !== undefined).map((d) => d.key),
  properties: Object.fromEntries(
    SETTINGS.map((d) => [
      d.key,
      { description: d.description, ...d.schema, ...(d.default !== undefined ? { default: structuredClone(d.default) } : {}) },
    ]),
  ),
} as const;

const ECHO_LIMIT = 60;

export type Redact = (text: string) => string;

/**
 * Validates merged, coerced values. `origins` says where each came from; `redact` masks any
 * secret that found its way into another setting's value (a token pasted as a title).
 */
export function validateSettings(
  values: Record<string, unknown>,
  origins: Partial<Record<SettingKey, Origin>>,
  redact: Redact = (text) => text,
): Settings {
  const validate = compile<Settings>(settingsSchema);
  if (validate(values)) return values;
  const firstErrorByKey = new Map<SettingKey, ErrorObject>();
  for (const error of validate.errors ?? []) {
    const key = error.instancePath.split('/')[1] as SettingKey | undefined;
    if (key && !firstErrorByKey.has(key)) firstErrorByKey.set(key, error);
  }
  // In the table's order, so the same mistakes always read the same way.
  const order = (key: SettingKey): number => SETTINGS.findIndex((d) => d.key === key);
  const problems = [...firstErrorByKey].sort(([a], [b]) => order(a) - order(b)).map(([key, error]) => {
    const definition = definitionOf(key);
    const origin = origins[key] ?? { source: key };
    return { origin, message: problemText(definition, error, values[key], origin, redact) };
  });
  const [first, ...rest] = problems;
  if (!first) throw new InputError(`invalid settings: ${redact(JSON.stringify(validate.errors))}`);
  const more = rest.map((p) => `\n${where(p.origin)}: ${p.message}`).join('');
  throw new InputError(first.message + more, { source: first.origin.source, ...(first.origin.pointer ? { pointer: first.origin.pointer } : {}) });
}

function where(origin: Origin): string {
  return origin.pointer ? `${origin.source} at ${origin.pointer}` : origin.source;
}

function problemText(definition: SettingDefinition, error: ErrorObject, value: unknown, origin: Origin, redact: Redact): string {
  const expected = definition.expected ?? expectedByKind(definition) ?? describe(error);
  const got = definition.secret ? '' : ` (got ${shown(value, redact)})`;
  return `${expected}${got}${origin.hint ? `; ${origin.hint}` : ''}`;
}

function expectedByKind(definition: SettingDefinition): string | undefined {
  return definition.kind === 'boolean' ? 'expected true or false (also yes/no, 1/0)' : undefined;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `expected one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected ${params['type'] === 'string' ? 'text' : String(params['type'])}`;
    case 'minLength':
      return 'expected a non-empty value';
    default:
      return `expected a value that ${error.message ?? 'matches the settings schema'}`;
  }
}

/** Masked first, cut after: a secret cut in two would no longer be recognised. */
function shown(value: unknown, redact: Redact): string {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : String(JSON.stringify(value));
  const text = redact(raw);
  return JSON.stringify(text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text);
}
