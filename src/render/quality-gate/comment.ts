/**
 * The body of a quality-gate comment (between the verdict line and the footer): the caveats a
 * reader needs before trusting a pass, one conditions table per code scope, failed first, then
 * the issue count and the dashboard link.
 */
import type { Finding, GateCondition, QualityGateReport } from '../../reports/model.js';
import type { CapBlock, CapRow } from '../cap.js';
import type { BodyContext, CommentBody } from '../contracts.js';
import { severityBreakdown } from '../findings.js';
import { escapeMarkdown, markdownLink, tableHeader, tableRow } from '../markdown.js';
import { count, nouns } from '../text.js';
import { verdictCell } from '../words.js';
import { describeCondition, formatMeasure, formatNewCodePeriod, levelLabel, NO_VALUE } from '../values.js';

export const IGNORED_CONDITIONS_NOTE =
  'Coverage and duplication conditions on new code were ignored: the change has too few new lines.';

const STATUS_ORDER: Readonly<Record<GateCondition['status'], number>> = { ERROR: 0, WARN: 1, OK: 2 };
const STATUS_CELL: Readonly<Record<GateCondition['status'], string>> = {
  ERROR: verdictCell('fail'),
  WARN: verdictCell('warn'),
  OK: verdictCell('pass'),
};
/** Passing conditions are cut from the comment first, failed ones last. */
const STATUS_RANK: Readonly<Record<GateCondition['status'], number>> = { ERROR: 3, WARN: 2, OK: 1 };

export function gateCommentBody(report: QualityGateReport, context: BodyContext): CommentBody {
  const blocks: CapBlock[] = [];
  if (report.ignoredConditions) blocks.push({ kind: 'text', markdown: `ℹ️ ${IGNORED_CONDITIONS_NOTE}` });

  const period = report.newCodePeriod === undefined ? undefined : formatNewCodePeriod(report.newCodePeriod);
  const scopes = [
    { heading: '**New code**', suffix: period, conditions: report.conditions.filter((c) => c.onNewCode) },
    { heading: '**Overall code**', suffix: undefined, conditions: report.conditions.filter((c) => !c.onNewCode) },
  ];
  for (const scope of scopes) {
    if (scope.conditions.length === 0) continue;
    const heading = scope.suffix === undefined ? scope.heading : `${scope.heading} · ${escapeMarkdown(scope.suffix)}`;
    blocks.push({ kind: 'text', markdown: heading });
    blocks.push({
      kind: 'rows',
      header: tableHeader(['Status', 'Condition', 'Value', 'Fails when']),
      rows: failedFirst(scope.conditions).map(conditionRow),
      noun: nouns.condition,
    });
  }

  const closing = [findingsLine(report.findings), gateLink(report.tool, context.link)].filter((s) => s !== undefined);
  if (closing.length > 0) blocks.push({ kind: 'text', markdown: closing.join(' · ') });
  const project = report.projectKey?.trim();
  return { blocks, footer: project ? [`project ${escapeMarkdown(project)}`] : [] };
}

function failedFirst(conditions: readonly GateCondition[]): GateCondition[] {
  return [...conditions].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

function conditionRow(condition: GateCondition): CapRow {
  const value = formatMeasure(condition.actual, condition.metricType, condition.metricKey);
  const requirement = describeCondition(condition);
  return {
    markdown: tableRow([
      STATUS_CELL[condition.status] ?? escapeMarkdown(levelLabel(condition.status)),
      escapeMarkdown(condition.metricName),
      valueCell(value, condition.status),
      requirement === undefined ? '' : escapeMarkdown(requirement),
    ]),
    rank: STATUS_RANK[condition.status] ?? STATUS_RANK.ERROR,
  };
}

/** Values that fail the gate stand out; a missing one reads as a note, not as data. */
function valueCell(value: string, status: GateCondition['status']): string {
  if (value === NO_VALUE) return `_${NO_VALUE}_`;
  return status === 'OK' ? escapeMarkdown(value) : `**${escapeMarkdown(value)}**`;
}

/** "**23 issues:** 2 critical, 5 high, 16 medium" */
function findingsLine(findings: readonly Finding[]): string | undefined {
  if (findings.length === 0) return undefined;
  return `**${count(findings.length, nouns.issue)}:** ${severityBreakdown(findings)}`;
}

function gateLink(tool: string, link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  return markdownLink(`See analysis details on ${escapeMarkdown(tool.trim() || 'the dashboard')}`, link);
}
