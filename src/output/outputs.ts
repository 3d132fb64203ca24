/** Step outputs (GitHub Action) and the `--json` result share these names. */
import type { ModelDiff, Report } from '../reports/model.js';
import { thresholdVerdictOf } from '../reports/data-diff-verdict.js';
import { VERDICT_LABEL } from '../render/words.js';

export function reportOutputs(report: Report): Record<string, string> {
  const outputs: Record<string, string> = { result: VERDICT_LABEL[report.verdict].toLowerCase(), 'report-type': report.kind };
  if (report.kind === 'quality-gate') {
    outputs['conditions-failed'] = String(report.conditions.filter((c) => c.status === 'ERROR').length);
  } else {
    const models = report.models;
    const sum = (pick: (m: ModelDiff) => number | undefined) => String(models.reduce((total, m) => total + (pick(m) ?? 0), 0));
    outputs['models-different'] = String(report.models.filter((m) => m.status === 'different').length);
    outputs['rows-added'] = sum((m) => m.rows?.added);
    outputs['rows-removed'] = sum((m) => m.rows?.removed);
    outputs['rows-changed'] = sum((m) => m.rows?.changed);
    const judged = thresholdVerdictOf(report);
    outputs['models-failed'] = String(judged.modelsFailed);
    outputs['models-warned'] = String(judged.modelsWarned);
  }
  return outputs;
}
