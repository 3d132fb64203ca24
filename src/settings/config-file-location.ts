/**
 * Where the YAML config file is, without reading it: kept apart from ./config-file.ts so a run
 * without a config file never loads `yaml` (issue 11, start-up time).
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { RawValue } from './raw.js';

export const CONFIG_FILE_NAME = '.pr-insights.yml';
/** YAML's other extension: found as well, so a file named the other common way is never silently ignored. */
export const CONFIG_FILE_NAMES = [CONFIG_FILE_NAME, '.pr-insights.yaml'] as const;

export interface ConfigFile {
  path: string;
  /** How messages name it: relative to the working directory when inside it. */
  display: string;
}

/** The named file (which must exist), else the workspace's `.pr-insights.yml` or `.pr-insights.yaml` when there is one. */
export function locateConfigFile(named: RawValue | undefined, cwd: string, workspaceDir: string): ConfigFile | undefined {
  if (named && typeof named.value === 'string') {
    const path = resolve(cwd, named.value);
    if (!isFile(path)) throw new InputError(`config file not found: ${displayPath(path, cwd)}`, { source: named.origin.source });
    return { path, display: displayPath(path, cwd) };
  }
  const found = CONFIG_FILE_NAMES.map((name) => join(workspaceDir, name)).filter(isFile);
  if (found.length > 1) {
    // Reading one would silently ignore the other; which one the user edits is theirs to say.
    throw new InputError(`both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one, or name it with CONFIG`, { source: displayPath(found[0]!, cwd) });
  }
  return found[0] === undefined ? undefined : { path: found[0], display: displayPath(found[0], cwd) };
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
