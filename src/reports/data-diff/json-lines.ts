/**
 * data-diff prints JSON Lines mixed with text (rich output, promos, log lines when stderr is
 * merged). This walks the text one line at a time without splitting it into an array, so a large
 * row dump costs no more memory than the text itself.
 */

/** A line that looked like JSON: its 1-based number and the parsed value, or `invalid`. */
export type JsonLine = { line: number; value: unknown; invalid?: false } | { line: number; invalid: true };

/** Which lines a format claims as its JSON (the others are text to skip). */
export type LineClaim = (line: string) => boolean;

/** A dbt-mode object: data-diff prints each with `json.dumps`, so it starts the line. */
export const objectLine: LineClaim = (line) => line.startsWith('{');

/**
 * A row `["-", [...]]`. Requiring the quote after the bracket keeps log lines such as
 * `[10:02:44] INFO …` (timestamped logging, when stderr is merged) out.
 */
export const rowLine: LineClaim = (line) => /^\[\s*"/.test(line);

// rich colours its output on a TTY or under FORCE_COLOR; an escape before `{` must not hide it.
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]/g;

export function* jsonLines(text: string, claims: LineClaim): Generator<JsonLine> {
  let start = 0;
  let number = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end === -1 ? text.length : end);
    number += 1;
    start = end === -1 ? text.length + 1 : end + 1;
    const line = raw.replace(ANSI_ESCAPE, '').trim();
    if (!claims(line)) continue;
    try {
      yield { line: number, value: JSON.parse(line) as unknown };
    } catch {
      yield { line: number, invalid: true };
    }
  }
}

/**
 * The first line either data-diff JSON mode would claim that parses, for sniffing: dbt output and
 * row output never mix, so the first JSON line decides, and a sniff never scans a whole row dump.
 */
export function firstJsonLine(text: string): unknown {
  for (const entry of jsonLines(text, (line) => objectLine(line) || rowLine(line))) {
    if (!entry.invalid) return entry.value;
  }
  return undefined;
}
