/**
 * Report → decorations, platform-neutral. Everything a platform adapter posts is decided here;
 * adapters only translate it to their wire format and enforce their own limits.
 */
import { InputError } from '../core/errors.js';
import type { Report, Verdict } from '../reports/model.js';
import { DEFAULT_COMMENT_LIMIT, renderComment } from './comment.js';
import type { Decorations, FailOn, Outcome } from './decorations.js';
import { renderInsight } from './insight.js';
import { byKind, type ByKind } from './kinds.js';
import { httpUrl } from '../core/urls.js';
import { renderStatus } from './status.js';
import { headline, summarize, titleOf } from './summary.js';

export { DEFAULT_COMMENT_LIMIT } from './comment.js';
export { findMarker, markerLine, type Marker } from './marker.js';

export interface RenderOptions {
  reportId: string;
  /** TITLE; defaults per report kind ("SonarQube quality gate", "Data diff"). */
  title?: string;
  failOn: FailOn;
  /** Link to the full results; overrides the report's own (dashboard) link. Only http(s) is used. */
  link?: string;
  /** Full SHA the decorations belong to; carried in the comment marker and footer. */
  commit?: string;
  /** Maximum comment length in characters (default 30 000). */
  commentLimit?: number;
  /** Where the status points when the report has no link of its own (the build): Data Center requires one. */
  statusFallbackUrl?: string;
}

const OWN_LINKS: ByKind<string | undefined> = {
  'quality-gate': (report) => report.dashboardUrl,
  'data-diff': (report) => report.link,
};

/** Smallest limit that still leaves room for a verdict, a note and the footer. */
const MIN_COMMENT_LIMIT = 1000;

/**
 * Whether the run passes under FAIL_ON, for every report kind. FAIL_ON=warning passes only a clean
 * pass: a report with nothing to judge (no quality gate, no model compared) fails it too, as
 * SonarSource's own gate action fails anything that is not OK (peers.md §2).
 */
export function outcomeOf(verdict: Verdict, failOn: FailOn): Outcome {
  switch (failOn) {
    case 'never':
      return 'pass';
    case 'failure':
      return verdict === 'fail' ? 'fail' : 'pass';
    case 'warning':
      return verdict === 'pass' ? 'pass' : 'fail';
  }
}

export function renderDecorations(report: Report, options: RenderOptions): Decorations {
  const limit = options.commentLimit ?? DEFAULT_COMMENT_LIMIT;
  if (!Number.isInteger(limit) || limit < MIN_COMMENT_LIMIT) {
    throw new InputError(`comment limit must be a whole number of at least ${MIN_COMMENT_LIMIT} characters, got ${limit}`);
  }
  const title = titleOf(report, options.title);
  const summary = summarize(report);
  const outcome = outcomeOf(report.verdict, options.failOn);
  const link = httpUrl(options.link) ?? httpUrl(byKind(OWN_LINKS, report));
  const linked = link === undefined ? {} : { link };
  // The build is the next best place for a status to point; checked like every link we publish.
  const statusLink = link ?? httpUrl(options.statusFallbackUrl);

  return {
    reportId: options.reportId,
    reportKind: report.kind,
    verdict: report.verdict,
    outcome,
    headline: headline(title, summary),
    comment: renderComment(report, {
      reportId: options.reportId,
      title,
      summary,
      limit,
      ...linked,
      ...(options.commit === undefined ? {} : { commit: options.commit }),
    }),
    insight: renderInsight(report, { title, summary, outcome, ...linked }),
    status: renderStatus({ reportId: options.reportId, title, summary, outcome, ...(statusLink === undefined ? {} : { link: statusLink }) }),
  };
}
