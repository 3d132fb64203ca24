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
import { count, nouns } from '../text.js';
import { conditionSentence, formatNewCodePeriod, levelLabel } from '../values.js';
import { IGNORED_CONDITIONS_NOTE } from './comment.js';
import { withStatus } from './summary.js';

const VERDICT_LEVEL = { fail: 'ERROR', warn: 'WARN', pass: 'OK', none: 'NONE' } as const;

export function gateInsight(report: QualityGateReport, link: string | undefined): KindInsight {
  return {
    // SonarQube's own decoration files its report as COVERAGE; users and merge checks know it so.
    reportType: 'COVERAGE',
    details: details(report),
    data: data(report, link),
    annotations: annotations(report.findings),
  };
}

function details(report: QualityGateReport): string[] {
  const lines: string[] = [];
  for (const [status, heading] of [['ERROR', 'Failed conditions:'], ['WARN', 'Conditions at warning level:']] as const) {
    const matching = report.conditions.filter((c) => c.status === status);
    if (matching.length > 0) lines.push(heading, ...matching.map((c) => `- ${conditionSentence(c)}`));
  }
  if (report.ignoredConditions) lines.push(IGNORED_CONDITIONS_NOTE);
  const period = report.newCodePeriod === undefined ? undefined : formatNewCodePeriod(report.newCodePeriod);
  if (period !== undefined) lines.push(`New code: ${period}`);
  if (report.findings.length > 0) {
    lines.push(`${count(report.findings.length, nouns.issue)}: ${severityBreakdown(report.findings)}`);
  }
  return lines.map(collapseWhitespace);
}

function data(report: QualityGateReport, link: string | undefined): InsightDatum[] {
  const fields: (InsightDatum | undefined)[] = [
    { title: 'Quality gate', type: 'TEXT', value: levelLabel(VERDICT_LEVEL[report.verdict]) },
    { title: 'Failed conditions', type: 'NUMBER', value: withStatus(report.conditions, 'ERROR') },
    percentage('Coverage on new code', find(report, 'new_coverage')),
    percentage('Duplication on new code', find(report, 'new_duplicated_lines_density')),
    issues(report),
    link === undefined ? undefined : dashboardLink(report.tool, link),
  ];
  return fields.filter((f) => f !== undefined);
}

function dashboardLink(tool: string, href: string): InsightDatum {
  return { title: 'Analysis details', type: 'LINK', value: { text: `Open ${tool.trim() || 'dashboard'}`, href } };
}

function find(report: QualityGateReport, metricKey: string): GateCondition | undefined {
  return report.conditions.find((c) => c.metricKey === metricKey);
}

function percentage(title: string, condition: GateCondition | undefined): InsightDatum | undefined {
  const value = numberOf(condition?.actual);
  return value === undefined ? undefined : { title, type: 'PERCENTAGE', value: Math.round(value * 10) / 10 };
}

/** New issues from the gate when it has the condition, else the findings given with ISSUES. */
function issues(report: QualityGateReport): InsightDatum | undefined {
  const newIssues = numberOf(find(report, 'new_violations')?.actual);
  if (newIssues !== undefined) return { title: 'New issues', type: 'NUMBER', value: newIssues };
  return report.findings.length > 0 ? { title: 'Issues', type: 'NUMBER', value: report.findings.length } : undefined;
}

function numberOf(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}
