/**
 * The report as a check run (api-contracts.md §3.4): created completed, with the first 50
 * annotations; the rest appended by `PATCH /check-runs/{id}`, 50 at a time, a few requests at once.
 * Only GitHub Apps (Actions' GITHUB_TOKEN included) may write check runs: a personal token's 403
 * is said once, and a commit status with the same verdict takes the check run's place.
 */
import { HttpError, mapLimit } from '../../http/index.js';
import type { InsightDecoration } from '../../render/decorations.js';
import { batches } from '../core/annotations.js';
import { explain } from '../core/failure.js';
import type { ReportResult } from '../platform.js';
import { HINTS, type GitHubContext } from './context.js';
import type { GitHubIdentity } from './identity.js';
import type { StatusWriter } from './status.js';
import { checkRunPlan, GITHUB_LIMITS, statusInsteadOfCheckRun, type WireCheckRun } from './wire.js';
import { shortCommit } from '../../core/commits.js';

/**
 * All 19 PATCHes of a full report (1,000 annotations) at once: one round trip, far below GitHub's
 * 100 concurrent requests; PATCHes are not content-creating, and 19 of them stay well inside 900
 * points a minute (§3.6).
 */
const CONCURRENT_BATCHES = 20;

export async function publishCheckRun(ctx: GitHubContext, identity: GitHubIdentity, statuses: StatusWriter, commit: string, reportId: string, insight: InsightDecoration): Promise<ReportResult> {
  const plan = checkRunPlan(commit, reportId, insight);
  const where = `check run "${plan.create.name}" on ${shortCommit(commit)}`;
  let run: WireCheckRun;
  try {
    const created = ctx.http.request<WireCheckRun>({ method: 'POST', url: `${ctx.repo}/check-runs`, body: plan.create, expect: [201] });
    // The App that writes the check run is who this run comments as: the comment step may wait for it.
    identity.expectApp(created.then((res) => res.body.app?.slug ?? undefined));
    run = (await created).body;
  } catch (error) {
    if (error instanceof HttpError && error.status === 403 && (await identity.isPerson())) {
      ctx.log.warn(`GitHub: a personal access token cannot create check runs (only a GitHub App or Actions' GITHUB_TOKEN can); publishing the result as commit status "${reportId}" instead, without annotations`);
      const status = statusInsteadOfCheckRun(reportId, insight);
      await statuses.publishUnlessSent(commit, status);
      const instead = `commit status "${status.context}" (${status.state}), without annotations: a personal access token cannot create check runs`;
      return { annotationsSent: 0, annotationsOmitted: insight.annotations.length, instead };
    }
    throw explain(error, `create the ${where}`, HINTS.checks);
  }

  const { title, summary } = plan.create.output;
  try {
    await mapLimit(batches(plan.annotations, GITHUB_LIMITS.annotationsPerRequest), CONCURRENT_BATCHES, (annotations) =>
      // Each PATCH appends: repeating one after a lost answer would duplicate its annotations, so it is not retried blindly.
      ctx.http.request({ method: 'PATCH', url: `${ctx.repo}/check-runs/${run.id}`, body: { output: { title, summary, annotations } }, expect: [200] }),
    );
  } catch (error) {
    throw explain(error, `add annotations to the ${where} (the check run itself was published)`, HINTS.checks);
  }
  const sent = (plan.create.output.annotations?.length ?? 0) + plan.annotations.length;
  if (plan.omitted) ctx.log.debug(`GitHub: ${plan.omitted} annotations left out of the ${where}`);
  return { annotationsSent: sent, annotationsOmitted: plan.omitted, ...(run.html_url ? { url: run.html_url } : {}) };
}
