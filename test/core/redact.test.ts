import { describe, expect, it } from '@jest/globals';
import { Redactor } from '../../src/core/redact.js';
import { platformErrorText } from '../../src/http/index.js';
import { MAX_ERROR_TEXT } from '../../src/http/error-body.js';
import { leakedForms, secretEncodings } from './secret-encodings.js';

// Distinctive, and with the characters that make encodings differ: + / = ~ " \ and non-ASCII.
const TOKEN = '  Tk9_xQ+/z=Lp~7wQ2mZr\n';
const PASSWORD = 'pä"sS\\wörd/+Q7#x';
const USER = 'ci-bot@example.com';

describe('Redactor', () => {
  it('defines 27 encodings', () => {
    expect(secretEncodings(TOKEN).map((f) => f.name)).toHaveLength(27);
  });

  it.each([
    ['a token', TOKEN, undefined],
    ['a Basic password', PASSWORD, USER],
  ])('masks %s in each of the 27 encodings, alone and inside text', (_name, secret, user) => {
    const redactor = new Redactor([secret]);
    if (user) redactor.addBasic(user, secret);
    for (const { name, text } of secretEncodings(secret, user)) {
      const out = redactor.redact(`before ${text} after "${text}"\n${text}`);
      expect({ name, leaked: leakedForms(out, secret, user) }).toEqual({ name, leaked: [] });
      expect(out).toContain('***');
    }
  });

  it('leaves ordinary text alone and knows when text holds a secret', () => {
    const redactor = new Redactor([TOKEN]);
    const text = 'GET https://api.bitbucket.org/2.0/repositories/acme/widgets → 200 (attempt 1/4)';
    expect(redactor.redact(text)).toBe(text);
    expect(redactor.containsSecret(text)).toBe(false);
    expect(redactor.containsSecret(`title ${encodeURIComponent(TOKEN.trim())}`)).toBe(true);
  });

  it('masks the Authorization header a server echoes as JSON, whatever the token', () => {
    const out = new Redactor().redact('{"headers":{"authorization":"Bearer unknown-token-123"}}');
    expect(out).not.toContain('unknown-token-123');
  });
});

describe('error text: masked first, cut after', () => {
  it('shows no part of a token echoed at the cut', () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstu';
    const redactor = new Redactor([token]);
    // The token straddles the 500-character cut: cut first, its first half would be shown unmasked.
    const body = { message: `${'x'.repeat(MAX_ERROR_TEXT - 20)} ${token} and more` };
    const text = platformErrorText(body, (t) => redactor.redact(t)) ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(text).not.toContain(token.slice(0, 12));
  });
});
