/**
 * The forms a secret takes on its way through headers, URLs, JSON and logs. The Redactor masks
 * each; matching is case-insensitive, so upper- and lower-cased echoes (a repository name shown
 * in lower case, `%2F` or `%2f`, hex in either case) need no forms of their own.
 */

/** A base64 core this short could match ordinary text. */
const MIN_CORE = 8;

export function secretForms(value: string, options: { binaryOnly?: boolean } = {}): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const binary = [...base64Forms(bytes), bytes.toString('hex')];
  if (options.binaryOnly) return binary;
  const uri = encodeURIComponent(value);
  const json = JSON.stringify(value).slice(1, -1);
  return [
    value,
    uri,
    encodeURIComponent(uri),
    // application/x-www-form-urlencoded: space as `+`, `~` and `!'()` encoded too.
    new URLSearchParams({ v: value }).toString().slice(2),
    [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
    json,
    // JSON from encoders that escape everything outside ASCII (Python's default, Java's some).
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    json.replace(/\//g, '\\/'),
    value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`),
    ...binary,
  ];
}

/**
 * base64 and base64url, padded and not, of the value alone and of the value at each of the three
 * byte alignments inside a longer blob (a `user:password` pair, a JSON document encoded whole):
 * there only the characters that depend on the value's bytes alone are fixed, so those are matched.
 */
function base64Forms(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (const alphabet of ['base64', 'base64url'] as const) {
    const whole = bytes.toString(alphabet);
    forms.push(whole, whole.replace(/=+$/, ''));
    for (const offset of [0, 1, 2]) {
      const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(alphabet).replace(/=+$/, '');
      // Characters that mix the prefix's bits in front, and the bits of whatever follows at the end.
      const head = offset === 0 ? 0 : offset + 1;
      const tail = (offset + bytes.length) % 3 === 0 ? 0 : 1;
      const core = encoded.slice(head, encoded.length - tail);
      if (core.length >= MIN_CORE) forms.push(core);
    }
  }
  return forms;
}
