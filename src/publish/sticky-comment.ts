/**
 * Exactly one comment per report id per pull request, updated in place. Ours = written by our
 * identity AND carrying our marker. Races between concurrent runs are settled after the fact: the
 * oldest of our comments survives and any others are removed, whichever run gets there first.
 */
import type { Logger } from '../core/logger.js';
import { CommentConflictError, type CommentRef, type PlatformApi, type PullRequestRef } from '../platforms/platform.js';
import { findMarker } from '../render/marker.js';
import { sameCommit, shortCommit } from './commits.js';

export type StickyOutcome = 'created' | 'updated' | 'unchanged' | 'skipped-stale';

const CONFLICT_RETRIES = 3;

export async function upsertStickyComment(
  api: PlatformApi,
  pr: PullRequestRef,
  reportId: string,
  body: string,
  commit: string,
  log: Logger,
): Promise<StickyOutcome> {
  // A run for an older commit must not overwrite what the run for the PR's head wrote (or will write).
  if (pr.headCommit && !sameCommit(pr.headCommit, commit)) {
    log.info(`PR #${pr.id}: its head is now ${shortCommit(pr.headCommit)}, not ${shortCommit(commit)}; leaving the comment to that run`);
    return 'skipped-stale';
  }

  for (let attempt = 0; ; attempt++) {
    const ours = (await api.listComments(pr.id)).filter((c) => c.mine && findMarker(c.body)?.reportId === reportId);
    try {
      if (ours.length === 0) {
        await api.createComment(pr.id, body);
        await removeDuplicates(api, pr.id, reportId, log);
        return 'created';
      }
      const [keep, ...extra] = ours.sort((a, b) => a.id - b.id) as [CommentRef, ...CommentRef[]];
      for (const duplicate of extra) await deleteIgnoringGone(api, pr.id, duplicate, log);
      if (keep.body === body) return 'unchanged';
      await api.updateComment(pr.id, keep, body);
      return 'updated';
    } catch (error) {
      if (!(error instanceof CommentConflictError) || attempt >= CONFLICT_RETRIES) throw error;
      log.debug(`PR #${pr.id}: comment changed while we wrote it; reading it again`);
    }
  }
}

/** After a create: if a concurrent run created one too, keep the oldest. */
async function removeDuplicates(api: PlatformApi, pullRequest: number, reportId: string, log: Logger): Promise<void> {
  const ours = (await api.listComments(pullRequest))
    .filter((c) => c.mine && findMarker(c.body)?.reportId === reportId)
    .sort((a, b) => a.id - b.id);
  for (const duplicate of ours.slice(1)) await deleteIgnoringGone(api, pullRequest, duplicate, log);
}

async function deleteIgnoringGone(api: PlatformApi, pullRequest: number, comment: CommentRef, log: Logger): Promise<void> {
  try {
    await api.deleteComment(pullRequest, comment);
    log.debug(`PR #${pullRequest}: removed duplicate comment ${comment.id}`);
  } catch (error) {
    // The other run may have removed it first; a conflict means it changed, which is not ours to fight over.
    if (error instanceof CommentConflictError) return;
    throw error;
  }
}
