/**
 * `api/qualitygates/project_status` → QualityGateReport, for every server generation: 10.x
 * (`period`, `caycStatus`), ≤9.9 and SonarCloud (`periods[]`, `periodIndex`), and pre-7.6 gates
 * that still carry `WARN` and `warningThreshold`.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { GateCondition, NewCodePeriod, QualityGateReport, Verdict } from '../model.js';
import { isNewCodeMetric, metricInfo } from './metrics.js';
import { projectStatusSchema, type RawCondition, type RawPeriod, type RawProjectStatus } from './project-status-schema.js';

export const TOOL_NAME = 'SonarQube';

const VERDICTS: Record<RawProjectStatus['projectStatus']['status'], Verdict> = {
  ERROR: 'fail',
  WARN: 'warn',
  OK: 'pass',
  NONE: 'none',
};

export const sonarqubeProjectStatus: ReportFormat = {
  name: 'sonarqube-project-status',
  kind: 'quality-gate',
  sniff,
  parse: parseProjectStatus,
};

/**
 * Matches on `projectStatus.status` only. The webhook payload (`qualityGate.status`) and the stored
 * `quality_gate_details` measure (`level`, `op`) use other names and must not match: they would
 * parse into a wrong report, where no match gives the user a clear "unknown format".
 */
function sniff(source: ReportDocument): boolean {
  const projectStatus = isObject(source.json) ? source.json['projectStatus'] : undefined;
  return isObject(projectStatus) && typeof projectStatus['status'] === 'string';
}

export function parseProjectStatus(source: ReportDocument): QualityGateReport {
  if (source.json === undefined) {
    throw new InputError('expected a JSON object as returned by api/qualitygates/project_status', { source: source.path });
  }
  const { projectStatus } = validateOrThrow<RawProjectStatus>(projectStatusSchema, source.json, source.path);
  const newCodePeriod = toNewCodePeriod(projectStatus.period ?? newCodeEntry(projectStatus.periods));
  return {
    kind: 'quality-gate',
    format: sonarqubeProjectStatus.name,
    tool: TOOL_NAME,
    verdict: VERDICTS[projectStatus.status],
    status: projectStatus.status,
    conditions: (projectStatus.conditions ?? []).map(toCondition),
    ignoredConditions: projectStatus.ignoredConditions ?? false,
    ...(newCodePeriod && { newCodePeriod }),
    ...(projectStatus.caycStatus !== undefined && { caycStatus: projectStatus.caycStatus }),
    findings: [],
  };
}

function toCondition(raw: RawCondition): GateCondition {
  const actual = rawValue(raw.actualValue);
  const threshold = rawValue(raw.errorThreshold);
  // Before 7.6 a condition could also warn (input-formats.md §1.4); renderers word that level apart.
  const warningThreshold = rawValue(raw.warningThreshold);
  const { name, type } = metricInfo(raw.metricKey, [threshold, warningThreshold, actual]);
  return {
    metricKey: raw.metricKey,
    metricName: name,
    metricType: type,
    status: raw.status,
    comparator: raw.comparator,
    ...(threshold !== undefined && { threshold }),
    ...(warningThreshold !== undefined && { warningThreshold }),
    ...(actual !== undefined && { actual }),
    // `periodIndex` is gone since 10.0, where the `new_` prefix is the only signal.
    onNewCode: isNewCodeMetric(raw.metricKey) || raw.periodIndex === 1,
  };
}

/** Servers omit empty values; an empty string means the same. */
function rawValue(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return text === '' ? undefined : text;
}

/** Legacy `periods[]` held the new-code period at index 1 (the only index left after 6.x). */
function newCodeEntry(periods: RawPeriod[] | undefined): RawPeriod | undefined {
  return periods?.find((p) => p.index === 1) ?? periods?.[0];
}

function toNewCodePeriod(period: RawPeriod | undefined): NewCodePeriod | undefined {
  if (!period) return undefined;
  return {
    mode: period.mode,
    ...(period.date !== undefined && { date: period.date }),
    ...(period.parameter !== undefined && { parameter: period.parameter }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
