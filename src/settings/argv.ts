/**
 * The command line: one long flag per setting (from the definitions table), the report also as
 * the one positional argument, and `--help`, `--version`, `--example`.
 *
 * parseArgs runs non-strict and only tokenises, so that an unknown flag can be answered with the
 * close matches, a secret flag with where secrets go instead, and `--no-<flag>` / `--flag=false`
 * can turn a boolean off that the environment or a config file turned on.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { parseBoolean } from './coerce.js';
import { SETTINGS, type SettingDefinition } from './definitions.js';
import type { RawValues } from './raw.js';
import { closeMatches, didYouMean } from './suggest.js';

export interface ArgvResult {
  values: RawValues;
  help: boolean;
  version: boolean;
  /** Dry run on the built-in example report. */
  example: boolean;
}

type Command = 'help' | 'version' | 'example';
const COMMANDS: readonly Command[] = ['help', 'version', 'example'];

const FLAGGED = new Map(SETTINGS.filter((d) => d.flag).map((d) => [d.flag!, d]));
/** Settings a user might try as flags but must give otherwise (secrets and their partners). */
const NOT_FLAGS = new Map(SETTINGS.filter((d) => !d.flag && d.input).map((d) => [d.input!, d]));

const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  example: { type: 'boolean' },
  ...Object.fromEntries([...FLAGGED].map(([flag, d]) => [flag, { type: d.kind === 'boolean' ? 'boolean' : 'string' } as const])),
};

/** Every flag `--help` shows and typo suggestions draw from. */
export const KNOWN_FLAGS: readonly string[] = [...COMMANDS, ...FLAGGED.keys()].map((name) => `--${name}`);

export function readArgv(argv: readonly string[]): ArgvResult {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const result: ArgvResult = { values: {}, help: false, version: false, example: false };
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') readOption(token.name, token.rawName, token.value, token.inlineValue === true, result);
  }
  readPositionals(positionals, result.values);
  return result;
}

function readOption(name: string, rawName: string, value: string | undefined, inline: boolean, result: ArgvResult): void {
  if ((COMMANDS as readonly string[]).includes(name)) {
    result[name as Command] = true;
    return;
  }
  const definition = FLAGGED.get(name);
  if (definition) {
    result.values[definition.key] = { value: flagValue(definition, rawName, value, inline), origin: { source: rawName } };
    return;
  }
  const negated = name.startsWith('no-') ? FLAGGED.get(name.slice(3)) : undefined;
  if (negated?.kind === 'boolean' && value === undefined) {
    result.values[negated.key] = { value: false, origin: { source: rawName } };
    return;
  }
  // Only the flag's name goes into these messages: `--token=…` must not echo the token.
  const notFlag = NOT_FLAGS.get(name);
  if (notFlag) {
    throw new InputError(
      `not accepted on the command line, where it would show in process lists and shell history; set ${notFlag.variable} in the environment (or the \`${notFlag.input}\` Action input)`,
      { source: rawName },
    );
  }
  throw new InputError(`unknown option${didYouMean(closeMatches(rawName, KNOWN_FLAGS))} (--help lists every option)`, { source: rawName });
}

function flagValue(definition: SettingDefinition, rawName: string, value: string | undefined, inline: boolean): unknown {
  if (definition.kind === 'boolean') return value === undefined ? true : (parseBoolean(value) ?? value);
  // parseArgs would take the next flag as this one's value (`--title --dry-run`).
  if (value === undefined || (!inline && value.startsWith('-'))) {
    throw new InputError(`expects a value: ${rawName} ${definition.placeholder ?? '<value>'} (or ${rawName}=<value> for one starting with "-")`, {
      source: rawName,
    });
  }
  return value;
}

function readPositionals(positionals: readonly string[], values: RawValues): void {
  const positional = SETTINGS.find((d) => d.positional)!;
  if (positionals.length > 1) {
    throw new InputError(`expected at most one argument, the ${positional.key} file; got ${positionals.length}`, { source: 'arguments' });
  }
  const [value] = positionals;
  if (value === undefined) return;
  const flagged = values[positional.key];
  if (flagged) {
    throw new InputError(`the ${positional.key} is given twice, as ${flagged.origin.source} and as an argument; give it once`, { source: 'arguments' });
  }
  values[positional.key] = { value, origin: { source: `${positional.key} argument` } };
}
