/**
 * What `rich.print(text)` writes for one line of ASCII text when the console is `width` columns
 * wide — 80 with no terminal, as in CI — which is how data-diff and reladiff print their JSON.
 * Written from rich's word wrapping (`rich/_wrap.py` `divide_line`, `Text.wrap`, Textualize/rich
 * 42899d8); it matched rich 13.3.1 on random text at several widths, and matches the reladiff-*
 * fixtures, which rich printed (json-lines.test.ts):
 * - a word is a run of non-spaces with the spaces after it, and a line breaks before a word that
 *   does not fit;
 * - a word longer than the width starts a line and is cut every `width` characters;
 * - the spaces kept at the end of a line are dropped only as far as they pass the width (no
 *   line holds more than `width` characters otherwise).
 * `json.dumps` escapes every non-ASCII character, so one character is one column here.
 */
export function richWrap(text: string, width: number): string {
  const breaks: number[] = [];
  let used = 0;
  for (const word of text.matchAll(/\s*\S+\s*/g)) {
    const start = word.index;
    const length = word[0].trimEnd().length;
    if (length <= width - used) {
      used += word[0].length;
    } else if (length > width) {
      for (let offset = 0; offset < word[0].length; offset += width) {
        if (start + offset > 0) breaks.push(start + offset);
        used = Math.min(width, word[0].length - offset);
      }
    } else if (used > 0 && start > 0) {
      breaks.push(start);
      used = word[0].length;
    }
  }
  const lines = [0, ...breaks].map((from, i) => text.slice(from, breaks[i] ?? text.length));
  return lines.map((line) => line.slice(0, width)).join('\n');
}

/** What Python's `json.dumps(value)` writes with its defaults: `", "` and `": "` between items, non-ASCII escaped. */
export function jsonDumps(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonDumps).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value).map(([key, item]) => `${jsonDumps(key)}: ${jsonDumps(item)}`).join(', ')}}`;
  }
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
