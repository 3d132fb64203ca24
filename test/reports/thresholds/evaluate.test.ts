import { describe, expect, it } from '@jest/globals';
import type { ModelDiff } from '../../../src/reports/model.js';
import type { Checks, ThresholdSet } from '../../../src/reports/threshold-config.js';
import { evaluateThresholds } from '../../../src/reports/thresholds.js';
import { failed, model, readSection } from './helpers.js';

function only(checks: Checks): ThresholdSet {
  return { default: checks, models: [] };
}

/** Evaluates one model against thresholds given as the `default:` YAML of a config file. */
function judgeOne(diff: ModelDiff, defaultYaml: string) {
  const set = readSection(`thresholds:\n  default: ${defaultYaml}\n`);
  const result = evaluateThresholds([diff], set);
  expect(result.models).toHaveLength(1);
  return result.models[0]!;
}

describe('evaluateThresholds without thresholds', () => {
  const models = [model('same'), model('orders', { changed: 3, added: 1 }), failed('broken')];

  it('keeps today’s verdict: a failed model fails, any difference warns', () => {
    const result = evaluateThresholds(models, undefined);
    expect(result.verdict).toBe('fail');
    expect(result.thresholds).toBe(false);
    expect(result.models.map((m) => [m.name, m.verdict])).toEqual([
      ['same', 'pass'],
      ['orders', 'warn'],
      ['broken', 'fail'],
    ]);
    expect(result).toMatchObject({ modelsFailed: 1, modelsWarned: 1 });
  });

  it('says what differed in the same shape thresholds use', () => {
    const [, orders, broken] = evaluateThresholds(models, undefined).models;
    expect(orders!.breaches).toEqual([
      { check: 'rows-changed', level: 'warn', value: 3, threshold: 0, unit: 'count', text: '3 rows changed > 0' },
      { check: 'rows-added', level: 'warn', value: 1, threshold: 0, unit: 'count', text: '1 row added > 0' },
    ]);
    expect(broken!.breaches).toEqual([{ check: 'failed-diffs', level: 'fail', value: 1, threshold: 0, unit: 'flag', text: 'could not be diffed' }]);
  });

  it('warns on a difference it cannot count, as today', () => {
    const uncounted: ModelDiff = { name: 'generic', status: 'different' };
    expect(evaluateThresholds([uncounted], undefined).models[0]).toEqual({ name: 'generic', verdict: 'warn', breaches: [], unmeasured: [] });
  });

  it('has nothing to judge without models', () => {
    expect(evaluateThresholds([], undefined)).toEqual({ verdict: 'none', thresholds: false, models: [], modelsFailed: 0, modelsWarned: 0 });
    expect(evaluateThresholds([], only({ 'rows-added': { fail: { value: 0, unit: 'count' } } })).verdict).toBe('none');
  });
});

