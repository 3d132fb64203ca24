/** Test helpers shared by the data-diff, Datafold and generic data-diff tests. */
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../../src/core/errors.js';
import type { ReportDocument } from '../../../src/reports/format.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/reports');
/** Reference material outside the project; tests that read it skip themselves when it is absent. */
export const sharedDir = path.resolve(repoRoot, '../shared');

/** A source as the reader builds one: `json` only when the whole text is one JSON document. */
export function sourceOf(label: string, text: string): ReportDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { path: label, text, json };
}

export function fixture(relative: string): ReportDocument {
  return sourceOf(relative, readFileSync(path.join(fixturesDir, relative), 'utf8'));
}

/** Runs `fn`, expecting an InputError, and returns it for the caller to inspect. */
export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
