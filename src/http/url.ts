import type { QueryValue } from './types.js';

/**
 * Joins a relative path onto the base URL's path, so a Data Center context path (`/bitbucket`) or
 * a GitHub Enterprise `/api/v3` survives; `new URL('/rest/…', base)` would drop it.
 */
export function resolveUrl(base: URL | undefined, url: string, query?: Record<string, QueryValue>): URL {
  let out: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    out = new URL(url);
  } else {
    if (!base) throw new TypeError(`relative URL "${url}" given but the HTTP client has no baseUrl`);
    const [path = '', search] = splitOnce(url, '?');
    out = new URL(base.href);
    out.pathname = `${base.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
    out.search = search ?? '';
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.searchParams.append(key, String(v));
  }
  return out;
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

export function isLoopback(url: URL): boolean {
  return isLoopbackHost(url.hostname);
}

/** A host name or address on this machine: `localhost`, `127.x.y.z`, `::1` (bracketed as in a URL, or bare as sockets report it). */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '[::1]' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

// Values of these query parameters are masked in anything we print, even if the Redactor was not told about them.
const SENSITIVE_PARAM = /^(access_token|token|auth|key|api_key|apikey|password|secret|signature|sig|code)$/i;

/** The URL as it may appear in messages and logs: no userinfo, no sensitive query values. */
export function displayUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  for (const key of [...copy.searchParams.keys()]) {
    if (SENSITIVE_PARAM.test(key)) copy.searchParams.set(key, '***');
  }
  return copy.href;
}
