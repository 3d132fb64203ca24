/**
 * The JSON values in what data-diff or reladiff printed, among text (rich output, promos, log lines
 * when stderr is merged).
 *
 * Each value starts a line, but may not end on it: both tools print through `rich`, which wraps
 * at the terminal width — 80 columns when there is no terminal, as in CI — breaking between words
 * and folding a longer word (even inside a string) at the width (erezsh/reladiff and
 * datafold/data-diff `__main__.py`: `rich.print(json.dumps(…))`; input-formats.md §2; data-diff's
 * dbt mode alone uses plain `print`). `json.dumps` writes no line break of its own, so every break
 * inside a value is rich's and is dropped when the pieces are joined; output reformatted with
 * `jq .` joins the same way. Rich
 * drops the space at a break only when the line is exactly full, which can close up a space inside
 * a text value; counts never depend on one.
 *
 * The text is walked one line at a time without being split into an array, and every line is
 * read at most twice, so a large row dump costs no more memory than the text itself.
 */
import { InputError } from '../../core/errors.js';
import { JsonScanner } from './json-scanner.js';

/** Where a value stops being JSON (1-based; columns count characters once colour codes are removed). */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What would have been valid there; undefined when the text ends before the value does. */
  expected?: string;
}

/** A value that starts on `line`, parsed, or the place where it breaks. */
export type JsonEntry = { line: number; value: unknown; error?: undefined } | { line: number; value?: undefined; error: JsonSyntaxError };

/** Which lines a format claims as the start of its JSON (the others are text to skip). */
export type LineClaim = (line: string) => boolean;

/** A dbt-mode or stats object. */
export const objectLine: LineClaim = (line) => line.startsWith('{');

/**
 * A row `["-", [...]]`. Requiring the quote after the bracket keeps log lines such as
 * `[10:02:44] INFO …` (timestamped logging, when stderr is merged) out.
 */
export const rowLine: LineClaim = (line) => /^\[\s*"/.test(line);

// rich colours its output on a TTY or under FORCE_COLOR; an escape before `{` must not hide it.
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]/g;

/** Line `number` of the text, without colour codes or `\r`. */
interface Line {
  number: number;
  text: string;
  /** Offset of the next line; past the end of the text for the last one. */
  next: number;
}

function lineAt(text: string, start: number, number: number): Line {
  const end = text.indexOf('\n', start);
  const raw = text.slice(start, end === -1 ? text.length : end);
  return { number, text: raw.replace(ANSI_ESCAPE, '').replace(/\r$/, ''), next: end === -1 ? text.length + 1 : end + 1 };
}

function lineAfter(text: string, line: Line): Line | undefined {
  return line.next <= text.length ? lineAt(text, line.next, line.number + 1) : undefined;
}

/** Every value that starts on a line `claims` accepts, in order; one that is not JSON comes as an error, and reading goes on. */
export function* jsonValues(text: string, claims: LineClaim): Generator<JsonEntry> {
  let line: Line | undefined = lineAt(text, 0, 1);
  while (line) {
    const trimmed = line.text.trim();
    let resume = lineAfter(text, line);
    if (claims(trimmed)) {
      const single = tryParse(trimmed);
      if (single.ok) {
        yield { line: line.number, value: single.value };
      } else {
        const spread = readSpread(text, line);
        yield spread.entry;
        resume = spread.resume;
      }
    }
    line = resume;
  }
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * A value that does not parse on its first line: its lines are joined until it closes, breaks,
 * or the text ends. Reading resumes after the value, or at the line where it broke, which may
 * start the next value (output cut off and run again).
 */
function readSpread(text: string, first: Line): { entry: JsonEntry; resume: Line | undefined } {
  const scanner = new JsonScanner();
  const pieces: { line: Line; text: string; offset: number; indent: number }[] = [];
  let fed = 0;
  let lastWritten = { line: first.number, column: 1 };
  const errorAt = (at: number, expected?: string): JsonEntry => {
    const piece = pieces.findLast((p) => p.offset <= at) ?? pieces[0]!;
    return { line: first.number, error: { line: piece.line.number, column: at - piece.offset + piece.indent + 1, expected } };
  };
  for (let line: Line | undefined = first; line; line = lineAfter(text, line)) {
    // Only the first line's indent goes: a trailing space may be a space of a wrapped string.
    const piece = line === first ? line.text.trimStart() : line.text;
    pieces.push({ line, text: piece, offset: fed, indent: line.text.length - piece.length });
    const result = scanner.feed(piece);
    if (result.state === 'complete') {
      const rest = piece.slice(result.end - fed);
      const next = lineAfter(text, line);
      if (rest.trim() !== '') return { entry: errorAt(result.end + rest.length - rest.trimStart().length, 'the end of the line'), resume: next };
      return { entry: { line: first.number, value: JSON.parse(pieces.map((p) => p.text).join('')) as unknown }, resume: next };
    }
    if (result.state === 'broken') {
      return { entry: errorAt(result.at, result.expected), resume: line === first ? lineAfter(text, line) : line };
    }
    fed += piece.length;
    if (piece.trim() !== '') lastWritten = { line: line.number, column: line.text.trimEnd().length + 1 };
  }
  return { entry: { line: first.number, error: lastWritten }, resume: undefined };
}

/**
 * The first value either data-diff JSON mode would claim that parses, for sniffing: dbt output,
 * stats and row output never mix, so the first JSON value decides, and a sniff never scans a whole
 * row dump.
 */
export function firstJsonValue(text: string): unknown {
  // Three sniffs ask in turn about the same document (up to 64 MB): scan it once.
  if (lastScan?.text !== text) lastScan = { text, value: scanFirst(text) };
  return lastScan.value;
}

let lastScan: { text: string; value: unknown } | undefined;

function scanFirst(text: string): unknown {
  for (const entry of jsonValues(text, (line) => objectLine(line) || rowLine(line))) {
    if (!entry.error) return entry.value;
  }
  return undefined;
}

/**
 * The error for a value that is not valid JSON: where it breaks and what was expected there, never
 * the data. `what` names the value, e.g. `data-diff row ["-" or "+", [values…]]`.
 */
export function syntaxError(path: string, what: string, entry: { line: number; error: JsonSyntaxError }): InputError {
  const { line, column, expected } = entry.error;
  const value = line === entry.line ? `the ${what} on this line` : `the ${what} that starts on line ${entry.line}`;
  const reason = expected === undefined ? 'the text ends inside it (was the output cut off?)' : `expected ${expected}`;
  return new InputError(`${value} is not valid JSON: ${reason}`, { source: path, pointer: `line ${line}, column ${column}` });
}
