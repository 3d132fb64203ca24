/**
 * Hand-built reports shaped like what the parsers produce from real payloads (the SonarQube 10.x
 * project_status example, data-diff --dbt --json, Datafold summaries).
 */
import type { DataDiffReport, Finding, GateCondition, ModelDiff, QualityGateReport } from '../../src/reports/model.js';

export const COMMIT = '8f3c2a1d9e0b4c7f6a5d3e2b1c0f9e8d7a6b5c4d';

/** A failed gate with nothing in it yet: tests add the findings, counts or measures they are about. */
export function bareFailedGate(): QualityGateReport {
  return { kind: 'quality-gate', format: 'sonarqube-project-status', tool: 'SonarQube', verdict: 'fail', status: 'ERROR', conditions: [], ignoredConditions: false, findings: [] };
}

/** The official 10.x example plus a rating, a work-duration and a new-code duplication condition. */
export function failingGate(): QualityGateReport {
  return {
    kind: 'quality-gate',
    format: 'sonarqube-project-status',
    tool: 'SonarQube',
    verdict: 'fail',
    status: 'ERROR',
    projectKey: 'acme:billing-service',
    dashboardUrl: 'https://sonar.acme.example/dashboard?id=acme%3Abilling-service&pullRequest=42',
    conditions: [
      condition('new_coverage', 'Coverage on New Code', 'PERCENT', 'ERROR', 'LT', '85', '82.50562381034781'),
      condition('new_blocker_violations', 'New Blocker Issues', 'INT', 'ERROR', 'GT', '0', '14'),
      condition('new_critical_violations', 'New Critical Issues', 'INT', 'ERROR', 'GT', '0', '1'),
      condition('new_sqale_debt_ratio', 'Technical Debt Ratio on New Code', 'PERCENT', 'OK', 'GT', '5', '0.6562109862671661'),
      condition('new_maintainability_rating', 'Maintainability Rating on New Code', 'RATING', 'ERROR', 'GT', '1', '2'),
      condition('new_technical_debt', 'Added Technical Debt', 'WORK_DUR', 'OK', 'GT', '2400', '1020'),
      condition('new_duplicated_lines_density', 'Duplicated Lines (%) on New Code', 'PERCENT', 'OK', 'GT', '3', '1.2'),
      condition('reopened_issues', 'Reopened Issues', 'INT', 'OK', 'GT', undefined, '0'),
      condition('open_issues', 'Open Issues', 'INT', 'ERROR', 'GT', undefined, '1168'),
      condition('skipped_tests', 'Skipped Unit Tests', 'INT', 'OK', 'GT', undefined, undefined),
    ],
    ignoredConditions: false,
    newCodePeriod: { mode: 'last_version', date: '2000-04-27T00:45:23+0200', parameter: '2015-12-07' },
    caycStatus: 'non-compliant',
    findings: [
      finding('AX-3', 'medium', 'src/b.ts', 12, 'Remove this unused "total" variable.'),
      finding('AX-1', 'critical', 'src/z.ts', 7, 'Refactor this function to reduce its Cognitive Complexity from 21 to the 15 allowed.'),
      finding('AX-2', 'high', 'src/a.ts', 40, 'Handle this exception or don\'t catch it at all.'),
      finding('AX-4', 'critical', 'src/a.ts', 3, 'Make sure that using this pseudorandom number generator is safe here.'),
      finding('AX-5', 'medium', 'src/b.ts', undefined, 'Add a new line at the end of this file.'),
      finding('AX-6', 'medium', undefined, undefined, 'Project-level: enable the branch analysis.'),
      finding('AX-7', 'critical', 'src/a.ts', 1, 'Hard-coded password.'),
    ],
  };
}

export function passingGateWithIgnoredConditions(): QualityGateReport {
  return {
    kind: 'quality-gate',
    format: 'sonarqube-project-status',
    tool: 'SonarQube',
    verdict: 'pass',
    status: 'OK',
    ignoredConditions: true,
    conditions: [
      condition('new_coverage', 'Coverage on New Code', 'PERCENT', 'OK', 'LT', '80', '0.0'),
      condition('new_duplicated_lines_density', 'Duplicated Lines (%) on New Code', 'PERCENT', 'OK', 'GT', '3', '100.0'),
      condition('new_violations', 'New Issues', 'INT', 'OK', 'GT', '0', '0'),
      condition('new_security_hotspots_reviewed', 'Security Hotspots Reviewed on New Code', 'PERCENT', 'OK', 'LT', '100', undefined),
    ],
    newCodePeriod: { mode: 'REFERENCE_BRANCH', parameter: 'main' },
    findings: [],
  };
}

/** A SonarQube 6.x gate: warning thresholds beside error ones (what the parser keeps of `warningThreshold`). */
export function warningGate(): QualityGateReport {
  return {
    kind: 'quality-gate',
    format: 'sonarqube-project-status',
    tool: 'SonarQube',
    verdict: 'warn',
    status: 'WARN',
    ignoredConditions: false,
    conditions: [
      { ...condition('new_reliability_rating', 'Reliability Rating on New Code', 'RATING', 'WARN', 'GT', undefined, '3.0'), warningThreshold: '1' },
      { ...condition('coverage', 'Coverage', 'PERCENT', 'WARN', 'LT', '50', '64.3'), warningThreshold: '70' },
      { ...condition('open_issues', 'Open Issues', 'INT', 'OK', 'GT', undefined, '1'), warningThreshold: '10' },
      { ...condition('sqale_index', 'Technical Debt', 'WORK_DUR', 'OK', 'GT', undefined, '95'), warningThreshold: '480' },
      condition('blocker_violations', 'Blocker Issues', 'INT', 'OK', 'GT', '0', '0'),
    ],
    newCodePeriod: { mode: 'days', parameter: '30' },
    findings: [],
  };
}

