import { describe, expect, it } from '@jest/globals';
import { coerce, parseBoolean } from '../../src/settings/coerce.js';
import { definitionOf } from '../../src/settings/definitions.js';
import { readEnvironment } from '../../src/settings/environment.js';

describe('readEnvironment', () => {
  it('reads variables by their exact names, as a pipe receives them', () => {
    expect(readEnvironment({ FAIL_ON: 'never', REPORT_ID: 'api', PATH: '/bin' })).toEqual({
      failOn: { value: 'never', origin: { source: 'FAIL_ON', hint: 'PR_INSIGHTS_FAIL_ON, when set, overrides FAIL_ON' } },
      reportId: { value: 'api', origin: { source: 'REPORT_ID', hint: 'PR_INSIGHTS_REPORT_ID, when set, overrides REPORT_ID' } },
    });
  });

  it('prefers PR_INSIGHTS_<NAME>, so a DEBUG meant for another tool can be overridden', () => {
    const values = readEnvironment({ DEBUG: 'express:*', PR_INSIGHTS_DEBUG: 'false' });
    expect(values.debug).toEqual({ value: 'false', origin: { source: 'PR_INSIGHTS_DEBUG' } });
  });

  it("takes GitHub's RUNNER_DEBUG after DEBUG", () => {
    expect(readEnvironment({ RUNNER_DEBUG: '1' }).debug?.origin.source).toBe('RUNNER_DEBUG');
    expect(readEnvironment({ RUNNER_DEBUG: '1', DEBUG: 'false' }).debug?.value).toBe('false');
  });

  it('treats an empty variable as not set', () => {
    expect(readEnvironment({ TITLE: '', PR_INSIGHTS_TITLE: '' })).toEqual({});
    expect(readEnvironment({ PR_INSIGHTS_TITLE: '', TITLE: 'From bare' }).title?.value).toBe('From bare');
  });

  it("ignores Windows' own USERNAME unless a password comes with it", () => {
    expect(readEnvironment({ USERNAME: 'runneradmin' })).toEqual({});
    expect(readEnvironment({ USERNAME: 'me@example.com', PASSWORD: 'api-token-value' }).username?.value).toBe('me@example.com');
    expect(readEnvironment({ PR_INSIGHTS_USERNAME: 'me@example.com' }).username?.value).toBe('me@example.com');
  });

  it('never reads json from the environment (CLI only)', () => {
    expect(readEnvironment({ JSON: 'true', PR_INSIGHTS_JSON: 'true' })).toEqual({});
  });
});

describe('text to typed values', () => {
  it.each([
    ['true', true], ['TRUE', true], ['Yes', true], ['1', true],
    ['false', false], ['False', false], ['NO', false], ['0', false],
    ['on', undefined], ['', undefined], ['2', undefined],
  ])('boolean %j → %j', (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });

  it('splits comma lists, trims items and drops empty ones', () => {
    expect(coerce(definitionOf('publish'), ' comment, status ,')).toEqual(['comment', 'status']);
    expect(coerce(definitionOf('publish'), ',')).toEqual([]);
    expect(coerce(definitionOf('publish'), ['insights '])).toEqual(['insights']);
  });

  it('turns whole numbers into numbers and leaves other text for the schema to report', () => {
    expect(coerce(definitionOf('pullRequest'), '42')).toBe(42);
    expect(coerce(definitionOf('pullRequest'), 'PR-42')).toBe('PR-42');
    expect(coerce(definitionOf('pullRequest'), 7)).toBe(7);
  });

  it('trims text, so a pasted token keeps working', () => {
    expect(coerce(definitionOf('token'), 'abc\n')).toBe('abc');
  });
});
