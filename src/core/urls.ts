/**
 * The URL if it is an absolute http(s) URL, normalised, with any credentials removed (a token in a
 * dashboard URL must not end up in a PR comment, a report link or a status); otherwise undefined.
 * The one check of every link we publish, on every platform.
 */
export function httpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  url.username = '';
  url.password = '';
  return url.href;
}
