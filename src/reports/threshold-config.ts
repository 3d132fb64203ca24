/**
 * Data-diff thresholds as the user writes them: the `thresholds:` section of `.pr-insights.yml`
 * (`default:` checks, and `models:` keyed by model name or glob pattern), or the THRESHOLDS
 * setting, which holds the `default:` checks alone as a YAML flow mapping
 * (`{rows-changed: {fail: 5%}, schema-changes: fail}`).
 *
 * Both are read from YAML nodes rather than plain values, so every error points at the node at
 * fault (`file:line:col`, or the setting and column) with its key path
 * (`thresholds.models.fct_orders.rows-changed.fail`). Error messages never quote the user's values:
 * a setting is one paste away from a secret, so only parsed numbers are echoed.
 */
import { type Document, isAlias, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import {
  CHECKS,
  type Checks,
  FLAG_CHECKS,
  type FlagCheck,
  type FlagRule,
  type Level,
  type Limit,
  type ModelThresholds,
  ROW_CHECKS,
  type RowCheck,
  type RowRule,
  type ThresholdSet,
} from './threshold-set.js';

// The model these readers build; importers of the readers get it from here too.
export * from './threshold-set.js';

/** Turns an offset in the YAML text into what an error names: `file:line:col`. */
export type Locate = (offset: number | undefined) => string;

/**
 * The value of the `thresholds:` key of a config file. `doc` is the document the node belongs to
 * (it resolves aliases); `at` is the config file reader's `file:line:col` of an offset.
 */
export function readThresholdsSection(node: unknown, doc: Document, at: Locate): ThresholdSet {
  const reader = new Reader(doc, at);
  const path = ['thresholds'];
  const set: ThresholdSet = { default: {}, models: [] };
  for (const entry of reader.entries(node, path, 'expected `default:` and/or `models:`')) {
    if (entry.key === 'default') set.default = reader.checks(entry.value, [...path, 'default'], entry.at);
    else if (entry.key === 'models') set.models = readModels(reader, entry.value, [...path, 'models'], entry.at);
    else reader.fail('unknown key; expected `default:` and/or `models:`', entry.keyAt, [...path, entry.key]);
  }
  return set;
}

/**
 * The THRESHOLDS setting: the `default:` checks as YAML (a flow mapping fits a variable, an input
 * or a flag). `source` names the setting as the user gave it (`PR_INSIGHTS_THRESHOLDS`,
 * `--thresholds`, `inputs.thresholds`).
 */
export function parseThresholdsSetting(text: string, source: string): Checks {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const multiline = text.trim().includes('\n');
  const at: Locate = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return multiline ? `${source} (line ${line}, column ${col})` : `${source} (column ${col})`;
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const message = problem.code === 'MULTIPLE_DOCS' ? 'expected one YAML mapping, found several documents' : problem.message;
    throw new InputError(message, { source: at(problem.pos[0]) });
  }
  return new Reader(doc, at, SETTING_HINTS).checks(doc.contents, [], 0);
}

function readModels(reader: Reader, node: unknown, path: string[], offset: number | undefined): ModelThresholds[] {
  const expected = 'expected model names or patterns as keys, e.g. `staging.*: {rows-changed: {fail: 5%}}`';
  return reader.entries(node, path, expected, offset).map((entry) => {
    if (entry.key === '') reader.fail('expected a model name or pattern, not an empty key', entry.keyAt, path);
    return { key: entry.key, checks: reader.checks(entry.value, [...path, entry.key], entry.at) };
  });
}

/** The setting holds `default:` only; a user who pastes a whole section needs to hear where the rest goes. */
const SETTING_HINTS: Partial<Record<string, string>> = {
  default: 'the setting holds the default checks themselves, without `default:`',
  models: 'per-model thresholds go in the `thresholds:` section of .pr-insights.yml',
};

interface Entry {
  key: string;
  value: unknown;
  /** Offset of the key, and of the value (the key's when the value is empty). */
  keyAt: number | undefined;
  at: number | undefined;
}

const EXAMPLE = '`rows-changed: {fail: 5%}`';
const ROW_EXPECTED = 'expected `warn` and/or `fail` levels, e.g. `{warn: 100, fail: 5%}`, or `ignore`';
const LIMIT_EXPECTED = "expected a count of rows (e.g. 500) or a percent of the base table's rows (e.g. 5%)";

class Reader {
  constructor(
    private readonly doc: Document,
    private readonly at: Locate,
    private readonly keyHints: Partial<Record<string, string>> = {},
  ) {}

  fail(message: string, offset: number | undefined, path: readonly string[]): never {
    throw new InputError(message, { source: this.at(offset), ...(path.length > 0 && { pointer: keyPath(path) }) });
  }

