/**
 * Bitbucket Cloud's `q=` filter language, the subset a reporter uses: comparisons on dotted field
 * paths (`source.branch.name = "x"`), `AND`, `OR`, `NOT`, parentheses; operators `= != ~ !~ > >= < <=`;
 * double-quoted strings, numbers, true/false/null. Anything else is a 400, as on the platform.
 */

export class QueryError extends Error {
  override readonly name = 'QueryError';
}

export type Predicate = (item: unknown) => boolean;

type Token =
  | { t: 'lparen' | 'rparen' | 'and' | 'or' | 'not' }
  | { t: 'op'; v: string }
  | { t: 'field'; v: string }
  | { t: 'value'; v: string | number | boolean | null };

export function parseQuery(q: string): Predicate {
  const tokens = tokenize(q);
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];

  const expr = (): Predicate => {
    let left = term();
    while (peek()?.t === 'or') {
      take();
      const l = left;
      const r = term();
      left = (x) => l(x) || r(x);
    }
    return left;
  };
  const term = (): Predicate => {
    let left = factor();
    while (peek()?.t === 'and') {
      take();
      const l = left;
      const r = factor();
      left = (x) => l(x) && r(x);
    }
    return left;
  };
  const factor = (): Predicate => {
    const token = take();
    if (token?.t === 'not') {
      const inner = factor();
      return (x) => !inner(x);
    }
    if (token?.t === 'lparen') {
      const inner = expr();
      if (take()?.t !== 'rparen') throw new QueryError(`Invalid query: missing ")" in ${q}`);
      return inner;
    }
    if (token?.t !== 'field') throw new QueryError(`Invalid query: expected a field name in ${q}`);
    const op = take();
    const value = take();
    if (op?.t !== 'op' || value?.t !== 'value') throw new QueryError(`Invalid query: expected "<field> <operator> <value>" in ${q}`);
    return comparison(token.v, op.v, value.v);
  };

  const predicate = expr();
  if (i !== tokens.length) throw new QueryError(`Invalid query: unexpected input in ${q}`);
  return predicate;
}

function comparison(field: string, op: string, expected: string | number | boolean | null): Predicate {
  return (item) => {
    const actual = field.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), item);
    switch (op) {
      case '=':
        return actual === expected;
      case '!=':
        return actual !== expected;
      case '~':
      case '!~': {
        const contains = typeof actual === 'string' && typeof expected === 'string' && actual.toLowerCase().includes(expected.toLowerCase());
        return op === '~' ? contains : !contains;
      }
      default: {
        if (typeof actual !== typeof expected || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
        const a = actual as number | string;
        const b = expected as number | string;
        return op === '>' ? a > b : op === '>=' ? a >= b : op === '<' ? a < b : a <= b;
      }
    }
  };
}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ t: c === '(' ? 'lparen' : 'rparen' });
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < q.length && q[i] !== '"') {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        value += q[i];
        i++;
      }
      if (i >= q.length) throw new QueryError(`Invalid query: unterminated string in ${q}`);
      i++;
      tokens.push({ t: 'value', v: value });
    } else if (/[=!~<>]/.test(c)) {
      const op = /^(!=|!~|>=|<=|=|~|>|<)/.exec(q.slice(i))?.[0];
      if (!op) throw new QueryError(`Invalid query: bad operator in ${q}`);
      tokens.push({ t: 'op', v: op });
      i += op.length;
    } else {
      const word = /^[A-Za-z0-9_.\-+:]+/.exec(q.slice(i))?.[0];
      if (!word) throw new QueryError(`Invalid query: unexpected "${c}" in ${q}`);
      i += word.length;
      const upper = word.toUpperCase();
      const previous = tokens[tokens.length - 1];
      if (previous?.t === 'op') tokens.push({ t: 'value', v: literal(word, q) });
      else if (upper === 'AND') tokens.push({ t: 'and' });
      else if (upper === 'OR') tokens.push({ t: 'or' });
      else if (upper === 'NOT') tokens.push({ t: 'not' });
      else tokens.push({ t: 'field', v: word });
    }
  }
  return tokens;
}

function literal(word: string, q: string): number | boolean | null {
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  const n = Number(word);
  if (Number.isFinite(n)) return n;
  throw new QueryError(`Invalid query: ${word} is not a value (strings need double quotes) in ${q}`);
}
