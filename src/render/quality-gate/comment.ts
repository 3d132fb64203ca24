/**
 * The body of a quality-gate comment (between the verdict line and the footer): the caveats a
 * reader needs before trusting a pass, one conditions table per code scope, failed first, then
 * the issue count and the dashboard link.
 */
import type { GateCondition, QualityGateReport } from '../../reports/model.js';
import type { CapBlock, CapRow } from '../cap.js';
import type { BodyContext, CommentBody } from '../contracts.js';
import { severityBreakdown } from '../findings.js';
import { escapeMarkdown, markdownLink, tableHeader, tableRow } from '../markdown.js';
import { nouns } from '../text.js';
import { verdictCell } from '../words.js';
import { describeThreshold, formatMeasure, formatNewCodePeriod, NO_VALUE } from '../values.js';
import { conditionState, thresholdsOf, type ConditionState } from './conditions.js';
import { issuesCount, resolvedIssuesNote } from './issues.js';
import { linkedToolName } from './tool.js';

export const IGNORED_CONDITIONS_NOTE =
  'Coverage and duplication conditions on new code were ignored: the change has too few new lines.';

/** Shown where a condition has no threshold at all, explained once under its table. */
const NO_THRESHOLD = '—';

const STATE_ORDER: Readonly<Record<ConditionState, number>> = { failed: 0, warning: 1, ignored: 2, passed: 3 };
const STATE_CELL: Readonly<Record<ConditionState, string>> = {
  failed: verdictCell('fail'),
  warning: verdictCell('warn'),
  ignored: verdictCell('none', 'Ignored (small change)'),
  passed: verdictCell('pass'),
};
/** Passing and ignored conditions are cut from the comment first, failed ones last. */
const STATE_RANK: Readonly<Record<ConditionState, number>> = { failed: 3, warning: 2, ignored: 1, passed: 1 };

interface Row {
  condition: GateCondition;
  state: ConditionState;
}

export function gateCommentBody(report: QualityGateReport, context: BodyContext): CommentBody {
  const blocks: CapBlock[] = [];
  if (report.ignoredConditions) blocks.push({ kind: 'text', markdown: `ℹ️ ${IGNORED_CONDITIONS_NOTE}` });

  const period = report.newCodePeriod === undefined ? undefined : formatNewCodePeriod(report.newCodePeriod);
  const rows = report.conditions.map((condition) => ({ condition, state: conditionState(condition, report) }));
  const scopes = [
    { heading: '**New code**', suffix: period, rows: rows.filter((r) => r.condition.onNewCode) },
    { heading: '**Overall code**', suffix: undefined, rows: rows.filter((r) => !r.condition.onNewCode) },
  ];
  for (const scope of scopes) {
    if (scope.rows.length === 0) continue;
    const heading = scope.suffix === undefined ? scope.heading : `${scope.heading} · ${escapeMarkdown(scope.suffix)}`;
    blocks.push({ kind: 'text', markdown: heading }, ...conditionsTable(scope.rows, report.tool));
  }

  const measures = measuresLine(report);
  if (measures !== undefined) blocks.push({ kind: 'text', markdown: measures });
  const closing = [findingsLine(report), gateLink(report.tool, context.link)].filter((s) => s !== undefined);
  if (closing.length > 0) blocks.push({ kind: 'text', markdown: closing.join(' · ') });
  const project = report.projectKey?.trim();
  return { blocks, footer: project ? [`project ${escapeMarkdown(project)}`] : [] };
}

/**
 * Status, condition, value and when it fails; "Warns when" too once a condition of the table has a
 * warning level (SonarQube before 7.6), so a warning threshold is never read as a failing one.
 */
function conditionsTable(rows: readonly Row[], tool: string): CapBlock[] {
  const warns = rows.some((r) => thresholdsOf(r.condition).warns !== undefined);
  const headers = ['Status', 'Condition', 'Value', 'Fails when', ...(warns ? ['Warns when'] : [])];
  const table: CapBlock = {
    kind: 'rows',
    header: tableHeader(headers),
    rows: [...rows].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]).map((r) => conditionRow(r, warns)),
    noun: nouns.condition,
  };
  const bare = rows.some((r) => {
    const { fails, warns } = thresholdsOf(r.condition);
    return fails === undefined && warns === undefined;
  });
  if (!bare) return [table];
  const sender = tool.trim() || 'the report';
  return [table, { kind: 'text', markdown: `_${NO_THRESHOLD} means ${escapeMarkdown(sender)} sent no threshold for the condition._` }];
}

function conditionRow({ condition, state }: Row, warns: boolean): CapRow {
  const value = formatMeasure(condition.actual, condition.metricType, condition.metricKey);
  const thresholds = thresholdsOf(condition);
  const cells = [
    STATE_CELL[state],
    escapeMarkdown(condition.metricName),
    valueCell(value, state),
    thresholdCell(condition, thresholds.fails),
    ...(warns ? [thresholdCell(condition, thresholds.warns)] : []),
  ];
  return { markdown: tableRow(cells), rank: STATE_RANK[state] };
}

function thresholdCell(condition: GateCondition, threshold: string | undefined): string {
  const words = describeThreshold(condition, threshold);
  return words === undefined ? NO_THRESHOLD : escapeMarkdown(words);
}

/** Values that fail or warn stand out; a missing one reads as a note, not as data. */
function valueCell(value: string, state: ConditionState): string {
  if (value === NO_VALUE) return `_${NO_VALUE}_`;
  return state === 'failed' || state === 'warning' ? `**${escapeMarkdown(value)}**` : escapeMarkdown(value);
}

/** "**23 issues:** 2 critical, 5 high, 16 medium", or why there is nothing to annotate. */
function findingsLine(report: QualityGateReport): string | undefined {
  const resolved = resolvedIssuesNote(report);
  if (report.findings.length === 0) return resolved === undefined ? undefined : escapeMarkdown(resolved);
  const line = `**${issuesCount(report)}:** ${severityBreakdown(report.findings)}`;
  return resolved === undefined ? line : `${line} · ${escapeMarkdown(resolved)}`;
}

/** "**Measures:** Coverage on New Code 72.5% · New Issues 12": those the conditions do not already show. */
function measuresLine(report: QualityGateReport): string | undefined {
  const shown = (report.measures ?? []).filter((m) => !report.conditions.some((c) => c.metricKey === m.metricKey));
  if (shown.length === 0) return undefined;
  return `**Measures:** ${shown.map((m) => `${escapeMarkdown(m.metricName)} ${escapeMarkdown(formatMeasure(m.value, m.metricType, m.metricKey))}`).join(' · ')}`;
}

function gateLink(tool: string, link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  return markdownLink(`See analysis details on ${escapeMarkdown(linkedToolName(tool, link) || 'the dashboard')}`, link);
}