describe('row checks', () => {
  it('passes a difference within every threshold', () => {
    const result = evaluateThresholds([model('orders', { changed: 40, added: 5, removed: 2 })], readSection('thresholds:\n  default: {rows-changed: {fail: 5%}, rows-added: {fail: 10}}\n'));
    expect(result).toMatchObject({ verdict: 'pass', thresholds: true, modelsFailed: 0, modelsWarned: 0 });
    expect(result.models[0]).toEqual({ name: 'orders', verdict: 'pass', breaches: [], unmeasured: [] });
  });

  it('counts: breached only above the threshold', () => {
    expect(judgeOne(model('o', { base: 10_000, changed: 500 }), '{rows-changed: {fail: 500}}').verdict).toBe('pass');
    expect(judgeOne(model('o', { base: 10_000, changed: 1501 }), '{rows-changed: {fail: 500}}').breaches).toEqual([
      { check: 'rows-changed', level: 'fail', value: 1501, threshold: 500, unit: 'count', text: '1,501 rows changed > 500' },
    ]);
  });

  it('percents are of the base table, breached only above the threshold', () => {
    expect(judgeOne(model('o', { base: 500, changed: 62 }), '{rows-changed: {fail: 5%}}').breaches).toEqual([
      { check: 'rows-changed', level: 'fail', value: 12.4, threshold: 5, unit: 'percent', text: '12.4 % rows changed > 5 %' },
    ]);
    // 7 × 100 / 100 is exactly 7: the threshold holds at its edge.
    expect(judgeOne(model('o', { base: 100, removed: 7 }), '{rows-removed: {fail: 7%}}').verdict).toBe('pass');
    expect(judgeOne(model('o', { base: 100, removed: 8 }), '{rows-removed: {fail: 7%}}').breaches[0]).toMatchObject({ value: 8, text: '8 % rows removed > 7 %' });
  });

  it('shows as many decimals as it takes to tell the value from the threshold', () => {
    expect(judgeOne(model('o', { base: 10_000, added: 504 }), '{rows-added: {fail: 5%}}').breaches[0]!.text).toBe('5.04 % rows added > 5 %');
    expect(judgeOne(model('o', { base: 3, added: 1 }), '{rows-added: {fail: 33.3%}}').breaches[0]!.text).toBe('33.33 % rows added > 33.3 %');
  });

  it('each row check reads its own count', () => {
    const diff = model('o', { base: 100, added: 1, removed: 2, changed: 3 });
    const levels = '{rows-added: {fail: 1}, rows-removed: {fail: 1}, rows-changed: {fail: 1}}';
    expect(judgeOne(diff, levels).breaches.map((b) => [b.check, b.value])).toEqual([
      ['rows-changed', 3],
      ['rows-removed', 2],
    ]);
  });

  it('warn and fail: between the two warns, above fail fails, one breach per check', () => {
    const levels = '{rows-changed: {warn: 1%, fail: 5%}}';
    expect(judgeOne(model('o', { changed: 10 }), levels).verdict).toBe('pass');
    expect(judgeOne(model('o', { changed: 20 }), levels).breaches).toEqual([
      { check: 'rows-changed', level: 'warn', value: 2, threshold: 1, unit: 'percent', text: '2 % rows changed > 1 %' },
    ]);
    const over = judgeOne(model('o', { changed: 60 }), levels);
    expect(over.verdict).toBe('fail');
    expect(over.breaches).toEqual([{ check: 'rows-changed', level: 'fail', value: 6, threshold: 5, unit: 'percent', text: '6 % rows changed > 5 %' }]);
  });

  it('mixes units within a check', () => {
    const levels = '{rows-added: {warn: 100, fail: 50%}}';
    expect(judgeOne(model('o', { base: 1000, added: 150 }), levels).verdict).toBe('warn');
    expect(judgeOne(model('o', { base: 100, added: 60 }), levels).verdict).toBe('fail');
  });

  it('ignore switches a check off', () => {
    expect(judgeOne(model('o', { changed: 999 }), '{rows-changed: ignore, rows-added: {fail: 0}}').verdict).toBe('pass');
  });

  it('a percent can pass 100 when a table grew', () => {
    expect(judgeOne(model('o', { base: 10, added: 30 }), '{rows-added: {fail: 100%}}').breaches[0]).toMatchObject({ value: 300, text: '300 % rows added > 100 %' });
  });
});

describe('an empty base table', () => {
  const empty = (rows: Partial<NonNullable<ModelDiff['rows']>>) => model('new_table', { base: 0, ...rows });

  it('counts any added row as 100 %', () => {
    expect(judgeOne(empty({ added: 5 }), '{rows-added: {fail: 50%}}').breaches).toEqual([
      { check: 'rows-added', level: 'fail', value: 100, threshold: 50, unit: 'percent', text: '100 % rows added > 50 %' },
    ]);
    expect(judgeOne(empty({ added: 5 }), '{rows-added: {fail: 100%}}').verdict).toBe('pass');
  });

  it('counts no change as 0 %', () => {
    expect(judgeOne(empty({}), '{rows-added: {fail: 0%}, rows-removed: {fail: 0%}, rows-changed: {fail: 0%}}')).toEqual({
      name: 'new_table',
      verdict: 'pass',
      breaches: [],
      unmeasured: [],
    });
  });
});