  /** A non-empty mapping with text keys. An empty one is refused: it is a mistake, never a wish. */
  entries(node: unknown, path: readonly string[], expected: string, offset?: number): Entry[] {
    const map = this.resolve(node);
    if (!isMap(map) || map.items.length === 0) this.fail(expected, start(map) ?? offset, path);
    return map.items.map(({ key, value }) => {
      const keyAt = start(key);
      if (!isScalar(key) || typeof key.value !== 'string') this.fail('expected a name as the key', keyAt, path);
      return { key: key.value, value, keyAt, at: start(value) ?? keyAt };
    });
  }

  checks(node: unknown, path: readonly string[], offset: number | undefined): Checks {
    const checks: Checks = {};
    for (const entry of this.entries(node, path, `expected checks, e.g. ${EXAMPLE}`, offset)) {
      const checkPath = [...path, entry.key];
      if (isRowCheck(entry.key)) checks[entry.key] = this.rowRule(entry.value, checkPath, entry.at);
      else if (isFlagCheck(entry.key)) checks[entry.key] = this.flagRule(entry.value, checkPath, entry.at, entry.key);
      else {
        const hint = this.keyHints[entry.key];
        this.fail(`unknown check; the checks are ${CHECKS.join(', ')}${hint ? ` (${hint})` : ''}`, entry.keyAt, checkPath);
      }
    }
    return checks;
  }

  private rowRule(node: unknown, path: readonly string[], offset: number | undefined): RowRule {
    if (this.text(node) === 'ignore') return 'ignore';
    const rule: { warn?: Limit; fail?: Limit } = {};
    const levelAt: Partial<Record<Level, number | undefined>> = {};
    for (const entry of this.entries(node, path, ROW_EXPECTED, offset)) {
      if (entry.key !== 'warn' && entry.key !== 'fail') this.fail('unknown level; expected warn or fail', entry.keyAt, [...path, entry.key]);
      rule[entry.key] = this.limit(entry.value, [...path, entry.key], entry.at);
      levelAt[entry.key] = entry.at;
    }
    // Levels in different units compare only against a table's size, so only like with like is checked.
    if (rule.warn && rule.fail && rule.warn.unit === rule.fail.unit && rule.warn.value > rule.fail.value) {
      const levels = `the warn level (${showLimit(rule.warn)}) is above the fail level (${showLimit(rule.fail)})`;
      this.fail(`${levels}; a warning comes before failing`, levelAt.warn, [...path, 'warn']);
    }
    return rule;
  }

  private flagRule(node: unknown, path: readonly string[], offset: number | undefined, check: FlagCheck): FlagRule {
    const value = this.text(node);
    if (value === 'fail' || value === 'warn' || value === 'ignore') return value;
    return this.fail(`expected fail, warn or ignore${check === 'failed-diffs' ? ' (fail when left out)' : ''}`, offset, path);
  }

  /** `500` or `"500"` is a count; `5%` (YAML reads it as text) a percent. */
  private limit(node: unknown, path: readonly string[], offset: number | undefined): Limit {
    const scalar = this.resolve(node);
    const value = isScalar(scalar) ? scalar.value : undefined;
    const text = typeof value === 'string' ? value.trim() : undefined;
    const percent = text === undefined ? null : /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) {
      const n = Number(percent[1]);
      if (n < 0 || n > 100) this.fail(`expected a percent from 0% to 100%, got ${n}%`, offset, path);
      return { value: n, unit: 'percent' };
    }
    const n = typeof value === 'number' ? value : text !== undefined && /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
    if (n === undefined || !Number.isFinite(n)) this.fail(LIMIT_EXPECTED, offset, path);
    if (n < 0) this.fail(`expected a count of 0 or more rows, got ${n}`, offset, path);
    if (!Number.isInteger(n)) this.fail(`expected a whole number of rows, got ${n} (a percent needs a % sign)`, offset, path);
    return { value: n, unit: 'count' };
  }

  private text(node: unknown): string | undefined {
    const scalar = this.resolve(node);
    return isScalar(scalar) && typeof scalar.value === 'string' ? scalar.value : undefined;
  }

  /** `*anchor` stands for the node it names. The walk has a fixed depth (section, model, check, level), so aliases cannot make it loop or multiply. */
  private resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }
}

function isRowCheck(key: string): key is RowCheck {
  return (ROW_CHECKS as readonly string[]).includes(key);
}

function isFlagCheck(key: string): key is FlagCheck {
  return (FLAG_CHECKS as readonly string[]).includes(key);
}

/** Where a YAML node starts in its text, for `file:line:col`. */
export function start(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function showLimit(limit: Limit): string {
  return limit.unit === 'percent' ? `${limit.value}%` : String(limit.value);
}

/** `thresholds.models["staging.*"].rows-changed.fail`: names that would read as several keys are quoted. */
function keyPath(path: readonly string[]): string {
  return path.map((key, i) => (/^[\w-]+$/.test(key) ? `${i > 0 ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`)).join('');
}
