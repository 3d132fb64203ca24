import type { GateCondition, QualityGateReport } from '../../reports/model.js';
import type { Summary } from '../contracts.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';
import { conditionState } from './conditions.js';

export function gateSummary(report: QualityGateReport): Summary {
  const total = report.conditions.length;
  const ofAll = (n: number): string => `${formatNumber(n)} of ${count(total, nouns.condition)}`;
  switch (report.verdict) {
    case 'fail': {
      // No gate was computed: the analysis itself failed, and says why.
      if (report.analysisFailure !== undefined) return { state: 'failed', detail: report.analysisFailure };
      const failed = withStatus(report.conditions, 'ERROR');
      return { state: 'failed', detail: failed > 0 ? `${ofAll(failed)} failed` : 'the gate failed' };
    }
    case 'warn': {
      const warned = withStatus(report.conditions, 'WARN');
      return { state: 'warning', detail: warned > 0 ? `${ofAll(warned)} at warning level` : 'the gate reports a warning' };
    }
    case 'pass':
      return { state: 'passed', detail: passedDetail(report) };
    case 'none':
      // input-formats.md §1.4: NONE = no gate associated with the project, or none computed.
      return { state: 'no quality gate', detail: `none is set for the project, or ${report.tool.trim() || 'the tool'} computed none for this analysis` };
  }
}

/** Conditions SonarQube ignored for a small change are counted apart: they did not pass. */
function passedDetail(report: QualityGateReport): string {
  const total = report.conditions.length;
  const ignored = report.conditions.filter((c) => conditionState(c, report) === 'ignored').length;
  if (total === 0) return 'the gate has no conditions';
  if (ignored > 0) return `${formatNumber(total - ignored)} of ${count(total, nouns.condition)} passed, ${formatNumber(ignored)} ignored (small change)`;
  if (total === 1) return 'its only condition passed';
  return `all ${formatNumber(total)} conditions passed`;
}

export function withStatus(conditions: readonly GateCondition[], status: GateCondition['status']): number {
  return conditions.filter((c) => c.status === status).length;
}

export function defaultGateTitle(report: QualityGateReport): string {
  const tool = report.tool.trim();
  return tool === '' ? 'Quality gate' : `${tool} quality gate`;
}
