/**
 * Follows one JSON object or array fed piece by piece, to find where it ends and, when it is not
 * valid JSON, the first character where it breaks and what would have been valid there — so an
 * error can name a line and column without quoting the data. Each character is read once; the
 * value itself is still built by JSON.parse.
 */

export type ScanResult =
  | { state: 'incomplete' }
  /** `end`: offset just past the closing bracket, counted over everything fed. */
  | { state: 'complete'; end: number }
  | { state: 'broken'; at: number; expected: string };

/** What the grammar allows next, between tokens. */
type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose';

/** Inside a string: whether it is a field name, and how far into an escape (hex digits still to come). */
type StringState = { isKey: boolean; escape: 'none' | 'backslash' | number };
/** Inside `true`, `false` or `null`: the index of the next character. */
type LiteralState = { word: string; next: number };

type NumberPart = 'minus' | 'zero' | 'integer' | 'dot' | 'fraction' | 'exponentMark' | 'exponentSign' | 'exponent';
type NumberChar = 'zero' | 'digit' | 'dot' | 'e' | 'sign';

/** JSON's number grammar as transitions; a part without an entry for a character ends there. */
const NUMBER: Record<NumberPart, Partial<Record<NumberChar, NumberPart>>> = {
  minus: { zero: 'zero', digit: 'integer' },
  zero: { dot: 'dot', e: 'exponentMark' },
  integer: { zero: 'integer', digit: 'integer', dot: 'dot', e: 'exponentMark' },
  dot: { zero: 'fraction', digit: 'fraction' },
  fraction: { zero: 'fraction', digit: 'fraction', e: 'exponentMark' },
  exponentMark: { sign: 'exponentSign', zero: 'exponent', digit: 'exponent' },
  exponentSign: { zero: 'exponent', digit: 'exponent' },
  exponent: { zero: 'exponent', digit: 'exponent' },
};
const NUMBER_MAY_END: ReadonlySet<NumberPart> = new Set(['zero', 'integer', 'fraction', 'exponent']);

const LITERALS = ['true', 'false', 'null'] as const;
const WHITESPACE = ' \t\n\r';
const ESCAPED = '"\\/bfnrtu';
const HEX = /^[0-9a-fA-F]$/;

function numberChar(c: string): NumberChar | undefined {
  if (c === '0') return 'zero';
  if (c >= '1' && c <= '9') return 'digit';
  if (c === '.') return 'dot';
  if (c === 'e' || c === 'E') return 'e';
  if (c === '+' || c === '-') return 'sign';
  return undefined;
}

export class JsonScanner {
  private readonly closers: ('}' | ']')[] = [];
  private expect: Expect = 'value';
  private string: StringState | undefined;
  private number: NumberPart | undefined;
  private literal: LiteralState | undefined;
  private fed = 0;

  /** Reads `piece`; call again with the next piece while, and only while, the result is `incomplete`. */
  feed(piece: string): ScanResult {
    for (let i = 0; i < piece.length; i += 1) {
      const result = this.step(piece.charAt(i), this.fed + i);
      if (result) return result;
    }
    this.fed += piece.length;
    return { state: 'incomplete' };
  }

  private step(c: string, at: number): ScanResult | undefined {
    if (this.string) return this.inString(this.string, c, at);
    if (this.literal) return this.inLiteral(this.literal, c, at);
    if (this.number) {
      const kind = numberChar(c);
      const next = kind && NUMBER[this.number][kind];
      if (next) {
        this.number = next;
        return undefined;
      }
      if (!NUMBER_MAY_END.has(this.number)) return broken(at, 'a digit');
      // The character after a number belongs to the structure around it.
      this.number = undefined;
      this.expect = 'commaOrClose';
    }
    return this.between(c, at);
  }

  private between(c: string, at: number): ScanResult | undefined {
    if (WHITESPACE.includes(c)) return undefined;
    const closer = this.closers.at(-1);
    switch (this.expect) {
      case 'value':
        return this.startValue(c, at);
      case 'valueOrClose':
        return c === ']' ? this.close(at) : this.startValue(c, at);
      case 'keyOrClose':
        if (c === '}') return this.close(at);
        return this.startKey(c, at, 'a quoted field name or "}"');
      case 'key':
        return this.startKey(c, at, 'a quoted field name');
      case 'colon':
        if (c !== ':') return broken(at, '":"');
        this.expect = 'value';
        return undefined;
      case 'commaOrClose':
        if (c === closer) return this.close(at);
        if (c !== ',') return broken(at, `"," or "${closer}"`);
        this.expect = closer === '}' ? 'key' : 'value';
        return undefined;
    }
  }

  private startValue(c: string, at: number): ScanResult | undefined {
    if (c === '{' || c === '[') {
      this.closers.push(c === '{' ? '}' : ']');
      this.expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      return undefined;
    }
    // Only a container has a visible end, and every data-diff JSON output is one.
    if (this.closers.length === 0) return broken(at, '"{" or "["');
    if (c === '"') {
      this.string = { isKey: false, escape: 'none' };
      return undefined;
    }
    if (c === '-' || numberChar(c) === 'zero' || numberChar(c) === 'digit') {
      this.number = c === '-' ? 'minus' : c === '0' ? 'zero' : 'integer';
      return undefined;
    }
    const word = LITERALS.find((w) => w.startsWith(c));
    if (!word) return broken(at, 'a value');
    this.literal = { word, next: 1 };
    return undefined;
  }

  private startKey(c: string, at: number, expected: string): ScanResult | undefined {
    if (c !== '"') return broken(at, expected);
    this.string = { isKey: true, escape: 'none' };
    return undefined;
  }

  private close(at: number): ScanResult | undefined {
    this.closers.pop();
    if (this.closers.length === 0) return { state: 'complete', end: at + 1 };
    this.expect = 'commaOrClose';
    return undefined;
  }

  private inString(string: StringState, c: string, at: number): ScanResult | undefined {
    if (string.escape === 'backslash') {
      if (!ESCAPED.includes(c)) return broken(at, 'an escape such as \\n or \\u00e9');
      string.escape = c === 'u' ? 4 : 'none';
    } else if (typeof string.escape === 'number') {
      if (!HEX.test(c)) return broken(at, 'a hexadecimal digit');
      string.escape = string.escape === 1 ? 'none' : string.escape - 1;
    } else if (c === '\\') {
      string.escape = 'backslash';
    } else if (c === '"') {
      this.string = undefined;
      this.expect = string.isKey ? 'colon' : 'commaOrClose';
    } else if (c.charCodeAt(0) < 0x20) {
      return broken(at, 'a closing quote');
    }
    return undefined;
  }

  private inLiteral(literal: LiteralState, c: string, at: number): ScanResult | undefined {
    if (c !== literal.word.charAt(literal.next)) return broken(at, `"${literal.word}"`);
    literal.next += 1;
    if (literal.next === literal.word.length) {
      this.literal = undefined;
      this.expect = 'commaOrClose';
    }
    return undefined;
  }
}

function broken(at: number, expected: string): ScanResult {
  return { state: 'broken', at, expected };
}
