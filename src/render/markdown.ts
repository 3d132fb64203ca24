/**
 * Markdown that renders the same on Bitbucket Cloud (Python-Markdown), Bitbucket Data Center
 * (CommonMark) and GitHub (GFM), for text that comes from a report and must stay plain text.
 *
 * The three parsers agree on little: Python-Markdown only honours backslash escapes for
 * \ ` * _ { } [ ] ( ) > # + - . ! (so `\~` or `\|` would show the backslash on Bitbucket Cloud),
 * while numeric character references (`&#124;`) are decoded by all three and never act as
 * syntax. So the common punctuation is backslash-escaped, everything else becomes an entity, and
 * whatever a parser would turn into a link or a mention is broken with an invisible joiner.
 */
import { httpUrl } from '../core/urls.js';

export { capMarkdown } from './cap.js';
export type { CapBlock, CapRow, Noun } from './cap.js';

/** Invisible; stops @mentions, issue references and autolinks without showing anything. */
const JOINER = '\u200D';

const BACKSLASHED = new Set(['\\', '`', '*', '_', '{', '}', '[', ']']);
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  // GFM strikethrough; Python-Markdown has no backslash escape for it.
  '~': '&#126;',
  // GitHub renders $…$ as math.
  $: '&#36;',
};

/**
 * Report text as inline Markdown: whitespace (newlines included) collapsed to single spaces, so it
 * is also safe inside a table cell, a list item or emphasis. Never use it inside a code span:
 * code spans show entities literally.
 */
export function escapeMarkdown(text: string): string {
  const flat = breakLinksAndMentions(collapseWhitespace(text));
  let out = '';
  for (const ch of flat) {
    if (BACKSLASHED.has(ch)) out += `\\${ch}`;
    else out += ENTITIES[ch] ?? ch;
  }
  return escapeLineStart(out);
}

/** Plain text on one line: control and bidi-override characters dropped, whitespace runs → one space. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .trim();
}

function breakLinksAndMentions(text: string): string {
  return (
    text
      // @user and user@example.com: no ping, no mailto autolink.
      .replace(/@/g, `@${JOINER}`)
      // #12 becomes a link to issue or pull request 12 on GitHub.
      .replace(/#(?=\d)/g, `#${JOINER}`)
      // http://… and www.… autolinks (GFM, Bitbucket's linkifier).
      .replace(/:\/\//g, `:${JOINER}//`)
      .replace(/\b(www)\./gi, `$1${JOINER}.`)
  );
}

/**
 * What only means something at the start of a line: headings (Python-Markdown needs no space
 * after `#`), list markers, thematic breaks, setext underlines. "-5" or "99.6%" stay as they are.
 */
function escapeLineStart(text: string): string {
  if (/^#/.test(text) || /^[-+](?=\s|$|[-+])/.test(text)) return `\\${text}`;
  if (/^=/.test(text)) return `&#61;${text.slice(1)}`;
  return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * `[text](url)` when the URL is http(s), else just the text. `text` is Markdown the caller has
 * already escaped; the destination is percent-encoded where Markdown would end or split it.
 */
export function markdownLink(text: string, url: string | undefined): string {
  const href = httpUrl(url);
  if (href === undefined) return text;
  return `[${text}](${linkDestination(href)})`;
}

function linkDestination(href: string): string {
  const origin = new URL(href).origin;
  // IPv6 hosts keep their brackets; everything after the origin is fair game.
  const rest = href.slice(origin.length).replace(/[()[\]|<>`\\ "']/g, (c) => percent(c));
  // `&copy;` in a query would be decoded as an entity by every parser.
  return origin + rest.replace(/&(?=#?[A-Za-z0-9]+;)/g, '%26');
}

function percent(ch: string): string {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

export type Align = 'left' | 'right';

/** Header and delimiter rows of a table. Headers are Markdown the caller wrote (not report text). */
export function tableHeader(headers: readonly string[], align: readonly Align[] = []): string {
  const delimiters = headers.map((_, i) => (align[i] === 'right' ? '--:' : '---'));
  return `${tableRow(headers)}\n${tableRow(delimiters)}`;
}

/** One table row. Cells must already be escaped (escapeMarkdown keeps `|` and newlines out). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/**
 * Plain text cut to at most `max` characters, ending with "…" when cut. Never splits a surrogate
 * pair, so the result is still valid UTF-16.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
