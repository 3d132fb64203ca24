import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { validateOrThrow } from '../../src/validation/schema.js';

const schema = {
  type: 'object',
  required: ['projectStatus'],
  properties: {
    projectStatus: {
      type: 'object',
      required: ['status'],
      properties: { status: { enum: ['OK', 'ERROR'] }, link: { type: 'string', format: 'uri' } },
    },
  },
};

describe('validateOrThrow', () => {
  it('returns valid data unchanged', () => {
    const data = { projectStatus: { status: 'OK' } };
    expect(validateOrThrow(schema, data, 'r.json')).toBe(data);
  });

  it('names the file, the pointer of the deepest error and what was expected', () => {
    const run = () => validateOrThrow(schema, { projectStatus: { status: 'BAD' } }, 'r.json');
    expect(run).toThrow(InputError);
    expect(run).toThrow('r.json at /projectStatus/status: expected one of "OK", "ERROR"');
  });

  it('points a missing field at where it should be', () => {
    expect(() => validateOrThrow(schema, { projectStatus: {} }, 'r.json')).toThrow(
      'r.json at /projectStatus/status: missing required field; expected "status" to be present',
    );
  });

  it('prefixes a pointer inside a larger document', () => {
    expect(() => validateOrThrow(schema, {}, 'out.jsonl', 'line 3')).toThrow('out.jsonl at line 3 /projectStatus');
  });

  it('checks formats', () => {
    expect(() => validateOrThrow(schema, { projectStatus: { status: 'OK', link: 'not a uri' } }, 'r.json')).toThrow(
      'at /projectStatus/link: expected a value that must match format "uri"',
    );
  });
});
