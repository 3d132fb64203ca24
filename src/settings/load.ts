/**
 * Settings from every source, merged by precedence, validated once:
 * CLI flag → Action input → environment / pipe variable → YAML config file → the CI's own
 * variables → `git rev-parse HEAD` (commit only) → the table's defaults.
 */
import { Redactor } from '../core/redact.js';
import { type GetInput, readActionInputs } from './action-inputs.js';
import { readArgv } from './argv.js';
import { checkSettings } from './checks.js';
import type { CiContext, Environment } from '../ci/context.js';
import { detectCi } from '../ci/detect.js';
import { coerce } from './coerce.js';
import { locateConfigFile } from './config-file-location.js';
import { definitionOf, SETTINGS, type SettingKey } from './definitions.js';
import { readEnvironment } from './environment.js';
import { type GitHead, gitHead } from './git.js';
import { renderHelp } from './help.js';
import type { Origin, RawValue, RawValues } from './raw.js';
import { validateSettings } from './schema.js';
import type { Settings } from './settings.js';

export interface LoadSettingsInput {
  argv: readonly string[];
  env: Environment;
  /** Action inputs; only the Action front end has them. */
  getInput?: GetInput;
  cwd: string;
  /** Last resort for the commit; tests pass a stub so they need no git. */
  gitHead?: GitHead;
}

export interface LoadedSettings {
  settings: Settings;
  ci: CiContext;
  /** Where each setting came from (`failOn: "FAIL_ON"`, `commit: "ci:bitbucket-pipelines"`); never a value. */
  origins: Record<string, string>;
  /** `--help` text; nothing else was read. */
  help?: string;
  /** `--version`; nothing else was read. */
  version?: boolean;
  /** `--example`: dry run on the built-in example report. */
  example?: boolean;
}

/** Settings the CI's variables can default. Its platform and API URL stay hints in `ci`: they only hold for the CI's own repository. */
const CI_DEFAULTS = ['repository', 'pullRequest', 'commit'] as const satisfies readonly (keyof CiContext & SettingKey)[];

export async function loadSettings(input: LoadSettingsInput): Promise<LoadedSettings> {
  const argv = readArgv(input.argv);
  if (argv.help || argv.version) {
    // --help must work whatever else is set, so nothing else is read.
    const settings = validateSettings(valuesOf(defaults()), {});
    const ci: CiContext = { system: 'generic', workspaceDir: input.cwd };
    return { settings, ci, origins: {}, ...(argv.help ? { help: renderHelp() } : { version: true }) };
  }

  const ci = detectCi(input.env, input.cwd);
  const workspaceDir = ci.workspaceDir ?? input.cwd;
  const explicit = [argv.values, input.getInput ? readActionInputs(input.getInput) : {}, readEnvironment(input.env)];
  const configFile = locateConfigFile(first(explicit, 'config'), input.cwd, workspaceDir);
  // `yaml` (a third of the bundle) loads only for a config file or THRESHOLDS (issue 11).
  const reader = configFile || first(explicit, 'thresholds') ? await import('./config-file.js') : undefined;
  const config = configFile && reader?.loadConfigFile(configFile);
  const layers: RawValues[] = [...explicit, config?.values ?? {}, ciDefaults(ci), defaults()];

  const picked: RawValues = {};
  for (const { key } of SETTINGS) {
    const raw = first(layers, key);
    if (raw) picked[key] = raw;
  }
  if (configFile && !picked.config) picked.config = { value: configFile.path, origin: { source: 'workspace' } };
  if (!picked.commit) {
    const sha = (input.gitHead ?? gitHead)(workspaceDir);
    if (sha) picked.commit = { value: sha, origin: { source: 'git rev-parse HEAD' } };
  }

  const origins = Object.fromEntries(entries(picked).map(([key, raw]) => [key, raw.origin])) as Partial<Record<SettingKey, Origin>>;
  const redactor = new Redactor(secretValues(layers));
  const settings = validateSettings(valuesOf(picked), origins, (text) => redactor.redact(text));
  checkSettings(settings, origins);
  return {
    settings: reader ? reader.withConfigSections(settings, config?.sections, origins.thresholds) : settings,
    ci,
    origins: Object.fromEntries(entries(picked).map(([key, raw]) => [key, raw.origin.source])),
    ...(argv.example ? { example: true } : {}),
  };
}

function first(layers: readonly RawValues[], key: SettingKey): RawValue | undefined {
  for (const layer of layers) {
    const raw = layer[key];
    if (raw) return raw;
  }
  return undefined;
}

function ciDefaults(ci: CiContext): RawValues {
  const values: RawValues = {};
  for (const key of CI_DEFAULTS) {
    if (ci[key] !== undefined) values[key] = { value: ci[key], origin: { source: `ci:${ci.system}` } };
  }
  return values;
}

function defaults(): RawValues {
  const values: RawValues = {};
  for (const definition of SETTINGS) {
    if (definition.default !== undefined) values[definition.key] = { value: structuredClone(definition.default), origin: { source: 'default' } };
  }
  return values;
}

function valuesOf(raw: RawValues): Record<string, unknown> {
  return Object.fromEntries(entries(raw).map(([key, { value }]) => [key, coerce(definitionOf(key), value)]));
}

/** Every secret any source holds, not only the winning one, so none can surface in a message. */
function secretValues(layers: readonly RawValues[]): string[] {
  const secrets = SETTINGS.filter((d) => d.secret);
  const values = layers.flatMap((layer) => secrets.map((d) => layer[d.key]?.value)).filter((v): v is string => typeof v === 'string');
  return values;
}

function entries(raw: RawValues): [SettingKey, RawValue][] {
  return Object.entries(raw) as [SettingKey, RawValue][];
}
