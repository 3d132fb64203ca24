/**
 * Code Insights: one report per key and commit, replaced whole on every run. Putting a report
 * keeps its old annotations and the server never de-duplicates them, so they are deleted while
 * the report is put, and the new ones are posted after both settle — in one request, since a
 * request past the per-report cap is refused whole.
 */
import { HttpError } from '../../http/index.js';
import { isRecord } from '../../core/records.js';
import { isNotFound } from '../core/failure.js';
import type { ReportResult } from '../platform.js';
import type { InsightDecoration } from '../../render/decorations.js';
import type { DcClient } from './client.js';
import { failed, REPO_READ, repositoryNotFound } from './failure.js';
import { fullCommit, insightPlan, reportKey } from './wire.js';

export async function publishInsight(client: DcClient, commit: string, reportId: string, insight: InsightDecoration): Promise<ReportResult> {
  const sha = fullCommit(commit, 'a Code Insights report');
  const key = reportKey(reportId);
  const plan = insightPlan(reportId, insight);
  const reportUrl = `${client.insightsOf(sha)}/reports/${encodeURIComponent(key)}`;
  const about = `Code Insights report "${key}" on ${sha.slice(0, 12)} in ${client.where}`;
  const notFound =
    `${repositoryNotFound(client)}; Code Insights also need Bitbucket Data Center 5.15 or later, and the commit must be in the repository`;
  // Only the user who created a report may replace it or add annotations to it.
  const permission = `${REPO_READ}, or are not the user that created this report (another user's report with this key cannot be replaced: change REPORT_ID)`;

  if (plan.omitted > 0) client.log.warn(`${about}: ${plan.omitted} lower-severity annotations left out (Bitbucket Data Center keeps at most ${plan.annotations.length} per report)`);

  const [put, cleared] = await Promise.allSettled([
    client.request({ method: 'PUT', url: reportUrl, body: plan.report }),
    client.request({ method: 'DELETE', url: `${reportUrl}/annotations` }),
  ]);
  if (put.status === 'rejected') throw failed(put.reason, `publish the ${about}`, { permission, notFound });
  // 404: there was no report yet, so there were no annotations either.
  if (cleared.status === 'rejected' && !isNotFound(cleared.reason)) {
    throw failed(cleared.reason, `remove the previous annotations of the ${about}`, { permission, notFound });
  }

  if (plan.annotations.length > 0) {
    try {
      await client.request({ method: 'POST', url: `${reportUrl}/annotations`, body: { annotations: plan.annotations } });
    } catch (error) {
      const standing = await concurrentSet(client, reportUrl, error);
      if (standing === undefined) throw failed(error, `add ${plan.annotations.length} annotations to the ${about}`, { permission, notFound });
      client.log.info(`${about}: another run of this commit added its ${standing} annotations first; they stand, and this run's are not added to them`);
      return { annotationsSent: 0, annotationsOmitted: plan.omitted, note: `another run's ${standing} annotations stand` };
    }
  }
  return { annotationsSent: plan.annotations.length, annotationsOmitted: plan.omitted };
}

/**
 * A request that would take the report past its cap is refused whole (api-contracts.md §2.4). Our
 * plan fits the cap and the report's annotations were cleared, so a refusal with annotations in
 * the report means a concurrent run of the commit posted its set between our clear and our post:
 * adding ours would double them, so its set stands. Undefined when that is not what happened.
 */
async function concurrentSet(client: DcClient, reportUrl: string, error: unknown): Promise<number | undefined> {
  if (!(error instanceof HttpError && error.status === 400)) return undefined;
  try {
    const { body } = await client.request<unknown>({ method: 'GET', url: `${reportUrl}/annotations` });
    const count = isRecord(body) && Array.isArray(body.annotations) ? body.annotations.length : 0;
    return count > 0 ? count : undefined;
  } catch {
    return undefined;
  }
}
