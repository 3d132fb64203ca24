/**
 * The normalised report model. Parsers (one folder per input format) produce these plain objects;
 * renderers consume them. Nothing here knows about platforms.
 */
import type { Check, Level } from './threshold-config.js';

/** How the report judges the change, before FAIL_ON is applied. `none`: nothing to judge (no gate). */
export type Verdict = 'pass' | 'warn' | 'fail' | 'none';

export type ReportKind = 'quality-gate' | 'data-diff';

/** Platform-neutral finding severity, highest first. Each platform maps it to its own scale. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type FindingType = 'BUG' | 'VULNERABILITY' | 'CODE_SMELL';

/** One issue to annotate (from SonarQube `api/issues/search` or a generic report). */
export interface Finding {
  /** Stable id (SonarQube issue key); used as the annotation external id. */
  id: string;
  /** Repository-relative path; absent for project-level findings. */
  path?: string;
  /** 1-based line; absent for file-level findings. */
  line?: number;
  message: string;
  severity: Severity;
  type: FindingType;
  /** e.g. `java:S1144` */
  rule?: string;
  /** Link to the finding in the tool's UI. */
  link?: string;
}

/** How a metric's value is displayed (SonarQube's metric types). */
export type MetricType =
  | 'PERCENT'
  | 'RATING'
  | 'INT'
  | 'FLOAT'
  | 'WORK_DUR'
  | 'MILLISEC'
  | 'LEVEL'
  | 'SEVERITY'
  | 'STRING';

export type ConditionStatus = 'OK' | 'WARN' | 'ERROR';
export type Comparator = 'GT' | 'LT' | 'EQ' | 'NE';

export interface GateCondition {
  metricKey: string;
  /** Display name, e.g. "Coverage on New Code". */
  metricName: string;
  metricType: MetricType;
  status: ConditionStatus;
  comparator: Comparator;
  /** Raw threshold as the tool gave it (SonarQube sends strings); absent when the tool omits it. */
  threshold?: string;
  /**
   * Raw warning threshold: SonarQube before 7.6 (`warningThreshold`) warned past it and failed
   * only past `threshold`. A `WARN` condition without one crossed `threshold` as its warning level.
   */
  warningThreshold?: string;
  /** Raw actual value; absent when the measure has no value. */
  actual?: string;
  /** Condition on new code (`new_` metric, or legacy `periodIndex: 1`). */
  onNewCode: boolean;
}

export interface NewCodePeriod {
  mode: string;
  date?: string;
  parameter?: string;
}

export interface QualityGateReport {
  kind: 'quality-gate';
  /** Input format the report was read from, e.g. `sonarqube-project-status`, `generic-quality-gate`. */
  format: string;
  /** Tool shown to the reader, e.g. "SonarQube". */
  tool: string;
  verdict: Verdict;
  /** The tool's own status word, e.g. `ERROR`. */
  status: string;
  projectKey?: string;
  /** Link to the tool's dashboard for this analysis. */
  dashboardUrl?: string;
  /** In the tool's order (renderers sort failed first). */
  conditions: GateCondition[];
  /** SonarQube skipped coverage/duplication conditions because the change is small. */
  ignoredConditions: boolean;
  newCodePeriod?: NewCodePeriod;
  /** SonarQube "Clean as You Code" status of the gate configuration. */
  caycStatus?: string;
  /** Findings to annotate, from ISSUES (or carried by a generic report). */
  findings: Finding[];
  /** How many findings the tool reported, when `findings` holds only the most severe of them (one page saved, a search capped). */
  findingsTotal?: number;
  /** Issues in ISSUES left out because they need no action (fixed, accepted, false positive), when counted. */
  resolvedIssues?: number;
  /** Measures of the analysis shown whether or not the gate has a condition on them (coverage, duplication, new issues, hotspots to review). */
  measures?: Measure[];
  /** The analysis itself failed (SonarQube's Compute Engine task FAILED or CANCELED), in the tool's words; there is no gate. */
  analysisFailure?: string;
}

