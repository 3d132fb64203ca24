/** Small text rules shared by the Cloud wire mapping: cutting to a limit, and which URLs Cloud accepts. */

const ELLIPSIS = '…';

/**
 * At most `max` UTF-16 code units (what Bitbucket's Java services count), ending in "…" when cut.
 * Never splits a surrogate pair: half an emoji makes the whole body invalid UTF-8 on the wire.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - ELLIPSIS.length;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, Math.max(0, end))}${ELLIPSIS}`;
}

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

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
