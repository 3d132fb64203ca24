/**
 * Code Insights: one report per key and commit, replaced whole on every run. Putting a report
 * keeps its old annotations and the server never de-duplicates them, so they are deleted while
 * the report is put, and the new ones are posted after both settle — in one request, since a
 * request past the per-report cap is refused whole.
 */
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
      throw failed(error, `add ${plan.annotations.length} annotations to the ${about}`, { permission, notFound });
    }
  }
  return { annotationsSent: plan.annotations.length, annotationsOmitted: plan.omitted };
}
