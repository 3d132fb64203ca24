/**
 * The 27 forms in which a secret must never appear in any output, output file or request body:
 * the ways it is sent (headers, Basic pairs, URLs), echoed back by servers (JSON strings, base64
 * of a header), or transformed by our own code (case, trimming). Built independently of
 * src/core/secret-forms.ts, so a form the redactor forgets is caught.
 */
export interface SecretEncoding {
  name: string;
  text: string;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const unpadded = (s: string) => s.replace(/=+$/, '');

/** The base64 characters of `secret` embedded at byte `offset` of a longer blob that only it determines. */
function embedded(secret: string, offset: number, alphabet: 'base64' | 'base64url'): string {
  const blob = Buffer.concat([Buffer.from('x'.repeat(offset)), Buffer.from(secret), Buffer.from('yyyy')]).toString(alphabet);
  const start = offset === 0 ? 0 : offset + 1;
  const end = Math.floor(((offset + Buffer.byteLength(secret)) * 8) / 6);
  return blob.slice(start, end);
}

/** `padded` is the secret as pasted into a CI variable, with surrounding whitespace. */
export function secretEncodings(padded: string, username?: string): SecretEncoding[] {
  const secret = padded.trim();
  const bytes = Buffer.from(secret);
  const json = JSON.stringify(secret).slice(1, -1);
  const pair = `${username ?? 'user'}:${secret}`;
  const forms: [string, string][] = [
    ['raw, as pasted', padded],
    ['trimmed', secret],
    ['upper case', secret.toUpperCase()],
    ['lower case', secret.toLowerCase()],
    ['base64', b64(secret)],
    ['base64 unpadded', unpadded(b64(secret))],
    ['base64url', b64url(secret)],
    ['base64 with the trailing newline of `echo`', b64(`${secret}\n`).slice(0, Math.floor((bytes.length * 8) / 6))],
    ['base64 inside a blob at offset 1', embedded(secret, 1, 'base64')],
    ['base64 inside a blob at offset 2', embedded(secret, 2, 'base64')],
    ['base64url inside a blob at offset 1', embedded(secret, 1, 'base64url')],
    ['base64url inside a blob at offset 2', embedded(secret, 2, 'base64url')],
    ['URL-encoded', encodeURIComponent(secret)],
    ['URL-encoded with lower-case hex', encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ['URL-encoded twice', encodeURIComponent(encodeURIComponent(secret))],
    ['form-encoded', new URLSearchParams({ v: secret }).toString().slice(2)],
    ['every byte percent-encoded', [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')],
    ['JSON-escaped', json],
    ['JSON-escaped, ASCII only', json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)],
    ['JSON-escaped with escaped slashes', json.replace(/\//g, '\\/')],
    ['HTML-escaped', secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')],
    ['hex', bytes.toString('hex')],
    ['hex upper case', bytes.toString('hex').toUpperCase()],
    ['Basic pair, base64', b64(pair)],
    ['Basic pair, base64 unpadded', unpadded(b64(pair))],
    ['Basic pair, base64url', b64url(pair)],
    ['Basic pair, base64url unpadded', unpadded(b64url(pair))],
  ];
  return forms.map(([name, text]) => ({ name, text }));
}

/** The forms found in `haystack`, by name; [] when it is clean. */
export function leakedForms(haystack: string, padded: string, username?: string): string[] {
  const lower = haystack.toLowerCase();
  return secretEncodings(padded, username)
    .filter(({ name, text }) => (name.includes('case') || name.startsWith('hex') ? lower.includes(text.toLowerCase()) : haystack.includes(text)))
    .map(({ name }) => name);
}