describe('what the report does not measure', () => {
  it('a percent without the base row count is not judged, and says why', () => {
    const diff = model('o', { base: undefined, changed: 5 });
    expect(judgeOne(diff, '{rows-changed: {warn: 1, fail: 5%}}')).toEqual({
      name: 'o',
      verdict: 'warn',
      breaches: [{ check: 'rows-changed', level: 'warn', value: 5, threshold: 1, unit: 'count', text: '5 rows changed > 1' }],
      unmeasured: [{ check: 'rows-changed', level: 'fail', reason: "the base table's row count is unknown" }],
    });
    // Nothing changed is 0 % of any table.
    expect(judgeOne(model('o', { base: undefined }), '{rows-changed: {fail: 5%}}').unmeasured).toEqual([]);
  });

  it('a difference without counts or schema is listed as unmeasured, not passed silently', () => {
    const diff: ModelDiff = { name: 'g', status: 'different' };
    expect(judgeOne(diff, '{rows-added: {fail: 1}, schema-changes: fail, primary-keys: fail}').unmeasured).toEqual([
      { check: 'rows-added', level: 'fail', reason: 'the report has no row counts' },
      { check: 'schema-changes', level: 'fail', reason: 'the report has no schema comparison' },
      { check: 'primary-keys', level: 'fail', reason: 'the report has no primary-key counts' },
    ]);
  });

  it('an identical model has no row or schema change even when the format leaves them out', () => {
    const diff: ModelDiff = { name: 'g', status: 'identical' };
    expect(judgeOne(diff, '{rows-added: {fail: 0}, schema-changes: fail}')).toEqual({ name: 'g', verdict: 'pass', breaches: [], unmeasured: [] });
  });
});

describe('flag checks', () => {
  const retyped = model('o', {}, { status: 'different', schema: { added: ['a', 'b'], removed: [], typeChanged: ['c'] } });

  it('schema-changes: fail, warn or ignore', () => {
    expect(judgeOne(retyped, '{schema-changes: fail}').breaches).toEqual([
      { check: 'schema-changes', level: 'fail', value: 3, threshold: 0, unit: 'flag', text: 'schema changed: 2 columns added, 1 column retyped' },
    ]);
    expect(judgeOne(retyped, '{schema-changes: warn}').verdict).toBe('warn');
    expect(judgeOne(retyped, '{schema-changes: ignore}').verdict).toBe('pass');
    expect(judgeOne(model('o', {}, { schema: { added: [], removed: [], typeChanged: [] } }), '{schema-changes: fail}').verdict).toBe('pass');
  });

  it('primary-keys: judges the head table, where the pull request puts its rows', () => {
    const keys = (nulls: [number, number], duplicates: [number, number]) => model('o', {}, { primaryKeyIssues: { nulls, duplicates } });
    expect(judgeOne(keys([0, 2], [0, 3]), '{primary-keys: fail}').breaches).toEqual([
      { check: 'primary-keys', level: 'fail', value: 5, threshold: 0, unit: 'flag', text: '2 null and 3 duplicate primary keys in the head table' },
    ]);
    expect(judgeOne(keys([0, 0], [0, 1]), '{primary-keys: warn}').breaches[0]).toMatchObject({ level: 'warn', text: '1 duplicate primary key in the head table' });
    expect(judgeOne(keys([4, 0], [7, 0]), '{primary-keys: fail}').verdict).toBe('pass');
    expect(judgeOne(keys([0, 2], [0, 0]), '{primary-keys: ignore}').verdict).toBe('pass');
  });

  it('failed-diffs: fail when left out, or warn, or ignore; nothing else is measured on a failed model', () => {
    expect(judgeOne(failed('x'), '{rows-added: {fail: 1%}}')).toEqual({
      name: 'x',
      verdict: 'fail',
      breaches: [{ check: 'failed-diffs', level: 'fail', value: 1, threshold: 0, unit: 'flag', text: 'could not be diffed' }],
      unmeasured: [],
    });
    expect(judgeOne(failed('x'), '{failed-diffs: warn}').verdict).toBe('warn');
    expect(judgeOne(failed('x'), '{failed-diffs: ignore}')).toEqual({ name: 'x', verdict: 'pass', breaches: [], unmeasured: [] });
  });
});

