/**
 * The YAML config file: `.pr-insights.yml` in the workspace when present, or the file CONFIG
 * names. Keys are the Action input names, so one vocabulary covers `with:` and the file. Every
 * error points at `file:line:col`. Secrets are refused: a config file gets committed.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { InputError } from '../core/errors.js';
import { SETTINGS, sourcesOf } from './definitions.js';
import type { RawValue, RawValues } from './raw.js';
import { closeMatches, didYouMean } from './suggest.js';

export const CONFIG_FILE_NAME = '.pr-insights.yml';
/** A settings file is a few hundred bytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 64 * 1024;

const BY_KEY = new Map(SETTINGS.filter((d) => d.input).map((d) => [d.input!, d]));
const FILE_KEYS = SETTINGS.filter((d) => d.inConfigFile && d.input).map((d) => d.input!);

export interface ConfigFile {
  path: string;
  /** How messages name it: relative to the working directory when inside it. */
  display: string;
}

/** The named file (which must exist), else the workspace's `.pr-insights.yml` when there is one. */
export function locateConfigFile(named: RawValue | undefined, cwd: string, workspaceDir: string): ConfigFile | undefined {
  if (named && typeof named.value === 'string') {
    const path = resolve(cwd, named.value);
    if (!isFile(path)) throw new InputError(`config file not found: ${displayPath(path, cwd)}`, { source: named.origin.source });
    return { path, display: displayPath(path, cwd) };
  }
  const path = join(workspaceDir, CONFIG_FILE_NAME);
  return isFile(path) ? { path, display: displayPath(path, cwd) } : undefined;
}

export function readConfigFile({ path, display }: ConfigFile): RawValues {
  const size = statSync(path).size;
  if (size > MAX_CONFIG_BYTES) throw new InputError(`is ${size} bytes; a config file may have at most ${MAX_CONFIG_BYTES}`, { source: display });
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${display}:${line}:${col}`;
  };
  // Messages only, never the code frame: the offending line may hold a secret.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new InputError(yamlMessage(problem), { source: at(problem.pos[0]) });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return {};
  if (!isMap(doc.contents)) throw new InputError('expected settings as `key: value` lines, e.g. `fail-on: warning`', { source: at(doc.contents.range?.[0]) });

  const values: RawValues = {};
  for (const { key, value } of doc.contents.items) {
    const keyAt = at(isNode(key) ? key.range?.[0] : undefined);
    if (!isScalar(key) || typeof key.value !== 'string') throw new InputError('expected a setting name as the key', { source: keyAt });
    const pointer = `/${key.value.replace(/~/g, '~0').replace(/\//g, '~1')}`;
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
  return values;
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
