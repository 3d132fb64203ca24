/** What a data diff contributes to the Code Insights report: counts, never row values. */
import type { DataDiffReport, ModelDiff } from '../../reports/model.js';
import type { InsightDatum } from '../decorations.js';
import type { KindInsight } from '../contracts.js';
import { collapseWhitespace } from '../markdown.js';
import { count, nouns } from '../text.js';
import { formatNumber } from '../values.js';
import { type JudgedModel, judgementOf } from './judged.js';
import { diffTotals } from './totals.js';

export function diffInsight(report: DataDiffReport, link: string | undefined): KindInsight {
  return {
    // A data diff is a regression test of the data the change produces.
    reportType: 'TEST',
    details: details(report),
    data: data(report, link),
    annotations: [],
  };
}

function details(report: DataDiffReport): string[] {
  const judgement = judgementOf(report);
  if (judgement.thresholds) return thresholdDetails(judgement.models);
  const lines: string[] = [];
  const failed = report.models.filter((m) => m.status === 'failed');
  const different = report.models.filter((m) => m.status === 'different');
  if (failed.length > 0) {
    lines.push('Failed:');
    for (const m of failed) lines.push(`- ${collapseWhitespace(m.name)}: ${collapseWhitespace(m.error ?? 'no error message')}`);
  }
  if (different.length > 0) {
    lines.push('Different:');
    for (const m of different) lines.push(`- ${collapseWhitespace(m.name)}: ${differenceText(m)}`);
  }
  const identical = report.models.length - failed.length - different.length;
  if (identical > 0) lines.push(`Identical: ${count(identical, nouns.model)}`);
  return lines;
}

/** The same judgement as the comment: which model broke which threshold, failures first. */
function thresholdDetails(models: readonly JudgedModel[]): string[] {
  const lines: string[] = [];
  for (const [verdict, heading] of [['fail', 'Over thresholds:'], ['warn', 'Over warning thresholds:']] as const) {
    const over = models.filter((m) => m.verdict === verdict);
    if (over.length === 0) continue;
    lines.push(heading);
    for (const { model, breaches } of over) {
      const why = model.status === 'failed' ? `could not be diffed: ${model.error ?? 'no error message'}` : breaches.map((b) => b.text).join('; ');
      lines.push(`- ${collapseWhitespace(model.name)}: ${collapseWhitespace(why)}`);
    }
  }
  const within = models.filter((m) => m.verdict === 'pass').length;
  if (within > 0) lines.push(`Within thresholds: ${count(within, nouns.model)}`);
  return lines;
}

function differenceText(model: ModelDiff): string {
  const parts: string[] = [];
  if (model.rows !== undefined) {
    const r = model.rows;
    parts.push(`${formatNumber(r.added)} added, ${formatNumber(r.removed)} removed, ${formatNumber(r.changed)} changed rows`);
  }
  if (model.columns !== undefined && model.columns.length > 0) {
    parts.push(`values differ in ${model.columns.map((c) => collapseWhitespace(c.name)).join(', ')}`);
  }
  const schema = model.schema;
  if (schema !== undefined) {
    const changed = schema.added.length + schema.removed.length + schema.typeChanged.length;
    if (changed > 0) parts.push(`${count(changed, { one: 'schema change', other: 'schema changes' })}`);
  }
  return parts.length === 0 ? 'different' : parts.join('; ');
}

function data(report: DataDiffReport, link: string | undefined): InsightDatum[] {
  const t = diffTotals(report.models);
  const judgement = judgementOf(report);
  const fields: InsightDatum[] = judgement.thresholds
    ? [
        { title: 'Models compared', type: 'NUMBER', value: t.models },
        { title: 'Models over thresholds', type: 'NUMBER', value: judgement.modelsFailed },
        { title: 'Models warned', type: 'NUMBER', value: judgement.modelsWarned },
      ]
    : [
        { title: 'Models compared', type: 'NUMBER', value: t.models },
        { title: 'Models different', type: 'NUMBER', value: t.different },
        { title: 'Models failed', type: 'NUMBER', value: t.failed },
      ];
  if (t.rows !== undefined) {
    fields.push(
      { title: 'Rows added', type: 'NUMBER', value: t.rows.added },
      { title: 'Rows removed', type: 'NUMBER', value: t.rows.removed },
      { title: 'Rows changed', type: 'NUMBER', value: t.rows.changed },
    );
  } else if (link !== undefined) {
    fields.push({ title: 'Full results', type: 'LINK', value: { text: `Open ${report.tool.trim() || 'results'}`, href: link } });
  }
  return fields;
}
