/**
 * The verdict step: a data diff judged against the thresholds in force, overall and model by model,
 * with the reasons (src/reports/thresholds.ts). It runs once, right after the report is read, so
 * the comment, the Code Insights report, the status, the outputs and the exit code all read the
 * same judgement. A quality gate carries its tool's own verdict and passes through untouched.
 *
 * Without thresholds the verdict is today's (a model that could not be diffed fails, any difference
 * warns); the judgement is still attached, so every consumer reads one shape.
 */
import type { DataDiffReport, Report, ThresholdVerdict } from './model.js';
import type { ThresholdSet } from './threshold-config.js';
import { evaluateThresholds } from './thresholds.js';

/** The verdict step's judgement of a data diff; one that skipped the step (read straight from a source) is judged as ever. */
export function thresholdVerdictOf(report: DataDiffReport): ThresholdVerdict {
  return report.judged ?? evaluateThresholds(report.models, undefined);
}

export function judgeReport(report: Report, thresholds: ThresholdSet | undefined): Report {
  if (report.kind !== 'data-diff') return report;
  const judged = evaluateThresholds(report.models, thresholds);
  return { ...report, verdict: judged.verdict, judged };
}
