/** Small readers shared by the CI modules: CI variables are text, often empty rather than unset. */
import type { Environment } from './context.js';

/** The variable's value, or undefined when unset or empty. */
export function variable(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A pull request id, or undefined for anything that is not a positive whole number. */
export function positiveInteger(text: string | number | undefined): number | undefined {
  const value = typeof text === 'number' ? text : /^\d+$/.test(text?.trim() ?? '') ? Number(text) : NaN;
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/**
 * A clone URL without its credentials (`https://user:token@host/…` → `https://host/…`): CI
 * systems sometimes embed them, and the repository ends up in logs and messages.
 */
export function withoutCredentials(url: string): string {
  return url.replace(/^(https?:\/\/)[^/@]*@/i, '$1');
}

/** The context without the fields nothing set, so callers and tests see only what the CI said. */
export function compact<T extends object>(context: T): T {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)) as T;
}
