/**
 * The verdict step: a data diff judged against the thresholds in force, overall and model by model,
 * with the reasons (src/reports/thresholds.ts). It runs once, right after the report is read, so
 * the comment, the Code Insights report, the status, the outputs and the exit code all read the
 * same judgement. A quality gate carries its tool's own verdict and passes through untouched.
 *
 * Without thresholds the verdict is today's (a model that could not be diffed fails, any difference
 * warns); the judgement is still attached, so every consumer reads one shape.
 */
import type { Report } from './model.js';
import type { ThresholdSet } from './threshold-config.js';
import { evaluateThresholds } from './thresholds.js';

export function judgeReport(report: Report, thresholds: ThresholdSet | undefined): Report {
  if (report.kind !== 'data-diff') return report;
  const judged = evaluateThresholds(report.models, thresholds);
  return { ...report, verdict: judged.verdict, judged };
}
