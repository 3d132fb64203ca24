/**
 * Replaces a Code Insights report the way mc1arke and reviewdog do on Cloud: DELETE the report
 * (which drops its old annotations; a PUT alone would keep them), PUT it again, then POST the
 * annotations in batches of at most 100, all at once.
 *
 * Runs of the same commit may overlap: another run's DELETE can remove the report between our PUT
 * and a batch, which then answers 404. The report is put back and the batch sent again; batches
 * upsert by external_id, so whichever runs finish last, the report holds one set of annotations.
 */
import { mapLimit } from '../../http/index.js';
import { explain, isNotFound } from '../core/failure.js';
import type { ReportResult } from '../platform.js';
import type { InsightDecoration } from '../../render/decorations.js';
import { HINTS, type CloudContext } from './context.js';
import { batches } from '../core/annotations.js';
import { annotationBodies, CLOUD_LIMITS, reportBody } from './wire.js';
import { shortCommit } from '../../core/commits.js';

/** A full report (1,000 annotations) is 10 batches: one wave, far below any concurrency limit. */
const CONCURRENT_BATCHES = 10;
/** How often one batch may find the report replaced under it; each time another run deleted it. */
const REPLACED_RETRIES = 5;

export async function publishInsight(ctx: CloudContext, commit: string, reportId: string, insight: InsightDecoration): Promise<ReportResult> {
  // Everything is built first, so a body Cloud would refuse is never half sent.
  const { bodies, omitted } = annotationBodies(insight.annotations);
  const report = reportBody(insight, reportId, omitted);
  const url = `${ctx.repo}/commit/${encodeURIComponent(commit)}/reports/${encodeURIComponent(reportId)}`;
  const hints = ctx.viaPipelinesProxy ? HINTS.insightsViaProxy : HINTS.insights;
  const where = `Code Insights report "${reportId}" on ${shortCommit(commit)}${ctx.viaPipelinesProxy ? ' through the Pipelines auth proxy' : ''}`;

  try {
    // 404: there was no report yet.
    await ctx.http.request({ method: 'DELETE', url, expect: [200, 204, 404] });
  } catch (error) {
    throw explain(error, `replace the ${where}`, hints);
  }
  let putting: Promise<unknown> | undefined;
  const put = () =>
    (putting ??= ctx.http.request({ method: 'PUT', url, body: report }).finally(() => {
      putting = undefined;
    }));
  try {
    await put();
  } catch (error) {
    throw explain(error, `publish the ${where}`, hints);
  }

  const post = async (chunk: readonly unknown[]): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        // The bulk endpoint upserts by external_id, so repeating a batch after a lost answer is harmless.
        await ctx.http.request({ method: 'POST', url: `${url}/annotations`, body: chunk, idempotent: true });
        return;
      } catch (error) {
        if (!isNotFound(error) || attempt >= REPLACED_RETRIES) throw error;
        ctx.log.debug(`Bitbucket Cloud: the ${where} was replaced by another run while annotations were added; putting it back`);
        await put();
      }
    }
  };
  try {
    await mapLimit(batches(bodies, CLOUD_LIMITS.annotationsPerRequest), CONCURRENT_BATCHES, post);
  } catch (error) {
    throw explain(error, `add ${bodies.length} annotations to the ${where} (the report itself was published)`, hints);
  }
  if (omitted) ctx.log.debug(`Bitbucket Cloud: ${omitted} annotations left out of "${reportId}" (at most ${CLOUD_LIMITS.annotationsPerReport} per report)`);
  return { annotationsSent: bodies.length, annotationsOmitted: omitted };
}
