/** Why issues given with ISSUES are not annotated, so zero annotations never goes unexplained. */
import type { QualityGateReport } from '../../reports/model.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';

/** "111 issues (annotations for the 50 most severe)": the total, and how many of them are annotated. Plain text. */
export function issuesCount(report: QualityGateReport): string {
  const total = report.findingsTotal ?? report.findings.length;
  const partial = total > report.findings.length ? ` (annotations for the ${formatNumber(report.findings.length)} most severe)` : '';
  return `${count(total, nouns.issue)}${partial}`;
}

const RESOLVED = { one: 'resolved issue', other: 'resolved issues' };

/**
 * "Nothing to annotate: 12 issues given, all resolved (…)" when nothing else is left, else
 * "3 resolved issues left out"; undefined when none was left out. Plain text.
 */
export function resolvedIssuesNote(report: QualityGateReport): string | undefined {
  const resolved = report.resolvedIssues ?? 0;
  if (resolved <= 0) return undefined;
  if (report.findings.length > 0) return `${count(resolved, RESOLVED)} left out`;
  return `Nothing to annotate: ${count(resolved, nouns.issue)} given, all resolved (fixed, accepted or false positive)`;
}
