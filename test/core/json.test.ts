import { describe, expect, it } from '@jest/globals';
import { findDuplicateKey } from '../../src/core/json.js';

describe('findDuplicateKey', () => {
  it('finds a repeated key and gives its JSON pointer', () => {
    const gate = '{"projectStatus":{"status":"ERROR","conditions":[{"status":"ERROR"}],"status":"OK"}}';
    expect(findDuplicateKey(gate)).toBe('/projectStatus/status');
    expect(findDuplicateKey('[{"a":1},{"b":[{"c":1,"c":2}]}]')).toBe('/1/b/0/c');
  });

  it('compares keys decoded, and escapes the pointer', () => {
    expect(findDuplicateKey('{"a/b":1,"a\\u002fb":2}')).toBe('/a~1b');
    expect(findDuplicateKey('{"x":{"~k":1,"\\u007ek":2}}')).toBe('/x/~0k');
  });

  it('accepts the same key in different objects, and keys inside strings', () => {
    expect(findDuplicateKey('{"a":{"k":1},"b":{"k":1},"c":"\\"a\\":1,\\"a\\":2","d":[1,2,{"a":"}"}]}')).toBeUndefined();
  });

  it('walks deep nesting without recursion', () => {
    const depth = 100_000;
    expect(findDuplicateKey(`${'['.repeat(depth)}{"k":1,"k":2}${']'.repeat(depth)}`)).toBe(`${'/0'.repeat(depth)}/k`);
  });
});
