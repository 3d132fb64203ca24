/**
 * The sticky PR comment: verdict line first (readable in five seconds), the kind's own body, a
 * small footer and the invisible marker, all under the size limit.
 */
import type { Report } from '../reports/model.js';
import type { CommentDecoration } from './decorations.js';
import { capMarkdown, type CapBlock } from './cap.js';
import { diffCommentBody } from './data-diff/comment.js';
import { byKind, type ByKind } from './kinds.js';
import { markerLine } from './marker.js';
import { escapeMarkdown } from './markdown.js';
import { gateCommentBody } from './quality-gate/comment.js';
import type { BodyContext, CommentBody, Summary } from './contracts.js';
import { VERDICT_EMOJI } from './words.js';

/** Below Bitbucket Data Center's 32 768 and Bitbucket Cloud's unconfirmed ~32k; GitHub allows 65 536. */
export const DEFAULT_COMMENT_LIMIT = 30_000;

export interface CommentOptions {
  reportId: string;
  title: string;
  summary: Summary;
  /** http(s) link to the full results, already checked. */
  link?: string;
  commit?: string;
  limit?: number;
}

const BODIES: ByKind<CommentBody, [BodyContext]> = {
  'quality-gate': gateCommentBody,
  'data-diff': diffCommentBody,
};

export function renderComment(report: Report, options: CommentOptions): CommentDecoration {
  const context: BodyContext = options.link === undefined ? {} : { link: options.link };
  const body = byKind(BODIES, report, context);
  const blocks: CapBlock[] = [{ kind: 'text', markdown: verdictLine(report, options) }, ...body.blocks];
  const limit = options.limit ?? DEFAULT_COMMENT_LIMIT;
  return { markdown: capMarkdown(blocks, { limit, footer: footerLine(body.footer, options.commit), marker: markerLine(options.reportId, options.commit) }) };
}

/** "❌ **SonarQube quality gate: failed** — 4 of 7 conditions failed" */
function verdictLine(report: Report, options: CommentOptions): string {
  const { state, detail } = options.summary;
  return `${VERDICT_EMOJI[report.verdict]} **${escapeMarkdown(options.title)}: ${state}** — ${escapeMarkdown(detail)}`;
}

/** One small italic line: who wrote this, for which commit (stale comments are a top complaint). */
function footerLine(facts: readonly string[], commit: string | undefined): string {
  const parts = ['pr-insights', ...facts];
  if (commit !== undefined) parts.push(`commit ${commit.slice(0, 7).toLowerCase()}`);
  return `_${parts.join(' · ')}_`;
}
