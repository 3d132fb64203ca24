import type { ModelDiff, Verdict } from './model.js';

/**
 * A data diff fails when a model could not be diffed, and warns when data differs: a difference
 * is what a reviewer must look at, not by itself a defect. FAIL_ON=warning turns differences into
 * a failing step.
 */
export function dataDiffVerdict(models: readonly ModelDiff[]): Verdict {
  if (models.length === 0) return 'none';
  if (models.some((m) => m.status === 'failed')) return 'fail';
  if (models.some((m) => m.status === 'different')) return 'warn';
  return 'pass';
}
