import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { httpUrl } from '../../src/core/urls.js';
import { escapeMarkdown, markdownLink, tableHeader, tableRow, truncate } from '../../src/render/markdown.js';

/** The backslash escapes Python-Markdown (Bitbucket Cloud) honours; any other shows the backslash. */
const PYTHON_MARKDOWN_ESCAPABLE = '\\`*_{}[]()>#+-.!';

describe('escapeMarkdown', () => {
  it('keeps a table row intact whatever the cell text holds', () => {
    const row = tableRow([escapeMarkdown('a | b'), escapeMarkdown('line one\nline two\r\n| x |')]);
    expect(row.split('|')).toHaveLength(4);
    expect(row).not.toContain('\n');
    expect(row).toContain('a &#124; b');
    expect(row).toContain('line one line two &#124; x &#124;');
  });

  it('shows HTML as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> & <!-- c -->')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;!-- c --&gt;',
    );
  });

  it('shows entities the report contains literally', () => {
    expect(escapeMarkdown('&amp; &#124;').replace(/\u200D/g, '')).toBe('&amp;amp; &amp;#124;');
  });

  it('breaks @mentions and e-mail autolinks with an invisible joiner', () => {
    const out = escapeMarkdown('ping @alice and @{557058:uuid}, mail bob@example.com');
    expect(out).not.toMatch(/@[\w{]/);
    expect(out.replace(/\u200D/g, '')).toBe('ping @alice and @\\{557058:uuid\\}, mail bob@example.com');
  });

  it('stops [text](url) injection and reference links', () => {
    const out = escapeMarkdown('[click here](https://evil.example) ![img](x) [ref][1] [//]: # (pr-insights:x)');
    expect(out).not.toMatch(/(?<!\\)[[\]]/);
    expect(out).toContain('\\[click here\\](https:\u200D//evil.example)');
  });

  it('breaks bare-URL, www and issue-reference autolinks', () => {
    const out = escapeMarkdown('see https://evil.example, www.evil.example and #12');
    expect(out).not.toContain('://');
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/#\d/);
    expect(out.replace(/\u200D/g, '')).toBe('see https://evil.example, www.evil.example and #12');
  });

  it('neutralises emphasis, code, strikethrough and math', () => {
    expect(escapeMarkdown('*a* _b_ `c` ~~d~~ $e$')).toBe('\\*a\\* \\_b\\_ \\`c\\` &#126;&#126;d&#126;&#126; &#36;e&#36;');
  });

  it('escapes what starts a block only at the start', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('#hash')).toBe('\\#hash');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('2) item')).toBe('2\\) item');
    expect(escapeMarkdown('=== x')).toBe('&#61;== x');
    expect(escapeMarkdown('-5 rows, 99.6% match, a - b')).toBe('-5 rows, 99.6% match, a - b');
  });

  it('keeps backslashes visible', () => {
    expect(escapeMarkdown('C:\\temp\\*')).toBe('C:\\\\temp\\\\\\*');
  });

  it('turns control characters into spaces, drops bidi overrides, collapses whitespace', () => {
    expect(escapeMarkdown('  a\u0000b\tc\u202Ed\u2066e\u00A0 f  ')).toBe('a b cde f');
  });

  it('is safe for any input on all three parsers (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/[\n\r|<>~$]/);
        expect(out).not.toMatch(/@[A-Za-z0-9_{]/);
        expect(out).not.toContain('://');
        // Every & starts an entity, every backslash escapes something Python-Markdown knows.
        expect(out).not.toMatch(/&(?!(amp|lt|gt|#\d+);)/);
        for (const m of out.matchAll(/\\+(.?)/g)) {
          const run = m[0].length - m[1]!.length;
          if (run % 2 === 1) expect(PYTHON_MARKDOWN_ESCAPABLE).toContain(m[1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('httpUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'mailto:a@b.c',
    'ftp://files.example/x',
    '/relative/path',
    '//evil.example/x',
    'not a url',
    '',
  ])('refuses %j', (raw) => {
    expect(httpUrl(raw)).toBeUndefined();
  });

  it('accepts http and https, normalised', () => {
    expect(httpUrl('https://sonar.example/dashboard?id=a&pullRequest=1')).toBe('https://sonar.example/dashboard?id=a&pullRequest=1');
    expect(httpUrl(' HTTP://Sonar.Example:9000/x ')).toBe('http://sonar.example:9000/x');
  });

  it('drops credentials so a token in a URL never reaches a comment', () => {
    expect(httpUrl('https://user:s3cret@sonar.example/x')).toBe('https://sonar.example/x');
  });

  it('is undefined for undefined', () => {
    expect(httpUrl(undefined)).toBeUndefined();
  });
});

describe('markdownLink', () => {
  it('links http(s) URLs', () => {
    expect(markdownLink('Dashboard', 'https://sonar.example/d?id=k')).toBe('[Dashboard](https://sonar.example/d?id=k)');
  });

  it('falls back to the text for anything else', () => {
    expect(markdownLink('Dashboard', 'javascript:alert(1)')).toBe('Dashboard');
    expect(markdownLink('Dashboard', undefined)).toBe('Dashboard');
  });

  it('encodes what would end the destination or split a table cell', () => {
    expect(markdownLink('x', 'https://h.example/a(b)|c[d]?q=<e>')).toBe('[x](https://h.example/a%28b%29%7Cc%5Bd%5D?q=%3Ce%3E)');
  });

  it('keeps query ampersands but not entity look-alikes', () => {
    expect(markdownLink('x', 'https://h.example/?a=1&b=2&copy;')).toBe('[x](https://h.example/?a=1&b=2%26copy;)');
  });

  it('keeps IPv6 hosts usable', () => {
    expect(markdownLink('x', 'http://[::1]:9000/a(b)')).toBe('[x](http://[::1]:9000/a%28b%29)');
  });
});

describe('tables', () => {
  it('writes header, delimiter and alignment', () => {
    expect(tableHeader(['Model', 'Added'], ['left', 'right'])).toBe('| Model | Added |\n| --- | --: |');
  });

  it('keeps empty cells as cells', () => {
    expect(tableRow(['a', '', 'c'])).toBe('| a |   | c |');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('cuts to the limit with an ellipsis', () => {
    const out = truncate('a'.repeat(50), 10);
    expect(out).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate(`abcd${'😀'.repeat(10)}`, 8);
    expect(out.length).toBeLessThanOrEqual(8);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
