import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { httpUrl } from '../../../src/core/urls.js';
import { cut, cutBefore } from '../../../src/platforms/core/text.js';
import { queryString } from '../../../src/platforms/bitbucket-cloud/wire.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('text rules shared by the platforms', () => {
  it('cut: never longer than the limit, never a lone surrogate, "…" only when cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const out = cut(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(LONE_SURROGATE.test(out)).toBe(false);
        if (text.length <= max) expect(out).toBe(text);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
  });

  it('cutBefore keeps the suffix whole', () => {
    expect(cutBefore('a'.repeat(50), 'NOTE', 20)).toBe(`${'a'.repeat(13)}…\n\nNOTE`);
    expect(cutBefore('', 'NOTE', 20)).toBe('NOTE');
    expect(cutBefore('short', 'NOTE', 20)).toBe('short\n\nNOTE');
  });

  it('httpUrl accepts only absolute http(s) URLs', () => {
    expect(httpUrl('https://sonar.example.com/x')).toBe('https://sonar.example.com/x');
    // Normalised, as every link we publish is (the one httpUrl also strips credentials).
    expect(httpUrl('http://localhost:9000')).toBe('http://localhost:9000/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '/relative', 'sonar.local', '', undefined]) expect(httpUrl(bad)).toBeUndefined();
  });

  it('queryString escapes quotes and backslashes', () => {
    expect(queryString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
