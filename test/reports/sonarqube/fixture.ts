/** Reads fixtures the way the report loader hands them to a format: path, text, parsed JSON. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReportDocument } from '../../../src/reports/format.js';
import { repoRoot } from '../../support/paths.js';

export { repoRoot, sharedDir } from '../../support/paths.js';
export const fixturesDir = resolve(repoRoot, 'test/fixtures/reports');

export function fixtureText(relative: string): string {
  return readFileSync(resolve(fixturesDir, relative), 'utf8');
}

export function sourceOf(path: string, text: string): ReportDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { path, text, json };
}

export function fixtureSource(relative: string): ReportDocument {
  return sourceOf(relative, fixtureText(relative));
}

export function jsonSource(value: unknown, path = 'report.json'): ReportDocument {
  return sourceOf(path, JSON.stringify(value));
}