describe('which models: entry applies', () => {
  const text = (models: string) => `thresholds:\n  default:\n    rows-changed: {fail: 50%}\n  models:\n${models}`;
  const ruleFor = (diff: ModelDiff, set: ThresholdSet) => evaluateThresholds([diff], set).models[0]!.rule;

  it('an exact name beats any pattern, wherever it is written', () => {
    const set = readSection(text('    staging.orders_*: {rows-changed: {fail: 1}}\n    staging.orders_v2: {rows-changed: {fail: 0}}\n'));
    expect(ruleFor(model('staging.orders_v2'), set)).toBe('staging.orders_v2');
    expect(ruleFor(model('staging.orders_v3'), set)).toBe('staging.orders_*');
  });

  it('among patterns the longest literal text wins, then the one written first', () => {
    // A pattern that starts with `*` is quoted: unquoted, YAML reads it as an alias.
    const set = readSection(text('    "*": {failed-diffs: warn}\n    staging.*: {failed-diffs: warn}\n    "*.orders": {failed-diffs: warn}\n    marts.o*: {failed-diffs: warn}\n    stg?ng.*: {failed-diffs: warn}\n'));
    expect(ruleFor(model('staging.orders'), set)).toBe('staging.*');
    expect(ruleFor(model('marts.orders'), set)).toBe('*.orders');
    expect(ruleFor(model('marts.customers'), set)).toBe('*');
    expect(ruleFor(model('stging.x'), set)).toBe('stg?ng.*');
  });

  it('matches the head table path too, and only what the names say (case and dots are literal)', () => {
    const set = readSection(text('    analytics.pr_7.*: {rows-changed: {fail: 0}}\n    model.shop.orders: {rows-changed: {fail: 0}}\n'));
    expect(ruleFor(model('model.shop.customers', {}, { head: 'analytics.pr_7.customers' }), set)).toBe('analytics.pr_7.*');
    expect(ruleFor(model('model.shop.customers', {}, { base: 'analytics.pr_7.customers' }), set)).toBeUndefined();
    expect(ruleFor(model('model.SHOP.orders'), set)).toBeUndefined();
    expect(ruleFor(model('modelXshopXorders'), set)).toBeUndefined();
  });

  it('treats a pattern with many wildcards as plain text to walk, not a regular expression to backtrack', () => {
    const set = readSection(text(`    "${'*a'.repeat(12)}*b": {rows-changed: {fail: 0}}\n    "(x+)+y": {rows-changed: {fail: 0}}\n`));
    expect(ruleFor(model('a'.repeat(300)), set)).toBeUndefined();
    expect(ruleFor(model(`${'a'.repeat(300)}b`), set)).toBe(`${'*a'.repeat(12)}*b`);
    expect(ruleFor(model('(x+)+y'), set)).toBe('(x+)+y');
  });

  it('merges a model entry over default key by key: a check is replaced whole, the others kept', () => {
    const set = readSection(
      'thresholds:\n  default:\n    rows-changed: {warn: 1%, fail: 5%}\n    schema-changes: fail\n  models:\n    legacy_*:\n      rows-changed: {fail: 20%}\n',
    );
    const diff = model('legacy_orders', { changed: 100 }, { schema: { added: ['x'], removed: [], typeChanged: [] } });
    const judged = evaluateThresholds([diff, { ...diff, name: 'orders' }], set).models;
    // legacy_orders: 10 % is under its own 20 % fail, and the default's 1 % warn went with the default's check.
    expect(judged.map((m) => [m.name, m.rule, m.breaches.map((b) => `${b.level} ${b.text}`)])).toEqual([
      ['legacy_orders', 'legacy_*', ['fail schema changed: 1 column added']],
      ['orders', undefined, ['fail 10 % rows changed > 5 %', 'fail schema changed: 1 column added']],
    ]);
  });
});

describe('the outcome', () => {
  it('counts models failed and warned, and takes the worst verdict', () => {
    const set = only({ 'rows-changed': { warn: { value: 0, unit: 'count' }, fail: { value: 10, unit: 'count' } } });
    const result = evaluateThresholds([model('a', { changed: 11 }), model('b', { changed: 1 }), model('c', { changed: 2 }), model('d')], set);
    expect(result.models.map((m) => m.verdict)).toEqual(['fail', 'warn', 'warn', 'pass']);
    expect(result).toMatchObject({ verdict: 'fail', thresholds: true, modelsFailed: 1, modelsWarned: 2 });
  });
});
