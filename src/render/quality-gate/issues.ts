/** Why issues given with ISSUES are not annotated, so zero annotations never goes unexplained. */
import type { QualityGateReport } from '../../reports/model.js';
import { count, nouns } from '../text.js';

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
