/**
 * Variables, inputs and flags are text; the schema wants booleans, numbers and lists. Text that
 * does not convert is passed through unchanged, so the schema reports it with its origin.
 */
import type { SettingDefinition } from './definitions.js';

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

/** `true/false`, `1/0`, `yes/no`, any case; undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return undefined;
}

export function coerce(definition: SettingDefinition, value: unknown): unknown {
  switch (definition.kind) {
    case 'boolean':
      return typeof value === 'string' ? (parseBoolean(value) ?? value) : value;
    case 'integer':
      // Digits past 2^53 would become another number (10^30 → 1e+30 in a URL): left as text, the schema refuses them.
      return typeof value === 'string' && /^\s*\d+\s*$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value;
    case 'list':
      if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter(Boolean);
      return Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value;
    case 'string':
      // Trailing newlines come with values pasted into secured variables; a token with one fails auth.
      return typeof value === 'string' ? value.trim() : value;
  }
}
