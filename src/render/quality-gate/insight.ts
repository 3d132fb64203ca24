/**
 * What a quality gate contributes to the Code Insights report. Data fields follow what
 * SonarQube's own Bitbucket decoration shows (coverage, duplication, issues, a link), after the
 * gate's own result: the insight's PASS/FAIL follows FAIL_ON, so with FAIL_ON=never only this
 * field still says the gate failed.
 */
import type { GateCondition, QualityGateReport } from '../../reports/model.js';
import type { InsightDatum } from '../decorations.js';
import type { KindInsight } from '../contracts.js';
import { annotations, severityBreakdown } from '../findings.js';
import { collapseWhitespace } from '../markdown.js';
import { conditionSentence, formatNewCodePeriod } from '../values.js';
import { IGNORED_CONDITIONS_NOTE } from './comment.js';
import { conditionState, numberOf, thresholdsOf, type ConditionState } from './conditions.js';
import { issuesCount, resolvedIssuesNote } from './issues.js';
import { withStatus } from './summary.js';
import { VERDICT_LABEL } from '../words.js';
import { linkedToolName } from './tool.js';


export function gateInsight(report: QualityGateReport, link: string | undefined): KindInsight {
  return {
    // SonarQube's own decoration files its report as COVERAGE; users and merge checks know it so.
    reportType: 'COVERAGE',
    details: details(report),
    data: data(report, link),
    annotations: annotations(report.findings),
  };
}

/** Each group with the threshold its conditions crossed: a warning condition's is its warning level. */
const GROUPS: readonly { state: ConditionState; heading: string; threshold: 'fails' | 'warns' }[] = [
  { state: 'failed', heading: 'Failed conditions:', threshold: 'fails' },
  { state: 'warning', heading: 'Conditions at warning level:', threshold: 'warns' },
  { state: 'ignored', heading: 'Ignored (small change):', threshold: 'fails' },
];

function details(report: QualityGateReport): string[] {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const matching = report.conditions.filter((c) => conditionState(c, report) === group.state);
    const sentences = matching.map((c) => `- ${conditionSentence(c, thresholdsOf(c)[group.threshold])}`);
    if (matching.length > 0) lines.push(group.heading, ...sentences);
  }
  if (report.ignoredConditions) lines.push(IGNORED_CONDITIONS_NOTE);
  const period = report.newCodePeriod === undefined ? undefined : formatNewCodePeriod(report.newCodePeriod);
  if (period !== undefined) lines.push(`New code: ${period}`);
  if (report.findings.length > 0) {
    lines.push(`${issuesCount(report)}: ${severityBreakdown(report.findings)}`);
  }
  const resolved = resolvedIssuesNote(report);
  if (resolved !== undefined) lines.push(resolved);
  return lines.map(collapseWhitespace);
}

function data(report: QualityGateReport, link: string | undefined): InsightDatum[] {
  const fields: (InsightDatum | undefined)[] = [
    { title: 'Quality gate', type: 'TEXT', value: VERDICT_LABEL[report.verdict] },
    { title: 'Failed conditions', type: 'NUMBER', value: withStatus(report.conditions, 'ERROR') },
    percentage('Coverage on new code', changeValue(report, 'new_coverage')),
    percentage('Duplication on new code', changeValue(report, 'new_duplicated_lines_density')),
    issues(report),
    link === undefined ? undefined : dashboardLink(report.tool, link),
  ];
  return fields.filter((f) => f !== undefined);
}

function dashboardLink(tool: string, href: string): InsightDatum {
  return { title: 'Analysis details', type: 'LINK', value: { text: `Open ${linkedToolName(tool, href) || 'dashboard'}`, href } };
}

function find(report: QualityGateReport, metricKey: string): GateCondition | undefined {
  return report.conditions.find((c) => c.metricKey === metricKey);
}

/**
 * The change's value of a metric, from its condition or else a measure read besides the gate. None
 * when SonarQube ignored the condition for a small change: that value does not judge the change.
 */
function changeValue(report: QualityGateReport, metricKey: string): string | undefined {
  const condition = find(report, metricKey);
  if (condition !== undefined && conditionState(condition, report) === 'ignored') return undefined;
  return condition?.actual ?? measured(report, metricKey);
}

/** A measure read besides the gate (SonarQube live), for when the gate has no condition on it. */
function measured(report: QualityGateReport, metricKey: string): string | undefined {
  return report.measures?.find((m) => m.metricKey === metricKey)?.value;
}

function percentage(title: string, raw: string | undefined): InsightDatum | undefined {
  const value = numberOf(raw);
  return value === undefined ? undefined : { title, type: 'PERCENTAGE', value: Math.round(value * 10) / 10 };
}

/** New issues from the gate when it has the condition, else the findings given with ISSUES. */
function issues(report: QualityGateReport): InsightDatum | undefined {
  const newIssues = numberOf(find(report, 'new_violations')?.actual ?? measured(report, 'new_violations'));
  if (newIssues !== undefined) return { title: 'New issues', type: 'NUMBER', value: newIssues };
  return report.findings.length > 0 ? { title: 'Issues', type: 'NUMBER', value: report.findingsTotal ?? report.findings.length } : undefined;
}
