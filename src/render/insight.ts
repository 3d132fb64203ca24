/**
 * The Code Insights report, platform-neutral: plain text (Bitbucket shows details and messages
 * verbatim), at most six data fields, annotations highest severity first so an adapter that must
 * cap keeps the ones that matter.
 */
import type { Report } from '../reports/model.js';
import { diffInsight } from './data-diff/insight.js';
import type { InsightDecoration, Outcome } from './decorations.js';
import { byKind, type ByKind } from './kinds.js';
import { truncate } from './markdown.js';
import { gateInsight } from './quality-gate/insight.js';
import type { KindInsight, Summary } from './contracts.js';
import { shortDescription } from './summary.js';

export const REPORTER = 'pr-insights';
export const DETAILS_MAX = 2000;
export const DATA_FIELDS_MAX = 6;

const KINDS: ByKind<KindInsight, [string | undefined]> = { 'quality-gate': gateInsight, 'data-diff': diffInsight };

export interface InsightOptions {
  title: string;
  summary: Summary;
  outcome: Outcome;
  /** Already checked to be http(s). */
  link?: string;
}

export function renderInsight(report: Report, options: InsightOptions): InsightDecoration {
  const kind = byKind(KINDS, report, options.link);
  const insight: InsightDecoration = {
    title: options.title,
    result: options.outcome,
    details: truncate([`${shortDescription(options.summary)}.`, ...kind.details].join('\n'), DETAILS_MAX),
    reporter: REPORTER,
    reportType: kind.reportType,
    data: kind.data.slice(0, DATA_FIELDS_MAX),
    annotations: kind.annotations,
  };
  if (options.link !== undefined) insight.link = options.link;
  return insight;
}
