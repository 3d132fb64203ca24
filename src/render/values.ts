/**
 * Measures, thresholds and conditions worded the way SonarQube words them (its web app's
 * formatters and its own pull-request decoration), so a reviewer reads the same "82.5%",
 * "2d 3h" or "is worse than A" here as on the dashboard. Output is plain text; callers escape it.
 * Numbers are always formatted en-US so the comment does not depend on the CI machine's locale.
 */
import type { Comparator, GateCondition, MetricType, NewCodePeriod } from '../reports/model.js';
import { LEVEL_VERDICT, VERDICT_LABEL } from './words.js';
import { numberFormat } from '../core/number-format.js';

export const NO_VALUE = 'no value';

const HOURS_PER_DAY = 8;

/** A measure as SonarQube displays it; `undefined` (the measure has no value) → "no value". */
export function formatMeasure(raw: string | undefined, type: MetricType, metricKey = ''): string {
  if (raw === undefined || raw.trim() === '') return NO_VALUE;
  return FORMATTERS[type](raw.trim(), metricKey, 'measure');
}

/**
 * A threshold as SonarQube displays it in a condition: like a measure, but without padding
 * decimals ("is less than 80%", not "80.0%"), and severity thresholds read as the level they
 * start at (stored as level − 1).
 */
export function formatThreshold(raw: string, type: MetricType, metricKey = ''): string {
  return FORMATTERS[type](raw.trim(), metricKey, 'threshold');
}

/**
 * When the condition's value crosses `threshold` (its failure or its warning level), e.g. "is less
 * than 85%", "is worse than A"; undefined when there is none (SonarQube omits empty ones).
 */
export function describeThreshold(condition: GateCondition, threshold: string | undefined): string | undefined {
  const { metricType, metricKey, comparator } = condition;
  if (threshold === undefined || threshold.trim() === '') return undefined;
  return `${comparatorWords(comparator, metricType)} ${formatThreshold(threshold, metricType, metricKey)}`;
}

/** "Coverage on New Code: 82.5% (is less than 85%)" with the threshold that matters, for plain-text summaries. */
export function conditionSentence(condition: GateCondition, threshold: string | undefined): string {
  const value = formatMeasure(condition.actual, condition.metricType, condition.metricKey);
  const requirement = describeThreshold(condition, threshold);
  return `${condition.metricName}: ${value}${requirement === undefined ? '' : ` (${requirement})`}`;
}

function comparatorWords(comparator: Comparator, type: MetricType): string {
  if (type === 'RATING') return RATING_COMPARATORS[comparator];
  // SonarQube stores "severity ≥ X" as "> X − 1" and shows it as "≥ X".
  if (type === 'SEVERITY' && comparator === 'GT') return 'is at least';
  return COMPARATORS[comparator];
}

const COMPARATORS: Readonly<Record<Comparator, string>> = {
  GT: 'is greater than',
  LT: 'is less than',
  EQ: 'equals',
  NE: 'is not',
};
const RATING_COMPARATORS: Readonly<Record<Comparator, string>> = {
  GT: 'is worse than',
  LT: 'is better than',
  EQ: 'is',
  NE: 'is not',
};

/** OK / WARN / ERROR / NONE → Passed / Warning / Failed / None; anything else unchanged. */
export function levelLabel(level: string): string {
  const verdict = LEVEL_VERDICT[level.toUpperCase()];
  return verdict === undefined ? level : VERDICT_LABEL[verdict];
}

type Role = 'measure' | 'threshold';
type Formatter = (raw: string, metricKey: string, role: Role) => string;

const FORMATTERS: Readonly<Record<MetricType, Formatter>> = {
  PERCENT: (raw, _key, role) => numeric(raw, (n) => formatPercent(n, role === 'threshold' ? 0 : 1)),
  RATING: (raw) => numeric(raw, (n) => ratingLetter(n) ?? raw),
  INT: (raw) => numeric(raw, (n) => formatNumber(n, 0, 0)),
  FLOAT: (raw, _key, role) => numeric(raw, (n) => formatNumber(n, role === 'threshold' ? 0 : 1, 5)),
  WORK_DUR: (raw) => numeric(raw, (n) => formatWorkDuration(n)),
  MILLISEC: (raw) => numeric(raw, (n) => formatMilliseconds(n)),
  LEVEL: (raw) => levelLabel(raw),
  SEVERITY: (raw, key, role) => numeric(raw, (n) => severityLabel(role === 'threshold' ? n + 1 : n, key) ?? raw),
  STRING: (raw) => raw,
};

