import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { settingsSchema, validateSettings } from '../../src/settings/schema.js';
import { compile } from '../../src/validation/schema.js';
import { thrown } from './temp.js';

const base = {
  publish: ['comment', 'insights'], failOn: 'failure', dryRun: false, debug: false, json: false,
  commentMode: 'update', datafoldHost: 'https://app.datafold.com', waitTimeout: 300, timeout: 120,
};
const valid = (extra: Record<string, unknown>) => compile(settingsSchema)({ ...base, ...extra });

describe('settings schema', () => {
  it('is a 2020-12 schema that ajv compiles in strict mode', () => {
    expect(settingsSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(valid({})).toBe(true);
  });

  it.each([
    ['reportId', 'sonarqube', true],
    ['reportId', 'a'.repeat(40), true],
    ['reportId', 'a'.repeat(41), false],
    ['reportId', '-leading-dash', false],
    ['reportId', 'has space', false],
    ['commit', 'a'.repeat(40), true],
    ['commit', 'b'.repeat(64), true],
    ['commit', 'A'.repeat(40), false],
    ['commit', 'abc1234', false],
    ['pullRequest', 1, true],
    ['pullRequest', 0, false],
    ['pullRequest', 1.5, false],
    ['apiUrl', 'https://api.bitbucket.org/2.0', true],
    ['apiUrl', 'http://localhost:8080/rest', true],
    ['apiUrl', 'http://127.0.0.1:7990', true],
    ['apiUrl', 'http://[::1]:7990', true],
    ['apiUrl', 'http://bitbucket.example.com', false],
    ['apiUrl', 'http://localhost.evil.com', false],
    ['apiUrl', 'ftp://host', false],
    ['link', 'https://sonar.example.com/dashboard?id=x', true],
    ['link', 'javascript:alert(1)', false],
    ['publish', ['status'], true],
    ['publish', [], false],
    ['publish', ['comment', 'comment'], false],
    ['publish', ['email'], false],
    ['platform', 'gitlab', false],
    ['reportType', 'data-diff', true],
  ])('%s = %j valid: %s', (key, value, ok) => {
    expect(valid({ [key]: value })).toBe(ok);
  });
});

describe('validateSettings', () => {
  it('names the source of a bad value and what was expected', () => {
    const error = thrown(() => validateSettings({ ...base, failOn: 'sometimes' }, { failOn: { source: 'FAIL_ON' } }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('FAIL_ON: expected one of "failure", "warning", "never" (got "sometimes")');
    expect((error as InputError).source).toBe('FAIL_ON');
  });

  it('points into a config file with line, column and JSON pointer', () => {
    const error = thrown(() => validateSettings({ ...base, failOn: 'x' }, { failOn: { source: '.pr-insights.yml:4:12', pointer: '/fail-on' } }));
    expect(error.message).toMatch(/^\.pr-insights\.yml:4:12 at \/fail-on: expected one of "failure"/);
  });

  it('reports every bad setting, in table order', () => {
    const error = thrown(() =>
      validateSettings({ ...base, publish: ['nope'], commit: 'xyz' }, { publish: { source: '--publish' }, commit: { source: 'inputs.commit' } }),
    );
    const lines = error.message.split('\n');
    expect(lines[0]).toMatch(/^inputs\.commit: expected a full commit SHA/);
    expect(lines[1]).toMatch(/^--publish: expected a comma list of at least one of "comment", "insights", "status" \(got "nope"\)/);
  });

  it('adds the origin hint', () => {
    const error = thrown(() => validateSettings({ ...base, debug: '*' }, { debug: { source: 'DEBUG', hint: 'PR_INSIGHTS_DEBUG, when set, overrides DEBUG' } }));
    expect(error.message).toBe('DEBUG: expected true or false (also yes/no, 1/0) (got "*"); PR_INSIGHTS_DEBUG, when set, overrides DEBUG');
  });

  it("never echoes a secret's value", () => {
    const token = 'ghp_supersecretvalue0123456789';
    const error = thrown(() => validateSettings({ ...base, token: 42, password: { token } }, { token: { source: 'TOKEN' } }));
    expect(error.message).toContain('TOKEN: expected text');
    expect(error.message).not.toContain('42');
    expect(error.message).not.toContain(token);
  });

  it('masks secrets that found their way into another value', () => {
    const token = 'ghp_supersecretvalue0123456789';
    const error = thrown(() =>
      validateSettings({ ...base, reportId: `id ${token}` }, { reportId: { source: 'REPORT_ID' } }, (text) => text.split(token).join('***')),
    );
    expect(error.message).toContain('REPORT_ID: expected 1 to 40 letters');
    expect(error.message).not.toContain(token);
  });

  it('cuts long values it echoes', () => {
    const error = thrown(() => validateSettings({ ...base, failOn: 'x'.repeat(500) }, { failOn: { source: 'FAIL_ON' } }));
    expect(error.message.length).toBeLessThan(200);
  });
});
