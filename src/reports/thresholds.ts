/**
 * Judges a data diff against thresholds. With a threshold set, a difference within every
 * threshold passes (that is what a threshold is for); without one, the verdict stays today's
 * (`dataDiffVerdict`: a failed model fails, any difference warns), expressed in the same shape so
 * the renderer reads one thing. FAIL_ON applies on top of this, elsewhere.
 *
 * Only counts leave this module: breaches carry numbers and the check's name, never row values.
 */
import type { Breach, ModelDiff, ModelVerdict, RowCounts, SchemaChanges, ThresholdVerdict, Unmeasured, Verdict } from './model.js';
import {
  type Checks,
  type Level,
  type Limit,
  mergeChecks,
  type ModelThresholds,
  ROW_CHECKS,
  type RowCheck,
  type ThresholdSet,
} from './threshold-set.js';
import { dataDiffVerdict } from './verdict.js';
import { numberFormat } from '../core/number-format.js';

export type { Breach, ModelVerdict, ThresholdVerdict, Unmeasured } from './model.js';

/** Without thresholds every difference is reported as a warning (and a failed diff, as ever, fails). */
const ANY_DIFFERENCE: Checks = {
  'rows-changed': { warn: { value: 0, unit: 'count' } },
  'rows-added': { warn: { value: 0, unit: 'count' } },
  'rows-removed': { warn: { value: 0, unit: 'count' } },
  'schema-changes': 'warn',
};

export function evaluateThresholds(models: readonly ModelDiff[], set: ThresholdSet | undefined): ThresholdVerdict {
  if (!set) {
    // The status decides, as it always has; the breaches only say what differed.
    const judged = models.map((model): ModelVerdict => {
      const breaches = model.status === 'identical' ? [] : judge(model, ANY_DIFFERENCE).breaches;
      return { name: model.name, verdict: statusVerdict(model), breaches, unmeasured: [] };
    });
    return outcome(dataDiffVerdict(models), false, judged);
  }
  const rules = set.models.map((rule) => ({ rule, match: matcher(rule.key) }));
  const judged = models.map((model): ModelVerdict => {
    const rule = mostSpecific(rules, namesOf(model));
    const { breaches, unmeasured } = judge(model, rule ? mergeChecks(set.default, rule.checks) : set.default);
    return { name: model.name, verdict: worst(breaches.map((b) => b.level)), breaches, unmeasured, ...(rule && { rule: rule.key }) };
  });
  return outcome(models.length === 0 ? 'none' : worst(judged.map((m) => m.verdict)), true, judged);
}

function outcome(verdict: Verdict, thresholds: boolean, models: ModelVerdict[]): ThresholdVerdict {
  return {
    verdict,
    thresholds,
    models,
    modelsFailed: models.filter((m) => m.verdict === 'fail').length,
    modelsWarned: models.filter((m) => m.verdict === 'warn').length,
  };
}

/** Today's per-model reading, the one dataDiffVerdict sums up. */
function statusVerdict(model: ModelDiff): ModelVerdict['verdict'] {
  return model.status === 'failed' ? 'fail' : model.status === 'different' ? 'warn' : 'pass';
}

function worst(levels: readonly ('pass' | Level)[]): ModelVerdict['verdict'] {
  return levels.includes('fail') ? 'fail' : levels.includes('warn') ? 'warn' : 'pass';
}

/** The names a model is matched by: its name and, when known, its head table's path. */
function namesOf(model: ModelDiff): string[] {
  return model.head === undefined ? [model.name] : [model.name, model.head];
}

// --- Which `models:` entry applies -------------------------------------------------------------

interface Matcher {
  /** Exact names beat every pattern; among patterns, more literal text is more specific. */
  specificity: number;
  matches(name: string): boolean;
}

function matcher(key: string): Matcher {
  if (!/[*?]/.test(key)) return { specificity: Infinity, matches: (name) => name === key };
  const pattern = [...key];
  return { specificity: pattern.filter((c) => c !== '*' && c !== '?').length, matches: (name) => globMatches(pattern, [...name]) };
}

/**
 * `*` is any run of characters, `?` one; everything else is literal. A walk that retries from the
 * last `*` takes at most pattern × name steps, where a regular expression could backtrack for
 * ages on `*a*a*a*a*b`.
 */
