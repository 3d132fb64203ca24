import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { ModelDiff } from '../../../src/reports/model.js';
import {
  type Check,
  type Checks,
  type FlagRule,
  type Limit,
  parseThresholdsSetting,
  ROW_CHECKS,
  type RowCheck,
  type RowRule,
  type ThresholdSet,
} from '../../../src/reports/threshold-config.js';
import { evaluateThresholds, type ThresholdVerdict } from '../../../src/reports/thresholds.js';

const NAMES = ['orders', 'staging.orders', 'staging.customers', 'marts.fct_orders', 'analytics.pr_7.orders'];
/** Exact names and overlapping patterns, so precedence is exercised. */
const KEYS = [...NAMES, 'staging.*', '*.orders', '*', 'marts.*', '*orders*', 'staging.?rders'];

const count = (max: number) => fc.integer({ min: 0, max });
const limit: fc.Arbitrary<Limit> = fc.oneof(
  count(300).map((value) => ({ value, unit: 'count' as const })),
  count(1000).map((tenths) => ({ value: tenths / 10, unit: 'percent' as const })),
);
const levels = fc.record({ warn: limit, fail: limit }, { requiredKeys: [] }).filter((rule) => rule.warn !== undefined || rule.fail !== undefined);
const rowRule: fc.Arbitrary<RowRule> = fc.oneof({ weight: 1, arbitrary: fc.constant('ignore' as const) }, { weight: 4, arbitrary: levels });
const flagRule: fc.Arbitrary<FlagRule> = fc.constantFrom('fail', 'warn', 'ignore');

const checks: fc.Arbitrary<Checks> = fc.record(
  {
    'rows-changed': rowRule,
    'rows-added': rowRule,
    'rows-removed': rowRule,
    'schema-changes': flagRule,
    'primary-keys': flagRule,
    'failed-diffs': flagRule,
  },
  { requiredKeys: [] },
);

const thresholdSet: fc.Arbitrary<ThresholdSet> = fc.record({
  default: checks,
  models: fc.array(fc.record({ key: fc.constantFrom(...KEYS), checks }), { maxLength: 4 }),
});

const columns = fc.array(fc.constantFrom('id', 'amount', 'status'), { maxLength: 2 });
const pair = fc.tuple(count(3), count(3));
const diff: fc.Arbitrary<ModelDiff> = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    head: fc.constantFrom(...NAMES),
    status: fc.constantFrom('identical' as const, 'different' as const, 'failed' as const),
    rows: fc.record({ base: count(2000), added: count(500), removed: count(500), changed: count(500) }, { requiredKeys: ['added', 'removed', 'changed'] }),
    schema: fc.record({ added: columns, removed: columns, typeChanged: columns }),
    primaryKeyIssues: fc.record({ nulls: pair, duplicates: pair }, { requiredKeys: [] }),
  },
  { requiredKeys: ['name', 'status'] },
);
const diffs = fc.array(diff, { minLength: 1, maxLength: 5 });

const RANK = { none: -1, pass: 0, warn: 1, fail: 2 } as const;

/** Every model, and the whole diff, is judged at least as harshly after as before. */
function expectNoMilder(before: ThresholdVerdict, after: ThresholdVerdict): void {
  expect(RANK[after.verdict]).toBeGreaterThanOrEqual(RANK[before.verdict]);
  before.models.forEach((model, i) => expect(RANK[after.models[i]!.verdict]).toBeGreaterThanOrEqual(RANK[model.verdict]));
}

type Rule = RowRule | FlagRule;
const isRowCheck = (check: Check): check is RowCheck => (ROW_CHECKS as readonly string[]).includes(check);

/**
 * The set with one check of one place (default, or a models: entry) replaced by `change` of what
 * that place effectively had: a models: entry inherits the default's check it leaves out.
 */
function changed(set: ThresholdSet, place: number, check: Check, change: (rule: Rule | undefined) => Rule | undefined): ThresholdSet {
  const copy: ThresholdSet = structuredClone(set);
  const entry = copy.models[place];
  const target = entry ? entry.checks : copy.default;
  const next = change(target[check] ?? (entry ? copy.default[check] : undefined));
  if (next !== undefined) (target as Record<Check, Rule>)[check] = next;
  return copy;
}

/** A threshold where there was none: a new check, a check that was ignored, or a missing level. */
function added(addition: Rule): (rule: Rule | undefined) => Rule | undefined {
  return (rule) => {
    if (rule === undefined || rule === 'ignore') return addition;
    return typeof rule === 'object' && typeof addition === 'object' ? { ...addition, ...rule } : rule;
  };
}

/** Lower limits (same unit), and flags one step harsher. */
function lowered(fraction: number, step: number): (rule: Rule | undefined) => Rule | undefined {
  const lower = (l: Limit | undefined): Limit | undefined =>
    l && { unit: l.unit, value: l.unit === 'count' ? Math.floor(l.value * fraction) : l.value * fraction };
  const FLAGS: FlagRule[] = ['ignore', 'warn', 'fail'];
  return (rule) => {
    if (rule === undefined) return undefined;
    if (typeof rule === 'object') return { ...(rule.warn && { warn: lower(rule.warn) }), ...(rule.fail && { fail: lower(rule.fail) }) };
    if (rule === 'ignore' && step === 0) return rule;
    return FLAGS[Math.min(2, FLAGS.indexOf(rule) + step)];
  };
}

