import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import { mergeChecks, parseThresholdsSetting } from '../../../src/reports/threshold-config.js';
import { readSection } from './helpers.js';

/** What a function throws (fails the test when it does not). */
function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an error');
}

const SETTING = 'PR_INSIGHTS_THRESHOLDS';

describe('readThresholdsSection', () => {
  it('reads default and per-model checks: counts, percents, levels and ignore', () => {
    const set = readSection(
      [
        'fail-on: failure',
        'thresholds:',
        '  default:',
        '    rows-changed: {warn: 1%, fail: 5%}',
        '    rows-added: {fail: 500}',
        '    rows-removed: {warn: "20", fail: 12.5 %}',
        '    schema-changes: fail',
        '    primary-keys: warn',
        '    failed-diffs: ignore',
        '  models:',
        '    fct_orders:',
        '      rows-changed: ignore',
        '    staging.*:',
        '      schema-changes: warn',
        '',
      ].join('\n'),
    );
    expect(set).toEqual({
      default: {
        'rows-changed': { warn: { value: 1, unit: 'percent' }, fail: { value: 5, unit: 'percent' } },
        'rows-added': { fail: { value: 500, unit: 'count' } },
        'rows-removed': { warn: { value: 20, unit: 'count' }, fail: { value: 12.5, unit: 'percent' } },
        'schema-changes': 'fail',
        'primary-keys': 'warn',
        'failed-diffs': 'ignore',
      },
      models: [
        { key: 'fct_orders', checks: { 'rows-changed': 'ignore' } },
        { key: 'staging.*', checks: { 'schema-changes': 'warn' } },
      ],
    });
  });

  it('keeps models in file order, and either part may be left out', () => {
    expect(readSection('thresholds:\n  models:\n    b.*: {failed-diffs: warn}\n    a.*: {failed-diffs: warn}\n').models.map((m) => m.key)).toEqual(['b.*', 'a.*']);
    expect(readSection('thresholds:\n  default: {primary-keys: fail}\n')).toEqual({ default: { 'primary-keys': 'fail' }, models: [] });
  });

  it('follows YAML anchors, so one set of checks can serve several models', () => {
    const set = readSection('strict: &strict {rows-changed: {fail: 0}}\nthresholds:\n  models:\n    fct_orders: *strict\n    marts.*: *strict\n');
    expect(set.models).toEqual([
      { key: 'fct_orders', checks: { 'rows-changed': { fail: { value: 0, unit: 'count' } } } },
      { key: 'marts.*', checks: { 'rows-changed': { fail: { value: 0, unit: 'count' } } } },
    ]);
  });

  it('refuses a percent over 100 at file:line:col with the key path', () => {
    const text = 'thresholds:\n  default:\n    rows-changed: {warn: 1%, fail: 5%}\n  models:\n    fct_orders:\n      rows-changed: {fail: 150%}\n';
    expect(thrown(() => readSection(text)).message).toBe(
      '.pr-insights.yml:6:28 at thresholds.models.fct_orders.rows-changed.fail: expected a percent from 0% to 100%, got 150%',
    );
  });

  it('refuses a negative count, quoting model keys that hold dots or wildcards', () => {
    const error = thrown(() => readSection('thresholds:\n  models:\n    staging.*:\n      rows-added: {fail: -3}\n'));
    expect(error.message).toBe('.pr-insights.yml:4:26 at thresholds.models["staging.*"].rows-added.fail: expected a count of 0 or more rows, got -3');
    expect(error.source).toBe('.pr-insights.yml:4:26');
    expect(error.pointer).toBe('thresholds.models["staging.*"].rows-added.fail');
  });

  it('refuses a warn level above the fail level, pointing at the warn level', () => {
    expect(thrown(() => readSection('thresholds:\n  default:\n    rows-added: {warn: 10%, fail: 5%}\n')).message).toBe(
      '.pr-insights.yml:3:24 at thresholds.default.rows-added.warn: the warn level (10%) is above the fail level (5%); a warning comes before failing',
    );
    expect(thrown(() => readSection('thresholds:\n  default:\n    rows-added:\n      fail: 100\n      warn: 101\n')).message).toBe(
      '.pr-insights.yml:5:13 at thresholds.default.rows-added.warn: the warn level (101) is above the fail level (100); a warning comes before failing',
    );
  });

  it('accepts levels in different units, and equal levels (fail then wins)', () => {
    expect(readSection('thresholds:\n  default:\n    rows-added: {warn: 50%, fail: 10}\n    rows-removed: {warn: 5, fail: 5}\n').default).toEqual({
      'rows-added': { warn: { value: 50, unit: 'percent' }, fail: { value: 10, unit: 'count' } },
      'rows-removed': { warn: { value: 5, unit: 'count' }, fail: { value: 5, unit: 'count' } },
    });
  });

  it('refuses unknown keys at every level', () => {
    expect(thrown(() => readSection('thresholds:\n  defaults: {}\n')).message).toBe(
      '.pr-insights.yml:2:3 at thresholds.defaults: unknown key; expected `default:` and/or `models:`',
    );
    expect(thrown(() => readSection('thresholds:\n  default:\n    rows-chnaged: {fail: 5%}\n')).message).toBe(
      '.pr-insights.yml:3:5 at thresholds.default.rows-chnaged: unknown check; the checks are rows-changed, rows-added, rows-removed, schema-changes, primary-keys, failed-diffs',
    );
    expect(thrown(() => readSection('thresholds:\n  default:\n    rows-added: {error: 5}\n')).message).toBe(
      '.pr-insights.yml:3:18 at thresholds.default.rows-added.error: unknown level; expected warn or fail',
    );
  });

  it('says what a value should have been', () => {
    const cases: [string, string][] = [
      ['rows-added: 5', '3:17 at thresholds.default.rows-added: expected `warn` and/or `fail` levels, e.g. `{warn: 100, fail: 5%}`, or `ignore`'],
      ['rows-added:', '3:16 at thresholds.default.rows-added: expected `warn` and/or `fail` levels, e.g. `{warn: 100, fail: 5%}`, or `ignore`'],
      ['rows-added: {}', '3:17 at thresholds.default.rows-added: expected `warn` and/or `fail` levels, e.g. `{warn: 100, fail: 5%}`, or `ignore`'],
      ['rows-added: {fail: 2.5}', '3:24 at thresholds.default.rows-added.fail: expected a whole number of rows, got 2.5 (a percent needs a % sign)'],
      ['rows-added: {fail: lots}', "3:24 at thresholds.default.rows-added.fail: expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%)"],
      ['rows-added: {fail: .inf}', "3:24 at thresholds.default.rows-added.fail: expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%)"],
      ['rows-added: {fail: -1%}', '3:24 at thresholds.default.rows-added.fail: expected a percent from 0% to 100%, got -1%'],
      ['primary-keys: error', '3:19 at thresholds.default.primary-keys: expected fail, warn or ignore'],
      ['schema-changes: {fail: 1}', '3:21 at thresholds.default.schema-changes: expected fail, warn or ignore'],
      ['failed-diffs: true', '3:19 at thresholds.default.failed-diffs: expected fail, warn or ignore (fail when left out)'],
    ];
    for (const [line, expected] of cases) {
      expect(thrown(() => readSection(`thresholds:\n  default:\n    ${line}\n`)).message).toBe(`.pr-insights.yml:${expected}`);
    }
  });

  it('refuses empty and misshapen sections', () => {
    expect(thrown(() => readSection('thresholds: {}\n')).message).toBe('.pr-insights.yml:1:13 at thresholds: expected `default:` and/or `models:`');
    expect(thrown(() => readSection('thresholds: [default]\n')).message).toBe('.pr-insights.yml:1:13 at thresholds: expected `default:` and/or `models:`');
    expect(thrown(() => readSection('thresholds:\n  models: [a, b]\n')).message).toBe(
      '.pr-insights.yml:2:11 at thresholds.models: expected model names or patterns as keys, e.g. `staging.*: {rows-changed: {fail: 5%}}`',
    );
    expect(thrown(() => readSection('thresholds:\n  models:\n    fct_orders:\n')).message).toBe(
      '.pr-insights.yml:3:16 at thresholds.models.fct_orders: expected checks, e.g. `rows-changed: {fail: 5%}`',
    );
    expect(thrown(() => readSection('thresholds:\n  models:\n    "": {rows-added: ignore}\n')).message).toBe(
      '.pr-insights.yml:3:5 at thresholds.models: expected a model name or pattern, not an empty key',
    );
    expect(thrown(() => readSection('thresholds:\n  models:\n    1: {rows-added: ignore}\n')).message).toBe('.pr-insights.yml:3:5 at thresholds.models: expected a name as the key');
  });
});

