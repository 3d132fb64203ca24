// Thresholds from where users write them — the config file's `thresholds:` section and the
// THRESHOLDS setting — to the verdict step that judges the report; `.pr-insights.yaml` read too.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../../src/core/errors.js';
import { judgeReport } from '../../../src/reports/data-diff-verdict.js';
import type { DataDiffReport, Report } from '../../../src/reports/model.js';
import { inputReader } from '../../../src/settings/action-inputs.js';
import { loadSettings } from '../../../src/settings/load.js';
import type { Settings } from '../../../src/settings/settings.js';
import { failed, model } from './helpers.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-insights-thresholds-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function settingsOf(files: Record<string, string>, env: Record<string, string> = {}, getInput?: ReturnType<typeof inputReader>) {
  return (await loadSettings({ argv: [], env, cwd: workspace(files), gitHead: () => undefined, ...(getInput && { getInput }) })).settings;
}

async function errorOf(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

const FILE = `fail-on: failure
thresholds:
  default:
    rows-changed: {warn: 1%, fail: 5%}
    schema-changes: warn
  models:
    "staging.*":
      rows-changed: ignore
`;

describe('the thresholds in force', () => {
  it('come from the config file: default and models', async () => {
    const { thresholdSet } = await settingsOf({ '.pr-insights.yml': FILE });
    expect(thresholdSet).toEqual({
      default: { 'rows-changed': { warn: { value: 1, unit: 'percent' }, fail: { value: 5, unit: 'percent' } }, 'schema-changes': 'warn' },
      models: [{ key: 'staging.*', checks: { 'rows-changed': 'ignore' } }],
    });
  });

  it("THRESHOLDS merges over the file's default key by key, and leaves its models alone", async () => {
    const { thresholdSet } = await settingsOf({ '.pr-insights.yml': FILE }, { THRESHOLDS: '{rows-changed: {fail: 20%}, rows-added: {fail: 100}}' });
    expect(thresholdSet).toEqual({
      default: { 'rows-changed': { fail: { value: 20, unit: 'percent' } }, 'schema-changes': 'warn', 'rows-added': { fail: { value: 100, unit: 'count' } } },
      models: [{ key: 'staging.*', checks: { 'rows-changed': 'ignore' } }],
    });
  });

  it('THRESHOLDS alone is the default for every model', async () => {
    expect((await settingsOf({}, { THRESHOLDS: '{schema-changes: fail}' })).thresholdSet).toEqual({ default: { 'schema-changes': 'fail' }, models: [] });
  });

  it('none at all: no set, and the report is judged as ever', async () => {
    expect((await settingsOf({ '.pr-insights.yml': 'fail-on: warning\n' })).thresholdSet).toBeUndefined();
  });

  it('a mistake in the file points at file:line:col with the key path', async () => {
    const error = await errorOf(() => settingsOf({ '.pr-insights.yml': FILE.replace('fail: 5%', 'fail: lots') }));
    expect(error.message).toBe(".pr-insights.yml:4:36 at thresholds.default.rows-changed.fail: expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%)");
  });

  it('a mistake in the setting names the setting as given, the column and what was expected, never the value', async () => {
    const env = await errorOf(() => settingsOf({}, { PR_INSIGHTS_THRESHOLDS: '{rows-changd: {fail: 5%}}' }));
    expect(env.message).toMatch(/^PR_INSIGHTS_THRESHOLDS \(column 2\) at rows-changd: unknown check; the checks are rows-changed/);
    const input = await errorOf(() => settingsOf({}, {}, inputReader({ INPUT_THRESHOLDS: '{rows-changed: {fail: sekrit-ish}}' })));
    expect(input.message).toMatch(/^inputs\.thresholds \(column \d+\) at rows-changed\.fail: expected a count of rows/);
    expect(input.message).not.toContain('sekrit-ish');
  });
});

describe('.pr-insights.yaml', () => {
  it('is read like .pr-insights.yml', async () => {
    expect((await settingsOf({ '.pr-insights.yaml': FILE })).thresholdSet?.models).toHaveLength(1);
  });

  it('next to a .pr-insights.yml is refused: reading one would silently ignore the other', async () => {
    const error = await errorOf(() => settingsOf({ '.pr-insights.yml': 'fail-on: never\n', '.pr-insights.yaml': 'fail-on: warning\n' }));
    expect(error.message).toBe('.pr-insights.yml: both .pr-insights.yml and .pr-insights.yaml exist; keep one, or name it with CONFIG');
  });
});

describe('the verdict step', () => {
  const report = (models: DataDiffReport['models']): DataDiffReport => ({ kind: 'data-diff', format: 'x', tool: 'data-diff', verdict: 'warn', models });
  let set: Settings['thresholdSet'];
  beforeAll(async () => {
    set = (await settingsOf({ '.pr-insights.yml': FILE })).thresholdSet;
  });

  it('re-judges the diff: pass, warn and fail across models, each with its reasons', () => {
    const judged = judgeReport(
      report([
        model('orders', { changed: 124 }), // 12.4 %: over the fail level
        model('users', { changed: 20 }), // 2 %: over the warn level
        model('staging.events', { changed: 900 }), // rows-changed ignored for staging.*
        model('payments'),
      ]),
      set,
    ) as DataDiffReport;
    expect(judged.verdict).toBe('fail');
    expect(judged.judged?.models.map((m) => [m.name, m.verdict, m.breaches.map((b) => b.text)])).toEqual([
      ['orders', 'fail', ['12.4 % rows changed > 5 %']],
      ['users', 'warn', ['2 % rows changed > 1 %']],
      ['staging.events', 'pass', []],
      ['payments', 'pass', []],
    ]);
    expect(judged.judged).toMatchObject({ modelsFailed: 1, modelsWarned: 1 });
  });

  it('passes a difference within every threshold', () => {
    expect(judgeReport(report([model('orders', { changed: 5 })]), set).verdict).toBe('pass');
  });

  it('without thresholds keeps the verdict of today: a failure fails, a difference warns', () => {
    expect(judgeReport(report([model('orders', { changed: 5 })]), undefined).verdict).toBe('warn');
    expect(judgeReport(report([model('orders'), failed('payments')]), undefined).verdict).toBe('fail');
    expect(judgeReport(report([model('orders')]), undefined).verdict).toBe('pass');
  });

  it('leaves a quality gate as it is', () => {
    const gate: Report = { kind: 'quality-gate', format: 'x', tool: 'SonarQube', verdict: 'fail', status: 'ERROR', conditions: [], ignoredConditions: false, findings: [] };
    expect(judgeReport(gate, set)).toBe(gate);
  });
});
