/**
 * Code Insights: one report per key and commit, replaced whole on every run. Putting a report
 * keeps its old annotations and the server never de-duplicates them, so they are read while the
 * report is put: the very annotations this run has (a re-run of an unchanged commit) are left as
 * they are; others are deleted, and the new ones posted in one request, since a request past the
 * per-report cap is refused whole, then read back once, so that concurrent runs of the commit end
 * with exactly one run's set (annotation-sets.ts).
 */
import { HttpError } from '../../http/index.js';
import { didNotLand, isNotFound } from '../core/failure.js';
import type { ReportResult } from '../platform.js';
import type { InsightDecoration } from '../../render/decorations.js';
import { deletions, holdsExactly, keptToken, listed, runToken, setsByToken, withToken } from './annotation-sets.js';
import type { DcClient } from './client.js';
import { failed, REPO_READ, repositoryNotFound } from './failure.js';
import { fullCommit, insightPlan, reportKey } from './wire.js';
import { shortCommit } from '../../core/commits.js';

export async function publishInsight(client: DcClient, commit: string, reportId: string, insight: InsightDecoration): Promise<ReportResult> {
  const sha = fullCommit(commit, 'a Code Insights report');
  const key = reportKey(reportId);
  const plan = insightPlan(reportId, insight);
  const reportUrl = `${client.insightsOf(sha)}/reports/${encodeURIComponent(key)}`;
  const about = `Code Insights report "${key}" on ${shortCommit(sha)} in ${client.where}`;
  const notFound =
    `${repositoryNotFound(client)}; Code Insights also need Bitbucket Data Center 5.15 or later, and the commit must be in the repository`;
  // Only the user who created a report may replace it or add annotations to it.
  const permission = `${REPO_READ}, or are not the user that created this report (another user's report with this key cannot be replaced: change REPORT_ID)`;

  if (plan.omitted > 0) client.log.warn(`${about}: ${plan.omitted} lower-severity annotations left out (Bitbucket Data Center keeps at most ${plan.annotations.length} per report)`);

  // The read goes with the put: on a re-run of an unchanged commit it is all there is to do.
  const [put, before] = await Promise.allSettled([
    client.request({ method: 'PUT', url: reportUrl, body: plan.report }),
    client.request<unknown>({ method: 'GET', url: `${reportUrl}/annotations` }),
  ]);
  if (put.status === 'rejected') throw failed(put.reason, `publish the ${about}`, { permission, notFound });
  // 404: there was no report yet, so no annotations either. A read that failed otherwise says
  // nothing, so the report is cleared as if it held some.
  const held = before.status === 'fulfilled' ? before.value.body : isNotFound(before.reason) ? { annotations: [] } : undefined;
  if (held === undefined && before.status === 'rejected') {
    client.log.debug(`${about}: reading its annotations failed (${before.reason instanceof Error ? before.reason.message : String(before.reason)}); clearing them before posting`);
  }
  if (held !== undefined && holdsExactly(held, plan.annotations)) {
    const note = plan.annotations.length > 0 ? 'already there from an earlier run of this commit, not sent again' : undefined;
    return { annotationsSent: plan.annotations.length, annotationsOmitted: plan.omitted, ...(note ? { note } : {}) };
  }
  if (held === undefined || listed(held).length > 0) {
    try {
      await client.request({ method: 'DELETE', url: `${reportUrl}/annotations` });
    } catch (error) {
      if (!isNotFound(error)) throw failed(error, `remove the previous annotations of the ${about}`, { permission, notFound });
    }
  }

  if (plan.annotations.length === 0) return { annotationsSent: 0, annotationsOmitted: plan.omitted };
  const token = runToken();
  const annotations = plan.annotations.map((a) => ({ ...a, externalId: withToken(a.externalId, token) }));
  const adding = `add ${annotations.length} annotations to the ${about}`;
  let refused: unknown;
  try {
    await client.request({ method: 'POST', url: `${reportUrl}/annotations`, body: { annotations } });
  } catch (error) {
    refused = error;
  }

  // One read after the post, always (annotation-sets.ts says why): which runs' sets are in.
  let sets: Map<string, string[]>;
  try {
    sets = setsByToken((await client.request<unknown>({ method: 'GET', url: `${reportUrl}/annotations` })).body);
  } catch (error) {
    if (refused !== undefined) throw failed(refused, adding, { permission, notFound });
    client.log.warn(`${about}: the annotations were added, but reading them back to check for a concurrent run's failed (${error instanceof Error ? error.message : String(error)}); if another run of this commit ran at the same time, its annotations may be there too until the next run`);
    return { annotationsSent: annotations.length, annotationsOmitted: plan.omitted };
  }
  if (refused !== undefined && sets.has(token)) {
    client.log.info(`${about}: the request to add the annotations failed after it was sent, but they are in the report`);
  } else if (refused !== undefined) {
    // Past the cap a request is refused whole (§2.4): ours fit it and the report was cleared, so a
    // refusal with a set in the report means a concurrent run's came in between; it stands.
    const concurrent = refused instanceof HttpError && refused.status === 400 && sets.size > 0;
    const error = failed(refused, adding, { permission, notFound });
    if (!concurrent) throw error.mayHaveLanded ? didNotLand(error, 'the report does not hold them') : error;
  }

  const kept = keptToken(sets);
  const removals = kept === undefined ? [] : deletions(sets, kept);
  const removed = await Promise.allSettled(removals.map((externalId) => client.request({ method: 'DELETE', url: `${reportUrl}/annotations`, query: { externalId } })));
  const removing = removed.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !isNotFound(r.reason));
  if (removing) throw failed(removing.reason, `remove a concurrent run's annotations from the ${about}`, { permission, notFound });
  // Nothing kept: a later run cleared ours and is posting its own.
  if (kept === undefined || kept === token) return { annotationsSent: annotations.length, annotationsOmitted: plan.omitted };

  const standing = sets.get(kept)?.length ?? 0;
  client.log.info(`${about}: another run of this commit added its ${standing} annotations too; they stand, and this run's are not kept beside them`);
  return { annotationsSent: 0, annotationsOmitted: plan.omitted, note: `another run's ${standing} annotations stand` };
}
