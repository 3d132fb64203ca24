import type { DataDiffReport } from '../../reports/model.js';
import type { Summary } from '../contracts.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';
import { diffTotals } from './totals.js';

export const DEFAULT_DIFF_TITLE = 'Data diff';

export function diffSummary(report: DataDiffReport): Summary {
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
