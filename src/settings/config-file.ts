/**
 * The YAML config file: `.pr-insights.yml` (or `.pr-insights.yaml`) in the workspace when present,
 * or the file CONFIG names. Keys are the Action input names, so one vocabulary covers `with:` and
 * the file. Two keys are sections rather than settings, too structured for a variable: `thresholds:`
 * (per-model data-diff thresholds) and `datafold:` (the data diffs to create). Every error points at
 * `file:line:col`. Secrets are refused: a config file gets committed. Finding the file is
 * ./config-file-location.ts: this module (and `yaml` with it) loads only when there is one to read.
 */
import { escapePointer } from '../core/json.js';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { InputError } from '../core/errors.js';
import { readBoundedFile } from '../core/files.js';
import { type DiffRequest, readDatafoldSection } from '../reports/datafold/live/diff-config.js';
import { parseThresholdsSetting, readThresholdsSection, type ThresholdSet, thresholdsInForce } from '../reports/threshold-config.js';
import type { ConfigFile } from './config-file-location.js';
import { SETTINGS, sourcesOf } from './definitions.js';
import type { Origin, RawValues } from './raw.js';
import type { Settings } from './settings.js';
import { closeMatches, didYouMean } from './suggest.js';

/** A settings file is a few hundred bytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 64 * 1024;

const BY_KEY = new Map(SETTINGS.filter((d) => d.input).map((d) => [d.input!, d]));
/** Keys that hold a section, not a setting (`thresholds` is also the THRESHOLDS input, which in a file takes the whole section). */
const SECTIONS = ['thresholds', 'datafold'] as const;
const FILE_KEYS = [...SETTINGS.filter((d) => d.inConfigFile && d.input).map((d) => d.input!), ...SECTIONS];

/** What the file holds besides settings. */
export interface ConfigSections {
  thresholds?: ThresholdSet;
  datafoldDiffs?: DiffRequest[];
}

export interface ConfigFileContents {
  values: RawValues;
  sections: ConfigSections;
}

/** The settings of a config file (its sections are read, and checked, by loadConfigFile). */
export function loadConfigFile({ path, display }: ConfigFile): ConfigFileContents {
  const text = readBoundedFile(path, { setting: 'CONFIG', display, what: 'a YAML config file', maxBytes: MAX_CONFIG_BYTES });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${display}:${line}:${col}`;
  };
  // Messages only, never the code frame: the offending line may hold a secret.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new InputError(yamlMessage(problem), { source: at(problem.pos[0]) });
  const values: RawValues = {};
  const sections: ConfigSections = {};
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { values, sections };
  if (!isMap(doc.contents)) throw new InputError('expected settings as `key: value` lines, e.g. `fail-on: warning`', { source: at(doc.contents.range?.[0]) });

  for (const { key, value } of doc.contents.items) {
    const keyAt = at(isNode(key) ? key.range?.[0] : undefined);
    if (!isScalar(key) || typeof key.value !== 'string') throw new InputError('expected a setting name as the key', { source: keyAt });
    if (key.value === 'thresholds') {
      sections.thresholds = readThresholdsSection(value, doc, at);
      continue;
    }
    if (key.value === 'datafold') {
      sections.datafoldDiffs = readDatafoldSection(value, doc, at);
      continue;
    }
    const pointer = `/${escapePointer(key.value)}`;
    const definition = BY_KEY.get(key.value);
    if (!definition) {
      throw new InputError(`unknown setting${didYouMean(closeMatches(key.value, FILE_KEYS))} (the keys are the Action input names)`, { source: keyAt, pointer });
    }
    if (definition.secret) {
      throw new InputError(`secrets are not read from config files, which get committed; set ${definition.variable} (a secured variable) or the \`${definition.input}\` input`, {
        source: keyAt,
        pointer,
      });
    }
    if (!definition.inConfigFile) throw new InputError(`cannot be set in a config file; use ${sourcesOf(definition)}`, { source: keyAt, pointer });
    if (value === null || (isScalar(value) && value.value === null)) continue;
    const valueAt = isNode(value) ? at(value.range?.[0]) : keyAt;
    values[definition.key] = { value: toPlain(value, doc, valueAt), origin: { source: valueAt, pointer } };
  }
  return { values, sections };
}

/**
 * The settings with what the table has no rows for: the thresholds in force (the file's section,
 * THRESHOLDS merged over its `default:`) and the Datafold diffs to create. THRESHOLDS is read here,
 * with the settings, so a mistake in it stops the run before any server is asked anything.
 */
export function withConfigSections(settings: Settings, sections: ConfigSections | undefined, thresholdsOrigin: Origin | undefined): Settings {
  const setting = settings.thresholds === undefined ? undefined : parseThresholdsSetting(settings.thresholds, thresholdsOrigin?.source ?? 'THRESHOLDS');
  const thresholdSet = thresholdsInForce(sections?.thresholds, setting);
  return {
    ...settings,
    ...(thresholdSet && { thresholdSet }),
    ...(sections?.datafoldDiffs && { datafoldDiffs: sections.datafoldDiffs }),
  };
}

function toPlain(value: unknown, doc: Document, source: string): unknown {
  if (!isNode(value)) return value;
  try {
    return value.toJS(doc);
  } catch (error) {
    // Alias bombs end here (yaml's maxAliasCount).
    throw new InputError(error instanceof Error ? error.message : String(error), { source });
  }
}

function yamlMessage(error: YAMLError): string {
  return error.code === 'MULTIPLE_DOCS' ? 'expected one YAML document, found several' : error.message;
}