const place = (set: ThresholdSet) => fc.integer({ min: -1, max: set.models.length - 1 });

describe('threshold properties', () => {
  it('adding a threshold never makes a verdict milder', () => {
    // failed-diffs is never unset (it defaults to fail), so there is nothing to add to it.
    const addable = fc.oneof(
      fc.tuple(fc.constantFrom(...ROW_CHECKS), levels),
      fc.tuple(fc.constantFrom('schema-changes' as const, 'primary-keys' as const), fc.constantFrom('warn' as const, 'fail' as const)),
    );
    const scenario = thresholdSet.chain((set) => fc.tuple(fc.constant(set), place(set), addable, diffs));
    fc.assert(
      fc.property(scenario, ([set, where, [check, addition], models]) => {
        expectNoMilder(evaluateThresholds(models, set), evaluateThresholds(models, changed(set, where, check, added(addition))));
      }),
      { numRuns: 300 },
    );
  });

  it('lowering a threshold (or making a flag harsher) never makes a verdict milder', () => {
    const checksToLower = fc.constantFrom<Check>('rows-changed', 'rows-added', 'rows-removed', 'schema-changes', 'primary-keys', 'failed-diffs');
    const scenario = thresholdSet.chain((set) => fc.tuple(fc.constant(set), place(set), checksToLower, count(100), count(2), diffs));
    fc.assert(
      fc.property(scenario, ([set, where, check, percent, step, models]) => {
        const lower = lowered(percent / 100, isRowCheck(check) ? 0 : step);
        expectNoMilder(evaluateThresholds(models, set), evaluateThresholds(models, changed(set, where, check, lower)));
      }),
      { numRuns: 300 },
    );
  });

  it('without thresholds the verdict is today’s; with them it is the worst model’s, and the counts add up', () => {
    fc.assert(
      fc.property(diffs, fc.option(thresholdSet, { nil: undefined }), (models, set) => {
        const result = evaluateThresholds(models, set);
        if (!set) {
          expect(result.models.map((m) => m.verdict)).toEqual(models.map((m) => (m.status === 'failed' ? 'fail' : m.status === 'different' ? 'warn' : 'pass')));
        }
        const worst = Math.max(...result.models.map((m) => RANK[m.verdict]));
        expect(RANK[result.verdict]).toBe(worst);
        expect(result.modelsFailed).toBe(result.models.filter((m) => m.verdict === 'fail').length);
        expect(result.modelsWarned).toBe(result.models.filter((m) => m.verdict === 'warn').length);
        for (const model of result.models) {
          // With thresholds a verdict is its worst breach (without, the status decides); one breach per check.
          if (set) expect(RANK[model.verdict]).toBe(Math.max(0, ...model.breaches.map((b) => RANK[b.level])));
          expect(new Set(model.breaches.map((b) => b.check)).size).toBe(model.breaches.length);
          for (const breach of model.breaches) expect(breach.value).toBeGreaterThan(breach.threshold);
        }
      }),
    );
  });

  it('a pattern matches exactly the names its regular expression would', () => {
    const text = (chars: string[], maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((c) => c.join(''));
    const regex = (glob: string) => new RegExp(`^${[...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c === '.' ? '\\.' : c)).join('')}$`);
    fc.assert(
      fc.property(text(['a', 'b', '.', '*', '?'], 7), text(['a', 'b', '.'], 9), (key, name) => {
        fc.pre(key !== '');
        const set: ThresholdSet = { default: {}, models: [{ key, checks: { 'failed-diffs': 'warn' } }] };
        const [judged] = evaluateThresholds([{ name, status: 'failed' }], set).models;
        expect(judged!.rule === key).toBe(regex(key).test(name));
      }),
      { numRuns: 500 },
    );
  });

  it('any valid checks written as a THRESHOLDS flow mapping read back the same', () => {
    // What the reader accepts: a warn level not above a fail level in the same unit.
    const valid = checks.filter((c) => {
      const rules = ROW_CHECKS.map((k) => c[k]).filter((r) => typeof r === 'object');
      return Object.keys(c).length > 0 && rules.every(({ warn, fail }) => !warn || !fail || warn.unit !== fail.unit || warn.value <= fail.value);
    });
    const asYaml = (l: Limit) => (l.unit === 'percent' ? `${l.value}%` : l.value);
    fc.assert(
      fc.property(valid, (c) => {
        const plain = Object.fromEntries(
          Object.entries(c).map(([k, rule]) => [k, typeof rule === 'object' ? Object.fromEntries(Object.entries(rule).map(([level, l]) => [level, asYaml(l as Limit)])) : rule]),
        );
        expect(parseThresholdsSetting(stringify(plain, { collectionStyle: 'flow' }), 'THRESHOLDS')).toEqual(c);
      }),
    );
  });
});