describe('parseThresholdsSetting', () => {
  it('reads the default checks from a flow mapping', () => {
    expect(parseThresholdsSetting('{rows-changed: {fail: 5%}, schema-changes: fail}', SETTING)).toEqual({
      'rows-changed': { fail: { value: 5, unit: 'percent' } },
      'schema-changes': 'fail',
    });
  });

  it('reads block YAML too, as a multi-line Action input gives it', () => {
    expect(parseThresholdsSetting('rows-added:\n  warn: 10\n  fail: 1%\nprimary-keys: fail\n', 'inputs.thresholds')).toEqual({
      'rows-added': { warn: { value: 10, unit: 'count' }, fail: { value: 1, unit: 'percent' } },
      'primary-keys': 'fail',
    });
  });

  it('names the setting, the column, the key and what was expected', () => {
    expect(thrown(() => parseThresholdsSetting('{rows-changed: {fail: 5%}, schema-changes: fial}', SETTING)).message).toBe(
      'PR_INSIGHTS_THRESHOLDS (column 44) at schema-changes: expected fail, warn or ignore',
    );
    expect(thrown(() => parseThresholdsSetting('{rows-changed: {fail: 101%}}', '--thresholds')).message).toBe(
      '--thresholds (column 23) at rows-changed.fail: expected a percent from 0% to 100%, got 101%',
    );
    expect(thrown(() => parseThresholdsSetting('{rows-removed: {fail: -1}}', SETTING)).message).toBe(
      'PR_INSIGHTS_THRESHOLDS (column 23) at rows-removed.fail: expected a count of 0 or more rows, got -1',
    );
    expect(thrown(() => parseThresholdsSetting('{rows-changed: {warn: 600, fail: 500}}', SETTING)).message).toBe(
      'PR_INSIGHTS_THRESHOLDS (column 23) at rows-changed.warn: the warn level (600) is above the fail level (500); a warning comes before failing',
    );
    expect(thrown(() => parseThresholdsSetting('{rows-changd: {fail: 5%}}', SETTING)).message).toMatch(/^PR_INSIGHTS_THRESHOLDS \(column 2\) at rows-changd: unknown check; the checks are rows-changed, /);
  });

  it('gives line and column in a multi-line value', () => {
    expect(thrown(() => parseThresholdsSetting('rows-changed:\n  fail: 101%\n', 'inputs.thresholds')).message).toBe(
      'inputs.thresholds (line 2, column 9) at rows-changed.fail: expected a percent from 0% to 100%, got 101%',
    );
  });

  it('says where the rest of a pasted section goes', () => {
    expect(thrown(() => parseThresholdsSetting('{default: {rows-added: {fail: 1}}}', SETTING)).message).toMatch(/at default: unknown check; .* \(the setting holds the default checks themselves, without `default:`\)$/);
    expect(thrown(() => parseThresholdsSetting('{models: {a: {rows-added: ignore}}}', SETTING)).message).toMatch(
      /at models: unknown check; .* \(per-model thresholds go in the `thresholds:` section of \.pr-insights\.yml\)$/,
    );
  });

  it('refuses broken YAML, empty text and anything but a mapping, without quoting the value', () => {
    const broken = thrown(() => parseThresholdsSetting('{rows-changed: {fail: s3cretvalue', SETTING));
    expect(broken.message).toMatch(/^PR_INSIGHTS_THRESHOLDS \(column \d+\): /);
    expect(broken.message).not.toContain('s3cretvalue');
    expect(thrown(() => parseThresholdsSetting('{a: 1, a: 2}', SETTING)).message).toBe('PR_INSIGHTS_THRESHOLDS (column 8): Map keys must be unique');
    for (const text of ['', 'fail', '[rows-changed]']) {
      expect(thrown(() => parseThresholdsSetting(text, SETTING)).message).toBe('PR_INSIGHTS_THRESHOLDS (column 1): expected checks, e.g. `rows-changed: {fail: 5%}`');
    }
    const value = thrown(() => parseThresholdsSetting('{rows-added: {fail: s3cretvalue}}', SETTING));
    expect(value.message).not.toContain('s3cretvalue');
  });
});

describe('mergeChecks', () => {
  it('replaces whole checks key by key and keeps the rest', () => {
    const merged = mergeChecks(
      { 'rows-changed': { warn: { value: 1, unit: 'percent' }, fail: { value: 5, unit: 'percent' } }, 'schema-changes': 'fail' },
      { 'rows-changed': { fail: { value: 10, unit: 'percent' } } },
    );
    expect(merged).toEqual({ 'rows-changed': { fail: { value: 10, unit: 'percent' } }, 'schema-changes': 'fail' });
  });
});
