/** Small text rules shared by the Cloud wire mapping: cutting to a limit, and which URLs Cloud accepts. */
import { truncate as cut } from '../../render/markdown.js';

/**
 * Cutting to a limit is render's `truncate`: at most `max` UTF-16 code units (what Bitbucket's Java
 * services count), "…" when cut, never half a surrogate pair.
 */
export { truncate as cut } from '../../render/markdown.js';

/**
 * `text` followed by `suffix` within `max`: the text is cut, never the suffix, because the suffix
 * carries what must not be lost (e.g. how many annotations were left out).
 */
export function cutBefore(text: string, suffix: string, max: number): string {
  if (!text) return cut(suffix, max);
  const separator = '\n\n';
  const room = max - suffix.length - separator.length;
  if (room < 2) return cut(suffix, max);
  return `${cut(text, room)}${separator}${suffix}`;
}

/** Code Insights and build statuses refuse anything but an absolute http(s) URL (mc1arke #639). */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}
