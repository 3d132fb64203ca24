/**
 * The generic quality-gate format (see schema.ts and docs/generic-quality-gate.md) → QualityGateReport.
 */
import { InputError } from '../../core/errors.js';
import { validateOrThrow } from '../../validation/schema.js';
import type { ReportFormat, ReportDocument } from '../format.js';
import type { ConditionStatus, Finding, GateCondition, QualityGateReport, Verdict } from '../model.js';
import { isNewCodeMetric, metricInfo } from '../sonarqube/metrics.js';
import { schema, type GenericCondition, type GenericFinding, type GenericQualityGate, type GenericStatus } from './schema.js';

export { GENERIC_QUALITY_GATE_SCHEMA_ID, schema } from './schema.js';
export type { GenericCondition, GenericFinding, GenericQualityGate } from './schema.js';

const VERDICTS: Record<GenericStatus, Verdict> = { passed: 'pass', warning: 'warn', failed: 'fail', none: 'none' };
const CONDITION_STATUSES: Record<GenericCondition['status'], ConditionStatus> = {
  passed: 'OK',
  warning: 'WARN',
  failed: 'ERROR',
};

export const genericQualityGate: ReportFormat = {
  name: 'generic-quality-gate',
  kind: 'quality-gate',
  sniff,
  parse,
};

/**
 * `kind` alone decides, so a file that means to be ours but has a wrong or missing `version` gets
 * a precise error from parse instead of "unknown format".
 */
function sniff(source: ReportDocument): boolean {
  const json = source.json;
  return typeof json === 'object' && json !== null && !Array.isArray(json) && (json as { kind?: unknown }).kind === 'quality-gate';
}

function parse(source: ReportDocument): QualityGateReport {
  if (source.json === undefined) {
    throw new InputError('expected a JSON object in the generic quality-gate format', { source: source.path });
  }
  const gate = validateOrThrow<GenericQualityGate>(schema, source.json, source.path);
  const findings = gate.findings ?? [];
  rejectDuplicateIds(findings, source.path);
  return {
    kind: 'quality-gate',
    format: genericQualityGate.name,
    tool: gate.tool,
    verdict: VERDICTS[gate.status],
    status: gate.status,
    ...(gate.project !== undefined && { projectKey: gate.project }),
    ...(gate.url !== undefined && { dashboardUrl: gate.url }),
    conditions: (gate.conditions ?? []).map(toCondition),
    ignoredConditions: false,
    findings: findings.map(toFinding),
  };
}

function toCondition(c: GenericCondition): GateCondition {
  const threshold = c.threshold === undefined ? undefined : String(c.threshold);
  const actual = c.actual === undefined ? undefined : String(c.actual);
  const known = metricInfo(c.metric, [threshold, actual]);
  return {
    metricKey: c.metric,
    metricName: c.name ?? known.name,
    metricType: c.type ?? known.type,
    status: CONDITION_STATUSES[c.status],
    // The schema demands a comparator with every threshold; without a threshold it has nothing to
    // compare, and GT is what SonarQube sends for its threshold-less conditions too.
    comparator: c.comparator ?? 'GT',
    ...(threshold !== undefined && { threshold }),
    ...(actual !== undefined && { actual }),
    onNewCode: c.newCode ?? isNewCodeMetric(c.metric),
  };
}

function toFinding(f: GenericFinding): Finding {
  // Paths are compared with the repository's own, which never start with "./".
  const path = f.path?.replace(/^(\.\/)+/, '');
  return {
    id: f.id,
    ...(path !== undefined && { path }),
    ...(f.line !== undefined && { line: f.line }),
    message: f.message,
    severity: f.severity,
    type: f.type ?? 'CODE_SMELL',
    ...(f.rule !== undefined && { rule: f.rule }),
    ...(f.link !== undefined && { link: f.link }),
  };
}

/** Ids become annotation external ids; a repeat would make one annotation overwrite another. */
function rejectDuplicateIds(findings: readonly GenericFinding[], path: string): void {
  const first = new Map<string, number>();
  findings.forEach((f, i) => {
    const earlier = first.get(f.id);
    if (earlier !== undefined) {
      throw new InputError(`expected a unique id; ${JSON.stringify(f.id)} is also used at /findings/${earlier}/id`, {
        source: path,
        pointer: `/findings/${i}/id`,
      });
    }
    first.set(f.id, i);
  });
}
