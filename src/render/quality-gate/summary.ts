import type { GateCondition, QualityGateReport } from '../../reports/model.js';
import type { Summary } from '../contracts.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';

export function gateSummary(report: QualityGateReport): Summary {
  const total = report.conditions.length;
  const ofAll = (n: number): string => `${formatNumber(n)} of ${count(total, nouns.condition)}`;
  switch (report.verdict) {
    case 'fail': {
      const failed = withStatus(report.conditions, 'ERROR');
      return { state: 'failed', detail: failed > 0 ? `${ofAll(failed)} failed` : 'the gate failed' };
    }
    case 'warn': {
      const warned = withStatus(report.conditions, 'WARN');
      return { state: 'warning', detail: warned > 0 ? `${ofAll(warned)} at warning level` : 'the gate reports a warning' };
    }
    case 'pass':
      return { state: 'passed', detail: passedDetail(total) };
    case 'none':
      return { state: 'none', detail: `${report.tool} reported no quality gate for this analysis` };
  }
}

function passedDetail(total: number): string {
  if (total === 0) return 'the gate has no conditions';
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