/** One measure of the analysis, as the tool gave it. */
export interface Measure {
  metricKey: string;
  /** Display name, e.g. "Coverage on New Code". */
  metricName: string;
  metricType: MetricType;
  /** Raw value (SonarQube sends strings). */
  value: string;
}

export interface RowCounts {
  /** Rows in the base (production, dataset1 / A) table. */
  base?: number;
  /** Rows in the head (development / PR, dataset2 / B) table. */
  head?: number;
  /** Rows only in head. */
  added: number;
  /** Rows only in base. */
  removed: number;
  /** Rows present in both with at least one different value. */
  changed: number;
  unchanged?: number;
}

export interface ColumnDifference {
  name: string;
  /** Number of differing values, when known. */
  differing?: number;
  /** Percent (0–100) of differing values, when known. */
  percentDiffering?: number;
}

export interface SchemaChanges {
  added: string[];
  removed: string[];
  typeChanged: string[];
}

export type ModelDiffStatus = 'identical' | 'different' | 'failed';

/** A downstream asset of a compared table (Datafold's `dependencies`): a table, a dashboard, a sync. */
export interface DownstreamDependency {
  /** Datafold's `item_type` (or the `deps` key of older bodies), e.g. `hightouch`, `dashboard`, `table`. */
  kind: string;
  name: string;
}

/** One compared table (a dbt model, or the single table pair of a plain diff). */
export interface ModelDiff {
  /** dbt unique id or table name. */
  name: string;
  status: ModelDiffStatus;
  /** Base (production) table path, e.g. `db.schema.table`. */
  base?: string;
  head?: string;
  primaryKey?: string[];
  rows?: RowCounts;
  /** Percent (0–100) of rows unchanged, of the larger of the two tables (data-diff's difference score), when computable. */
  matchPercent?: number;
  /** Only columns with differences. */
  columns?: ColumnDifference[];
  schema?: SchemaChanges;
  /** Primary-key quality (Datafold): `[base, head]`. */
  primaryKeyIssues?: { nulls?: [number, number]; duplicates?: [number, number] };
  /** Why the diff failed (`status: 'failed'`). */
  error?: string;
  link?: string;
  /** Assets that read the head table (Datafold), when the tool lists them. */
  dependencies?: DownstreamDependency[];
}

export interface DataDiffReport {
  kind: 'data-diff';
  /** e.g. `data-diff-dbt`, `data-diff-stats`, `data-diff-rows`, `datafold-summary`, `generic-data-diff`. */
  format: string;
  tool: string;
  verdict: Verdict;
  models: ModelDiff[];
  link?: string;
  /** How the verdict step (src/reports/data-diff-verdict.ts) judged each model, in the order of `models`. */
  judged?: ThresholdVerdict;
}

export type Report = QualityGateReport | DataDiffReport;

// How a data diff was judged, model by model: written by the verdict step, read by the renderers.

export interface Breach {
  check: Check;
  level: Level;
  /** What was measured: rows, a percent of the base table's rows, or (flags) how many columns, keys or failures. */
  value: number;
  /** Breached when `value` is above it; 0 for flags (any is too many). */
  threshold: number;
  unit: 'count' | 'percent' | 'flag';
  /** e.g. "12.4 % rows changed > 5 %", "schema changed: 2 columns added, 1 column retyped". */
  text: string;
}

/** A check that applies but that the report has no numbers for (e.g. primary keys outside Datafold). */
export interface Unmeasured {
  check: Check;
  level: Level;
  reason: string;
}

export interface ModelVerdict {
  name: string;
  verdict: 'pass' | 'warn' | 'fail';
  /** At most one per check: the highest level it breached. */
  breaches: Breach[];
  unmeasured: Unmeasured[];
  /** The `models:` key whose checks applied, when one matched. */
  rule?: string;
}

export interface ThresholdVerdict {
  verdict: Verdict;
  /** Whether a threshold set judged the diff (false: today's any-difference-warns behaviour). */
  thresholds: boolean;
  models: ModelVerdict[];
  modelsFailed: number;
  modelsWarned: number;
}
