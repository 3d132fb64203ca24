import type { DataDiffReport } from '../../reports/model.js';
import type { Summary } from '../contracts.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';
import { displayNames, type JudgedModel, judgementOf } from './judged.js';
import { diffTotals } from './totals.js';

export const DEFAULT_DIFF_TITLE = 'Data diff';

/** Models named in the verdict line; the rest are counted. */
const NAMED_MAX = 3;

export function diffSummary(report: DataDiffReport): Summary {
  const judgement = judgementOf(report);
  if (judgement.thresholds && report.verdict !== 'none') return thresholdSummary(report, judgement.models);
  const t = diffTotals(report.models);
  const ofAll = (n: number): string => `${formatNumber(n)} of ${count(t.models, nouns.model)}`;
  const differ = (n: number): string => (n === 1 ? 'differs' : 'differ');
  switch (report.verdict) {
    case 'fail': {
      if (t.failed === 0) return { state: 'failed', detail: 'the data diff failed' };
      const also = t.different > 0 ? `; ${formatNumber(t.different)} ${differ(t.different)}` : '';
      return { state: 'failed', detail: `${ofAll(t.failed)} could not be diffed${also}` };
    }
    case 'warn':
      return { state: 'differences found', detail: `${ofAll(t.different)} ${differ(t.different)}` };
    case 'pass': {
      const detail = t.models === 1 ? 'the model is identical' : `all ${formatNumber(t.models)} models are identical`;
      return { state: 'no differences', detail };
    }
    case 'none':
      return { state: 'nothing compared', detail: 'the report has no models' };
  }
}

/**
 * Which models broke which threshold, in plain text (the caller escapes it):
 * "2 of 5 models over thresholds: orders (12.4 % rows changed > 5 %), payments (could not be diffed); 1 warns".
 */
function thresholdSummary(report: DataDiffReport, models: readonly JudgedModel[]): Summary {
  const nameOf = displayNames(report.models);
  const total = count(models.length, nouns.model);
  const failing = models.filter((m) => m.verdict === 'fail');
  const warning = models.filter((m) => m.verdict === 'warn');
  const named = (judged: readonly JudgedModel[]): string => {
    const shown = judged.slice(0, NAMED_MAX).map((m) => `${nameOf(m.model)} (${m.breaches[0]?.text ?? 'over a threshold'})`);
    const more = judged.length > NAMED_MAX ? ` and ${formatNumber(judged.length - NAMED_MAX)} more` : '';
    return `${shown.join(', ')}${more}`;
  };
  if (failing.length > 0) {
    const warns = warning.length > 0 ? `; ${formatNumber(warning.length)} ${warning.length === 1 ? 'warns' : 'warn'}` : '';
    return { state: 'failed', detail: `${formatNumber(failing.length)} of ${total} over thresholds: ${named(failing)}${warns}` };
  }
  if (warning.length > 0) {
    return { state: 'warning', detail: `${formatNumber(warning.length)} of ${total} over warning thresholds: ${named(warning)}` };
  }
  const different = models.filter((m) => m.model.status === 'different').length;
  const within = models.length === 1 ? 'the model is within thresholds' : `all ${total} within thresholds`;
  return { state: 'passed', detail: different > 0 ? `${within}; ${formatNumber(different)} ${different === 1 ? 'differs' : 'differ'}` : within };
}
