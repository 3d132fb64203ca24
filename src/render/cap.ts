/**
 * Keeps a comment under the platform's size limit by leaving out whole rows, least important
 * first, and saying what was left out. Bitbucket Data Center rejects comments of 32 768
 * characters or more, Bitbucket Cloud answers long ones with an opaque 400, GitHub stops at
 * 65 536: a cut comment that says so beats a failed post.
 */
import { numberFormat } from '../core/number-format.js';
import type { Noun } from './text.js';

export type { Noun } from './text.js';

export interface CapRow {
  /** One line of Markdown (a table row, a list item). */
  markdown: string;
  /** Importance: rows with the lowest rank are cut first; among equals, the last row goes first. */
  rank: number;
}

export type CapBlock =
  /** Always kept (verdict, notes). Keep these short; only a last-resort cut touches them. */
  | { kind: 'text'; markdown: string }
  /** Rows that may be cut; `header` (table header) goes when every row does. */
  | { kind: 'rows'; header?: string; rows: readonly CapRow[]; noun: Noun };

export interface CapOptions {
  /** Maximum length of the whole comment in UTF-16 code units (what Java and JS count). */
  limit: number;
  /** Appended after the body; kept unless it alone would not fit. */
  footer: string;
  /** The last paragraph, after the footer: never cut. */
  marker: string;
}

const REASON = 'comment size limit';

/**
 * Joins the blocks (blank line between them) and the footer, cutting rows until the result fits
 * `limit`. Guaranteed to fit as long as `limit` leaves room for the marker and a short note.
 */
export function capMarkdown(blocks: readonly CapBlock[], options: CapOptions): string {
  const order = cutOrder(blocks);
  const tail = tailOf(options.footer, options.marker);
  const render = (cutCount: number): string => assemble(blocks, new Set(order.slice(0, cutCount)), tail);
  const fits = (cutCount: number): boolean => render(cutCount).length <= options.limit;

  if (fits(0)) return render(0);
  let low = 1;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (fits(mid)) high = mid;
    else low = mid + 1;
  }
  // Notes grow by a digit now and then, so the fit is not strictly monotonic: walk on if needed.
  for (let k = low; k <= order.length; k += 1) if (fits(k)) return render(k);
  return cutText(render(order.length), tail, options);
}

function tailOf(footer: string, marker: string): string {
  return footer === '' ? marker : `${footer}\n\n${marker}`;
}

/** Row ids (`block:row`) in the order they are cut. */
function cutOrder(blocks: readonly CapBlock[]): string[] {
  const rows: { id: string; rank: number; block: number; row: number }[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'rows') block.rows.forEach((r, i) => rows.push({ id: `${b}:${i}`, rank: r.rank, block: b, row: i }));
  });
  rows.sort((x, y) => x.rank - y.rank || y.row - x.row || y.block - x.block);
  return rows.map((r) => r.id);
}

function assemble(blocks: readonly CapBlock[], cut: ReadonlySet<string>, tail: string): string {
  const parts: string[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'text') {
      if (block.markdown !== '') parts.push(block.markdown);
      return;
    }
    const kept = block.rows.filter((_, i) => !cut.has(`${b}:${i}`)).map((r) => r.markdown);
    const dropped = block.rows.length - kept.length;
    if (kept.length > 0) parts.push([...(block.header === undefined ? [] : [block.header]), ...kept].join('\n'));
    if (dropped > 0) parts.push(omittedNote(dropped, block.noun));
  });
  return [...parts, tail].join('\n\n');
}

export function omittedNote(dropped: number, noun: Noun): string {
  const word = dropped === 1 ? noun.one : noun.other;
  return `… ${numberFormat().format(dropped)} more ${word} not shown: ${REASON}`;
}

/**
 * Last resort when the kept text alone is too long (a 40 KB project key in the footer, a 100 KB
 * dashboard URL): cut it at a line, or at a safe character, so the whole comment — footer and
 * marker included — fits. Only the marker is never cut; the footer goes when it alone would not
 * leave room. A link is kept whole or left out whole: half
 * of one would show its raw destination, `@mention`s and all.
 */
function cutText(rendered: string, fullTail: string, { limit, footer, marker }: CapOptions): string {
  const note = `… rest of the comment not shown: ${REASON}`;
  const body = rendered.slice(0, rendered.length - fullTail.length - 2);
  const tail = footer !== '' && fullTail.length + note.length + 4 <= limit ? fullTail : marker;
  const room = limit - tail.length - note.length - 4;
  if (room <= 0) return tail;
  const kept = safePrefix(body, room).trimEnd();
  return kept === '' ? `${note}\n\n${tail}` : `${kept}\n\n${note}\n\n${tail}`;
}

/** Inline links and images, `[text](destination)`: escaped text and percent-encoded destinations hold no bare `]` or `)`. */
const LINK = /!?\[(?:\\.|[^\\\]])*\]\((?:\\.|[^\\)])*\)/g;

/** At most `room` characters of `text`, ending at a line if one is near, never inside a link, an escape or a surrogate pair. */
function safePrefix(text: string, room: number): string {
  if (text.length <= room) return text;
  let end = room;
  const newline = text.lastIndexOf('\n', room);
  if (newline > room / 2) end = newline;
  for (const link of text.matchAll(LINK)) {
    if (link.index >= end) break;
    if (link.index + link[0].length > end) {
      end = link.index;
      break;
    }
  }
  return withoutPartialEscape(text.slice(0, end));
}

/** Drops a trailing half entity (`&#12`), a lone escaping backslash or half a surrogate pair. */
function withoutPartialEscape(text: string): string {
  let out = text.replace(/&#?[A-Za-z0-9]*$/, '');
  const backslashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (backslashes % 2 === 1) out = out.slice(0, -1);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}
