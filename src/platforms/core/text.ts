/** Text rules every platform's wire mapping shares: cutting to a field's limit without losing what must stay. */
import { truncate } from '../../render/markdown.js';

/**
 * At most `max` UTF-16 code units (what Bitbucket's Java services and GitHub count), "…" when
 * cut, never half a surrogate pair.
 */
export const cut = truncate;

/**
 * `text` followed by `suffix` within `max`: the text is cut, never the suffix, because the suffix
 * carries what must not be lost (e.g. how many annotations were left out).
 */
export function cutBefore(text: string, suffix: string, max: number): string {
  const kept = text.trimEnd();
  if (!kept) return cut(suffix, max);
  const separator = '\n\n';
  const room = max - suffix.length - separator.length;
  if (room < 2) return cut(suffix, max);
  return `${cut(kept, room)}${separator}${suffix}`;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
