import { describe, expect, it } from '@jest/globals';
import { inputReader, readActionInputs } from '../../src/settings/action-inputs.js';

describe('readActionInputs', () => {
  it("reads inputs through the runner's mangling: INPUT_ + upper case, hyphens kept", () => {
    const env = { 'INPUT_REPORT-ID': 'api', 'INPUT_FAIL-ON': 'warning', INPUT_TOKEN: 'ghs_x', INPUT_REPORT_ID: 'not-this-one' };
    expect(readActionInputs(inputReader(env))).toEqual({
      reportId: { value: 'api', origin: { source: 'inputs.report-id' } },
      failOn: { value: 'warning', origin: { source: 'inputs.fail-on' } },
      token: { value: 'ghs_x', origin: { source: 'inputs.token' } },
    });
  });

  it('treats an empty input as not set', () => {
    expect(readActionInputs(inputReader({ INPUT_TITLE: '', 'INPUT_DRY-RUN': '   ' }))).toEqual({});
  });

  it('trims like @actions/core', () => {
    expect(inputReader({ INPUT_TITLE: '  Quality  \n' })('title')).toBe('Quality');
  });

  it('asks only for inputs of the table, by their kebab-case names', () => {
    const asked: string[] = [];
    readActionInputs((name) => {
      asked.push(name);
      return '';
    });
    expect(asked).toContain('pull-request');
    expect(asked).toContain('token');
    expect(asked).not.toContain('json');
    expect(asked.every((n) => /^[a-z][a-z-]*$/.test(n))).toBe(true);
  });
});
