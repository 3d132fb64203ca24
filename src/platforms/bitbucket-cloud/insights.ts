/**
 * Replaces a Code Insights report the way mc1arke and reviewdog do on Cloud: DELETE the report
 * (which drops its old annotations; a PUT alone would keep them), PUT it again, then POST the
 * annotations in batches of at most 100, a few batches at a time.
 */
import { mapLimit } from '../../http/index.js';
import { explain } from '../core/failure.js';
import type { ReportResult } from '../platform.js';
import type { InsightDecoration } from '../../render/decorations.js';
import { HINTS, type CloudContext } from './context.js';
import { batches } from '../core/annotations.js';
import { annotationBodies, CLOUD_LIMITS, reportBody } from './wire.js';

/** Enough to overlap round trips, few enough not to look like a burst to the rate limiter. */
const CONCURRENT_BATCHES = 5;

export async function publishInsight(ctx: CloudContext, commit: string, reportId: string, insight: InsightDecoration): Promise<ReportResult> {
  // Everything is built first, so a body Cloud would refuse is never half sent.
  const { bodies, omitted } = annotationBodies(insight.annotations);
  const report = reportBody(insight, reportId, omitted);
  const url = `${ctx.repo}/commit/${encodeURIComponent(commit)}/reports/${encodeURIComponent(reportId)}`;
  const hints = ctx.viaPipelinesProxy ? HINTS.insightsViaProxy : HINTS.insights;
  const where = `Code Insights report "${reportId}" on ${commit.slice(0, 12)}${ctx.viaPipelinesProxy ? ' through the Pipelines auth proxy' : ''}`;

  try {
    // 404: there was no report yet.
    await ctx.http.request({ method: 'DELETE', url, expect: [200, 204, 404] });
  } catch (error) {
    throw explain(error, `replace the ${where}`, hints);
  }
  try {
    await ctx.http.request({ method: 'PUT', url, body: report });
  } catch (error) {
    throw explain(error, `publish the ${where}`, hints);
  }

  const chunks = batches(bodies, CLOUD_LIMITS.annotationsPerRequest);
  try {
    // The bulk endpoint upserts by external_id, so repeating a batch after a lost answer is harmless.
    await mapLimit(chunks, CONCURRENT_BATCHES, (chunk) => ctx.http.request({ method: 'POST', url: `${url}/annotations`, body: chunk, idempotent: true }));
  } catch (error) {
    throw explain(error, `add ${bodies.length} annotations to the ${where} (the report itself was published)`, hints);
  }
  if (omitted) ctx.log.debug(`Bitbucket Cloud: ${omitted} annotations left out of "${reportId}" (at most ${CLOUD_LIMITS.annotationsPerReport} per report)`);
  return { annotationsSent: bodies.length, annotationsOmitted: omitted };
}
