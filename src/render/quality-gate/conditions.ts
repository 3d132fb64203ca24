/**
 * What each gate condition means to a reader, beyond the tool's status word: whether SonarQube
 * ignored it for a small change (and reported it `OK`), and which of its thresholds make it fail
 * and which only make it warn.
 */
import type { GateCondition, QualityGateReport } from '../../reports/model.js';

export type ConditionState = 'failed' | 'warning' | 'passed' | 'ignored';

/**
 * The conditions SonarQube skips on a change of fewer than 20 new lines (SonarSource/sonarqube,
 * QualityGateEvaluatorImpl.METRICS_TO_IGNORE_ON_SMALL_CHANGESETS; input-formats.md §1.4).
 */
const IGNORED_ON_SMALL_CHANGES: ReadonlySet<string> = new Set([
  'new_coverage',
  'new_line_coverage',
  'new_branch_coverage',
  'new_duplicated_lines_density',
  'new_duplicated_lines',
  'new_duplicated_blocks',
]);

const STATES: Readonly<Record<GateCondition['status'], ConditionState>> = { ERROR: 'failed', WARN: 'warning', OK: 'passed' };

export function conditionState(condition: GateCondition, report: QualityGateReport): ConditionState {
  return isIgnored(condition, report) ? 'ignored' : STATES[condition.status];
}

/**
 * With `ignoredConditions`, SonarQube turned a failing coverage or duplication condition into
 * `OK` and kept its value: one whose value still crosses its threshold was ignored, not passed.
 * A value that does not cross it passed on its own.
 */
function isIgnored(condition: GateCondition, report: QualityGateReport): boolean {
  return (
    report.ignoredConditions &&
    condition.status === 'OK' &&
    IGNORED_ON_SMALL_CHANGES.has(condition.metricKey) &&
    crosses(condition.actual, condition.comparator, condition.threshold)
  );
}

function crosses(actual: string | undefined, comparator: GateCondition['comparator'], threshold: string | undefined): boolean {
  const value = numberOf(actual);
  const limit = numberOf(threshold);
  if (value === undefined || limit === undefined) return false;
  switch (comparator) {
    case 'GT':
      return value > limit;
    case 'LT':
      return value < limit;
    case 'EQ':
      return value === limit;
    case 'NE':
      return value !== limit;
  }
}

/** A raw measure or threshold as a number; undefined when it is not one. */
export function numberOf(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** The raw thresholds by what crossing them does. */
export interface Thresholds {
  fails?: string;
  warns?: string;
}

export function thresholdsOf(condition: GateCondition): Thresholds {
  const error = present(condition.threshold);
  const warning = present(condition.warningThreshold);
  // A warning condition with a single threshold crossed it as its warning level.
  if (warning === undefined && condition.status === 'WARN') return error === undefined ? {} : { warns: error };
  return { ...(error !== undefined && { fails: error }), ...(warning !== undefined && { warns: warning }) };
}

function present(raw: string | undefined): string | undefined {
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}
