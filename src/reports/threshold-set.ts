/**
 * Data-diff thresholds once read: the checks, their rules, and how a set is merged. Apart from
 * ./threshold-config.ts, which reads them from YAML, so judging a report never loads `yaml`
 * (issue 11, start-up time).
 */
export const ROW_CHECKS = ['rows-changed', 'rows-added', 'rows-removed'] as const;
export const FLAG_CHECKS = ['schema-changes', 'primary-keys', 'failed-diffs'] as const;
export const CHECKS: readonly Check[] = [...ROW_CHECKS, ...FLAG_CHECKS];

/** Checks measured in rows: a count, or a percent of the base table's rows. */
export type RowCheck = (typeof ROW_CHECKS)[number];
/** Checks that either happen or not: the level says what it costs. */
export type FlagCheck = (typeof FLAG_CHECKS)[number];
export type Check = RowCheck | FlagCheck;
export type Level = 'warn' | 'fail';

/** A difference larger than `value` (strictly) breaches the level. */
export interface Limit {
  value: number;
  unit: 'count' | 'percent';
}

/** `ignore` switches a check off, which is how a model entry drops a default check. */
export type RowRule = { warn?: Limit; fail?: Limit } | 'ignore';
export type FlagRule = Level | 'ignore';

/** Checks left out do not apply (except `failed-diffs`, which defaults to `fail` when evaluated). */
export type Checks = { [K in RowCheck]?: RowRule } & { [K in FlagCheck]?: FlagRule };

export interface ModelThresholds {
  /** A model name, or a glob (`*` any run of characters, `?` one character), matched case-sensitively. */
  key: string;
  checks: Checks;
}

export interface ThresholdSet {
  default: Checks;
  /** In file order, which breaks ties between equally specific patterns. */
  models: ModelThresholds[];
}

/**
 * Later checks replace earlier ones key by key: a model entry's `rows-changed` replaces the
 * default's `rows-changed` whole (its warn and fail together), and leaves the other checks alone.
 * Replacing whole checks keeps a check's warn and fail levels from one place, so the
 * warn-not-above-fail rule checked while reading still holds after merging.
 */
export function mergeChecks(base: Checks, over: Checks): Checks {
  return { ...base, ...over };
}

/**
 * The thresholds in force: the config file's section with the THRESHOLDS setting's checks merged
 * over its `default:` key by key (a setting is how a pipeline tightens or loosens one check for one
 * run, and leaves the file's other checks and its `models:` alone). Undefined when neither is set:
 * the diff is then judged as it always was.
 */
export function thresholdsInForce(file: ThresholdSet | undefined, setting: Checks | undefined): ThresholdSet | undefined {
  if (!setting) return file;
  return { default: mergeChecks(file?.default ?? {}, setting), models: file?.models ?? [] };
}
