/**
 * Reads a report file and picks its format. Every way the file can be wrong (missing, empty,
 * not JSON where JSON is needed, a shape no format recognises) becomes an InputError naming the
 * file, so nothing is ever sent for a report we could not read.
 */
import { InputError } from '../core/errors.js';
import { readBoundedFile } from '../core/files.js';
import { findDuplicateKey } from '../core/json.js';
import type { ReportFormat, ReportDocument } from './format.js';
import type { Report, ReportKind } from './model.js';
import { nearMissAdvice } from './near-misses.js';

/** Reports are summaries; a larger file is almost certainly the wrong file (or row output gone wild). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export function readDocument(path: string, resolvedPath: string, setting = 'REPORT'): ReportDocument {
  const text = readBoundedFile(resolvedPath, { setting, display: path, what: 'a report', maxBytes: MAX_REPORT_BYTES });
  if (text.trim() === '') throw new InputError('file is empty; expected a report', { source: path });
  const json = parseWholeJson(text);
  const duplicate = json === undefined ? undefined : findDuplicateKey(text);
  if (duplicate !== undefined) {
    throw new InputError('the same key appears twice in one object; JSON readers disagree on which value counts, so the report is refused', {
      source: path,
      pointer: duplicate,
    });
  }
  return { path, text, json };
}

function parseWholeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where a JSON document goes wrong, as `line:column`, for the "invalid JSON" message. */
export function jsonErrorPosition(text: string): { line: number; column: number; message: string } {
  try {
    JSON.parse(text);
    return { line: 1, column: 1, message: 'valid JSON' };
  } catch (error) {
    const message = (error as Error).message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column, message: message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '') };
  }
}

/**
 * Chooses the format: the one REPORT_TYPE allows whose sniff matches. No match is an error that
 * lists what we accept, and — when the file is not even JSON — where the JSON breaks.
 */
export function detectFormat(source: ReportDocument, formats: readonly ReportFormat[], kind?: ReportKind): ReportFormat {
  const candidates = kind ? formats.filter((f) => f.kind === kind) : formats;
  const match = candidates.find((f) => f.sniff(source));
  if (match) return match;
  const accepted = candidates.map((f) => f.name).join(', ');
  const advice = nearMissAdvice(source);
  if (advice !== undefined) throw new InputError(advice, { source: source.path });
  // A line starting with { or [ may begin another document of JSON Lines, which only data-diff
  // formats read: with those ruled out (REPORT_TYPE=quality-gate), it is one broken document.
  const mayBeJsonLines = candidates.some((f) => f.kind === 'data-diff') && /\n[[{]/.test(source.text);
  if (source.json === undefined && /^\s*[[{]/.test(source.text) && !mayBeJsonLines) {
    const at = jsonErrorPosition(source.text);
    throw new InputError(`invalid JSON at line ${at.line}, column ${at.column} (${at.message}); expected one of: ${accepted}`, {
      source: source.path,
    });
  }
  const what = kind ? `a ${kind} report` : 'a report';
  throw new InputError(`not ${what} in any format we read; expected one of: ${accepted}`, { source: source.path, pointer: '/' });
}

export function parseReport(source: ReportDocument, formats: readonly ReportFormat[], kind?: ReportKind): Report {
  return detectFormat(source, formats, kind).parse(source);
}
