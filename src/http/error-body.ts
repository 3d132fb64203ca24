/**
 * The platform's own explanation of a failed request, from whichever error shape it uses:
 * Bitbucket Cloud `{error: {message, detail, fields}}`, the Cloud Code Insights service
 * `{key, message}`, Data Center `{errors: [{context, message}]}`, GitHub `{message, errors: [...]}`,
 * SonarQube `{errors: [{msg}]}`,
 * or an HTML/text page (proxies, login pages, load balancers).
 */
import { isRecord } from '../core/records.js';
export const MAX_ERROR_TEXT = 500;

export function platformErrorText(body: unknown, redact: (text: string) => string = (text) => text): string | undefined {
  const text = typeof body === 'string' ? textOf(body) : jsonText(body);
  // Masked before it is cut: a secret cut in two is no longer recognisable (a server that echoes
  // the Authorization header would otherwise show most of the token).
  return text ? cap(redact(text)) : undefined;
}

function jsonText(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const parts: string[] = [];

  const cloud = isRecord(body.error) ? body.error : undefined;
  if (cloud) {
    pushString(parts, cloud.message);
    if (cloud.detail !== cloud.message) pushString(parts, cloud.detail);
    if (isRecord(cloud.fields)) parts.push(...fieldMessages(cloud.fields));
  } else if (typeof body.error === 'string') {
    parts.push(body.error);
  }

  pushString(parts, body.message);
  if (!parts.length && typeof body.key === 'string') parts.push(body.key);

  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      const item = errorItem(e);
      if (item && !parts.includes(item)) parts.push(item);
    }
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** One entry of DC `errors[]` (`context` is the field) or GitHub `errors[]` (`field` + `code`, sometimes a plain string). */
function errorItem(e: unknown): string | undefined {
  if (typeof e === 'string') return e.trim() || undefined;
  if (!isRecord(e)) return undefined;
  const field = str(e.context) ?? str(e.field);
  // SonarQube's Web API answers `{errors: [{msg}]}` (input-formats.md §1.2).
  const message = str(e.message) ?? str(e.msg) ?? (str(e.code) ? `${str(e.code)}${str(e.resource) ? ` (${str(e.resource)})` : ''}` : undefined);
  if (!message) return undefined;
  return field && !message.includes(field) ? `${field}: ${message}` : message;
}

function fieldMessages(fields: Record<string, unknown>): string[] {
  return Object.entries(fields).map(([field, messages]) => {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [String(messages)];
    return `${field}: ${list.join(' ')}`;
  });
}

/** An HTML page says what went wrong in its heading or title; anything else is shown as collapsed text. */
function textOf(body: string): string | undefined {
  if (/<html|<!doctype|<body|<h1/i.test(body)) {
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    return heading ? collapse(decodeEntities(heading.replace(/<[^>]*>/g, ' '))) || undefined : undefined;
  }
  return collapse(body) || undefined;
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function cap(s: string): string {
  return s.length > MAX_ERROR_TEXT ? `${s.slice(0, MAX_ERROR_TEXT - 1)}…` : s;
}

function pushString(parts: string[], v: unknown): void {
  const s = str(v);
  if (s && !parts.includes(s)) parts.push(s);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