/** SonarQube Cloud: its dashboard on sonarcloud.io, the new-code period since a version. */
export function cloudGate(): QualityGateReport {
  return {
    ...failingGate(),
    dashboardUrl: 'https://sonarcloud.io/summary/new_code?id=acme_billing&pullRequest=42',
    newCodePeriod: { mode: 'previous_version', date: '2025-02-04T12:47:08+0100', parameter: '1.1.0-SNAPSHOT' },
  };
}

export function noGate(): QualityGateReport {
  return {
    kind: 'quality-gate',
    format: 'sonarqube-project-status',
    tool: 'SonarQube',
    verdict: 'none',
    status: 'NONE',
    ignoredConditions: false,
    conditions: [],
    findings: [],
  };
}

export function condition(
  metricKey: string,
  metricName: string,
  metricType: GateCondition['metricType'],
  status: GateCondition['status'],
  comparator: GateCondition['comparator'],
  threshold: string | undefined,
  actual: string | undefined,
): GateCondition {
  const c: GateCondition = { metricKey, metricName, metricType, status, comparator, onNewCode: metricKey.startsWith('new_') };
  if (threshold !== undefined) c.threshold = threshold;
  if (actual !== undefined) c.actual = actual;
  return c;
}

export function finding(id: string, severity: Finding['severity'], path: string | undefined, line: number | undefined, message: string): Finding {
  const f: Finding = { id, severity, message, type: 'CODE_SMELL', rule: 'typescript:S1481' };
  if (path !== undefined) f.path = path;
  if (line !== undefined) f.line = line;
  return f;
}

export function mixedDiff(): DataDiffReport {
  return {
    kind: 'data-diff',
    format: 'data-diff-dbt',
    tool: 'data-diff',
    verdict: 'fail',
    models: [
      identical('model.jaffle_shop.customers', 1_520),
      {
        name: 'model.jaffle_shop.orders',
        status: 'different',
        base: 'PROD.ANALYTICS.ORDERS',
        head: 'DEV.PR_42.ORDERS',
        primaryKey: ['order_id'],
        rows: { base: 10_000, head: 10_009, added: 12, removed: 3, changed: 40, unchanged: 9_957 },
        matchPercent: 99.57,
        columns: [
          { name: 'status', differing: 2 },
          { name: 'amount', differing: 40, percentDiffering: 0.4 },
          { name: 'discount_rate', percentDiffering: 0.01 },
        ],
        schema: { added: ['discount_rate'], removed: ['legacy_id'], typeChanged: ['amount'] },
        primaryKeyIssues: { nulls: [0, 3], duplicates: [0, 0] },
        link: 'https://app.datafold.com/datadiffs/12345/overview',
      },
      {
        name: 'model.jaffle_shop.payments',
        status: 'failed',
        base: 'PROD.ANALYTICS.PAYMENTS',
        head: 'DEV.PR_42.PAYMENTS',
        error: 'No primary key found. Add uniqueness tests, meta, or tags.\nSee https://docs.datafold.com/pk | @data-team',
      },
      {
        name: 'model.jaffle_shop.stg_orders',
        status: 'different',
        rows: { added: 0, removed: 0, changed: 0, unchanged: 99 },
        matchPercent: 100,
        schema: { added: ['note'], removed: [], typeChanged: [] },
      },
      identical('model.jaffle_shop.stg_payments', 113),
    ],
    link: 'https://app.datafold.com/ci/runs/987',
  };
}

export function identical(name: string, rows: number): ModelDiff {
  return { name, status: 'identical', rows: { base: rows, head: rows, added: 0, removed: 0, changed: 0, unchanged: rows }, matchPercent: 100 };
}

/** Two changed models among many identical ones: the identical ones collapse into one line. */
export function mostlyIdenticalDiff(): DataDiffReport {
  const models: ModelDiff[] = Array.from({ length: 14 }, (_, i) => identical(`model.shop.dim_${String(i).padStart(2, '0')}`, 1000 + i));
  models.splice(3, 0, {
    name: 'model.shop.fct_revenue',
    status: 'different',
    rows: { added: 1_204, removed: 0, changed: 56_789, unchanged: 1_000_000 },
    matchPercent: 94.6,
    columns: [{ name: 'revenue_usd', differing: 56_789 }],
  });
  return { kind: 'data-diff', format: 'data-diff-dbt', tool: 'data-diff', verdict: 'warn', models };
}

export function allIdenticalDiff(): DataDiffReport {
  return {
    kind: 'data-diff',
    format: 'datafold-summary',
    tool: 'Datafold',
    verdict: 'pass',
    models: [identical('ANALYTICS.PUBLIC.ORDERS', 42_000)],
    link: 'https://app.datafold.com/datadiffs/777/overview',
  };
}

export function emptyDiff(): DataDiffReport {
  return { kind: 'data-diff', format: 'data-diff-dbt', tool: 'data-diff', verdict: 'none', models: [] };
}