/** Unparseable numbers are shown as the tool sent them rather than as "NaN". */
function numeric(raw: string, format: (n: number) => string): string {
  const n = Number(raw);
  return Number.isFinite(n) ? format(n) : raw;
}

/** Grouped en-US number with `min`–`max` decimals; -0 shows as 0. */
export function formatNumber(n: number, minDecimals = 0, maxDecimals = minDecimals): string {
  const formatted = numberFormat(minDecimals, maxDecimals).format(n);
  return /^-0(\.0*)?$/.test(formatted) ? formatted.slice(1) : formatted;
}

/** SonarQube's percent: one decimal (`minDecimals` 0 drops a trailing ".0"), exactly 100 → "100%". */
export function formatPercent(n: number, minDecimals = 1): string {
  if (n === 100) return '100%';
  return `${formatNumber(n, minDecimals, 1)}%`;
}

/** 1…5 (also "1.0") → A…E. */
export function ratingLetter(n: number): string | undefined {
  const rounded = Math.round(n);
  return rounded >= 1 && rounded <= 5 ? String.fromCharCode(64 + rounded) : undefined;
}

/** Work duration in minutes with 8-hour days: "2d 3h", "5h 30min", "45min", "12d"; 0 → "0". */
export function formatWorkDuration(totalMinutes: number): string {
  const value = Math.round(totalMinutes);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const days = Math.floor(abs / (HOURS_PER_DAY * 60));
  const hours = Math.floor((abs - days * HOURS_PER_DAY * 60) / 60);
  const minutes = abs - days * HOURS_PER_DAY * 60 - hours * 60;
  const parts: string[] = [];
  // SonarQube drops the smaller units once the larger ones make them noise.
  if (days > 0) parts.push(`${formatNumber(days)}d`);
  if (hours > 0 && days < 10) parts.push(`${hours}h`);
  if (minutes > 0 && hours < 10 && days === 0) parts.push(`${minutes}min`);
  return `${value < 0 ? '-' : ''}${parts.join(' ')}`;
}

/** "350ms", "12s", "3min" (rounded, like SonarQube). */
export function formatMilliseconds(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs >= 60_000) return `${sign}${formatNumber(Math.round(abs / 60_000))}min`;
  if (abs >= 1000) return `${sign}${Math.round(abs / 1000)}s`;
  return `${sign}${Math.round(abs)}ms`;
}

const STANDARD_SEVERITIES = ['Info', 'Minor', 'Major', 'Critical', 'Blocker'];
/** Software-quality (MQR) and dependency-risk metrics name the middle levels differently. */
const IMPACT_SEVERITIES = ['Info', 'Low', 'Medium', 'High', 'Blocker'];

/** SonarQube encodes severities as 5, 10, 15, 20, 25; 0 means no issue at all. */
export function severityLabel(n: number, metricKey = ''): string | undefined {
  if (n === 0) return 'None';
  if (n % 5 !== 0 || n < 5 || n > 25) return undefined;
  const labels = /software_quality|sca_/.test(metricKey) ? IMPACT_SEVERITIES : STANDARD_SEVERITIES;
  return labels[n / 5 - 1];
}

/**
 * The new-code reference as SonarQube's UI words it, in lower case to follow a label: "since
 * version 1.2", "from last 30 days", "compared to main", "since 2024-05-01". A version mode's
 * parameter is a version name, or on old servers the date it started. Modes arrive upper or
 * lower case depending on the server (input-formats.md §1.4).
 */
export function formatNewCodePeriod(period: NewCodePeriod): string | undefined {
  const parameter = period.parameter?.trim() || undefined;
  const date = datePart(period.date);
  switch (period.mode.toLowerCase()) {
    case 'previous_version':
    case 'last_version':
    case 'version':
      if (parameter) return `since ${datePart(parameter) ?? `version ${parameter}`}`;
      return date ? `since ${date}` : 'since previous version';
    case 'number_of_days':
    case 'days':
      return parameter ? `from last ${parameter} days` : date ? `since ${date}` : undefined;
    case 'reference_branch':
      return parameter ? `compared to ${parameter}` : undefined;
    case 'date':
      return parameter || date ? `since ${datePart(parameter) ?? parameter ?? date}` : undefined;
    case 'previous_analysis':
      return date ? `since previous analysis (${date})` : 'since previous analysis';
    default:
      // SPECIFIC_ANALYSIS, manual_baseline, …: the parameter is an analysis key, the date is what a reader can use.
      return date ? `since ${date}` : undefined;
  }
}

/** The calendar date as the server wrote it: no time-zone conversion that could shift the day. */
function datePart(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0];
}