function globMatches(pattern: readonly string[], name: readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Ties go to the entry written first. */
function mostSpecific(rules: readonly { rule: ModelThresholds; match: Matcher }[], names: readonly string[]): ModelThresholds | undefined {
  let best: { rule: ModelThresholds; match: Matcher } | undefined;
  for (const candidate of rules) {
    if (!names.some((name) => candidate.match.matches(name))) continue;
    if (!best || candidate.match.specificity > best.match.specificity) best = candidate;
  }
  return best?.rule;
}

// --- Judging one model -------------------------------------------------------------------------

const NO_ROWS: RowCounts = { added: 0, removed: 0, changed: 0 };
const NO_SCHEMA_CHANGES: SchemaChanges = { added: [], removed: [], typeChanged: [] };

function judge(model: ModelDiff, checks: Checks): { breaches: Breach[]; unmeasured: Unmeasured[] } {
  const breaches: Breach[] = [];
  const unmeasured: Unmeasured[] = [];
  // A model that could not be diffed has nothing else to measure.
  if (model.status === 'failed') {
    const level = checks['failed-diffs'] ?? 'fail';
    if (level !== 'ignore') breaches.push({ check: 'failed-diffs', level, value: 1, threshold: 0, unit: 'flag', text: 'could not be diffed' });
    return { breaches, unmeasured };
  }
  // An identical model has no difference of any kind, even where the format leaves counts out.
  const identical = model.status === 'identical';
  const rows = model.rows ?? (identical ? NO_ROWS : undefined);
  for (const check of ROW_CHECKS) {
    const rule = checks[check];
    if (rule === undefined || rule === 'ignore') continue;
    for (const level of ['fail', 'warn'] as const) {
      const limit = rule[level];
      if (!limit) continue;
      const value = rows ? measure(check, rows, limit) : 'the report has no row counts';
      if (typeof value === 'string') {
        unmeasured.push({ check, level, reason: value });
      } else if (value > limit.value) {
        breaches.push({ check, level, value, threshold: limit.value, unit: limit.unit, text: rowText(check, value, limit) });
        break;
      }
    }
  }
  const schemaLevel = checks['schema-changes'];
  if (schemaLevel !== undefined && schemaLevel !== 'ignore') {
    const schema = model.schema ?? (identical ? NO_SCHEMA_CHANGES : undefined);
    if (!schema) {
      unmeasured.push({ check: 'schema-changes', level: schemaLevel, reason: 'the report has no schema comparison' });
    } else {
      const changed = schema.added.length + schema.removed.length + schema.typeChanged.length;
      if (changed > 0) breaches.push({ check: 'schema-changes', level: schemaLevel, value: changed, threshold: 0, unit: 'flag', text: schemaText(schema) });
    }
  }
  const keyLevel = checks['primary-keys'];
  if (keyLevel !== undefined && keyLevel !== 'ignore') {
    const issues = model.primaryKeyIssues;
    if (!issues) {
      unmeasured.push({ check: 'primary-keys', level: keyLevel, reason: 'the report has no primary-key counts' });
    } else {
      // The head table is what the pull request produces; a key problem already in production is not its doing.
      const nulls = issues.nulls?.[1] ?? 0;
      const duplicates = issues.duplicates?.[1] ?? 0;
      if (nulls + duplicates > 0) {
        breaches.push({ check: 'primary-keys', level: keyLevel, value: nulls + duplicates, threshold: 0, unit: 'flag', text: keyText(nulls, duplicates) });
      }
    }
  }
  return { breaches, unmeasured };
}

const ROW_FIELD = { 'rows-changed': 'changed', 'rows-added': 'added', 'rows-removed': 'removed' } as const satisfies Record<RowCheck, keyof RowCounts>;

/**
 * A percent is of the base table's rows. An empty base table defines it: no rows is 0 %, and
 * any row added to it is 100 % (a table that grew from nothing changed entirely). Otherwise it
 * can pass 100 % (a table that tripled gained 200 %).
 */
function measure(check: RowCheck, rows: RowCounts, limit: Limit): number | string {
  const count = rows[ROW_FIELD[check]];
  if (limit.unit === 'count' || count === 0) return count;
  if (rows.base === undefined) return "the base table's row count is unknown";
  // One division of exact integers: 7 of 100 is 7, not 7.000000000000001, so limits hold at their edge.
  return rows.base === 0 ? 100 : (count * 100) / rows.base;
}

/** `value` is in the limit's unit. */
function rowText(check: RowCheck, value: number, limit: Limit): string {
  const verb = ROW_FIELD[check];
  if (limit.unit === 'count') return `${grouped(value)} ${value === 1 ? 'row' : 'rows'} ${verb} > ${grouped(limit.value)}`;
  return `${percentAbove(value, limit.value)} % rows ${verb} > ${limit.value} %`;
}

const MAX_DECIMALS = 12;

/** One decimal, or as many as it takes not to print 5.04 % as "5.0 % > 5 %". */
function percentAbove(value: number, threshold: number): string {
  for (let decimals = 1; decimals < MAX_DECIMALS; decimals++) {
    const shown = grouped(value, decimals);
    if (Number(shown.replace(/,/g, '')) > threshold) return shown;
  }
  return grouped(value, MAX_DECIMALS);
}

function grouped(n: number, maxDecimals = 0): string {
  return numberFormat(0, maxDecimals).format(n);
}

function schemaText(schema: SchemaChanges): string {
  const parts = [
    [schema.added.length, 'added'],
    [schema.removed.length, 'removed'],
    [schema.typeChanged.length, 'retyped'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${grouped(n)} ${n === 1 ? 'column' : 'columns'} ${what}`);
  return `schema changed: ${said.join(', ')}`;
}

function keyText(nulls: number, duplicates: number): string {
  const said = [nulls > 0 && `${grouped(nulls)} null`, duplicates > 0 && `${grouped(duplicates)} duplicate`].filter(Boolean);
  return `${said.join(' and ')} primary ${nulls + duplicates === 1 ? 'key' : 'keys'} in the head table`;
}
