/**
 * One comment per report id per pull request. A comment is ours when the platform says we wrote
 * it (platforms/core/identity.ts): the marker only says which report it belongs to, so a comment
 * by anyone else is never edited or removed, marker or not, and one whose author cannot be told
 * apart from us yet is left alone while we post our own. Races between concurrent runs are settled
 * after the fact: after a create, every comment of ours but one is removed, whichever run gets
 * there first, and the one that stays says what this run says.
 */
import type { Logger } from '../core/logger.js';
import { CommentConflictError, type CommentQuery, type CommentRef, type PlatformApi, type PullRequestRef } from '../platforms/platform.js';
import { didNotLand, PlatformOperationError } from '../platforms/core/failure.js';
import { findMarker, markerText } from '../render/marker.js';
import type { CommentMode } from './comment-mode.js';
import { sameCommit, shortCommit } from '../core/commits.js';
import { mayHaveLanded } from './landed.js';

export type StickyOutcome = 'created' | 'updated' | 'recreated' | 'unchanged' | 'deleted' | 'not-posted' | 'skipped-stale';

/** What happened, and the comment's web page where the platform names it. */
export interface StickyResult {
  outcome: StickyOutcome;
  url?: string;
}

export interface StickyComment {
  reportId: string;
  body: string;
  /** The commit the body was rendered for. */
  commit: string;
  mode: CommentMode;
  /** The report passes: nothing needs a reviewer's attention (what the `…-on-pass` modes look at). */
  passes: boolean;
}

const CONFLICT_RETRIES = 3;

/** Our comments contain the marker's text (render/marker.ts), which a platform may filter on. */
export function commentQuery(reportId: string): CommentQuery {
  return { containing: markerText(reportId) };
}

/** `listed`: the PR's comments, when they were read already (alongside the PR itself). */
export async function upsertStickyComment(api: PlatformApi, pr: PullRequestRef, comment: StickyComment, log: Logger, listed?: Promise<CommentRef[]>): Promise<StickyResult> {
  const { reportId, body, mode, passes } = comment;
  // A run for an older commit must not overwrite what the run for the PR's head wrote (or will write).
  if (pr.headCommit && !sameCommit(pr.headCommit, comment.commit)) {
    log.info(`PR #${pr.id}: its head is now ${shortCommit(pr.headCommit)}, not ${shortCommit(comment.commit)}; leaving the comment to that run`);
    return { outcome: 'skipped-stale' };
  }

  for (let attempt = 0; ; attempt++) {
    const comments = attempt === 0 && listed ? await listed : await api.listComments(pr.id, commentQuery(reportId));
    const marked = comments.filter((c) => findMarker(c.body)?.reportId === reportId);
    const ours = marked.filter((c) => c.author === 'us').sort((a, b) => a.id - b.id);
    try {
      if (passes && mode === 'delete-on-pass') {
        for (const c of ours) await deleteIgnoringGone(api, pr.id, c, log);
        return { outcome: ours.length ? 'deleted' : 'not-posted' };
      }
      const [keep, ...extra] = ours;
      if (keep === undefined) {
        if (passes && mode === 'off-on-pass') return { outcome: 'not-posted' };
        const unconfirmed = marked.filter((c) => c.author === 'unknown');
        // Already saying exactly this: nothing would change, whoever wrote it.
        const same = unconfirmed.find((c) => c.body === body);
        if (same) return { outcome: 'unchanged', ...page(same) };
        if (marked.length) log.info(`PR #${pr.id}: ${marked.length === 1 ? 'a comment carries' : `${marked.length} comments carry`} this report's marker but ${api.displayName} does not show it was written by these credentials; leaving ${marked.length === 1 ? 'it' : 'them'} alone and posting our own`);
        const { created, listed: after } = await createVerified(api, pr.id, comment, comments);
        const settled = await settleAfterCreate(api, pr.id, comment, created, log, after);
        // An older comment of ours, unrecognised until the new one named us, keeps its place.
        return { outcome: settled.kept.id === created.id ? 'created' : settled.rewritten ? 'updated' : 'unchanged', ...page(settled.kept) };
      }
      if (mode === 'recreate' && keep.body !== body) {
        const { created } = await createVerified(api, pr.id, comment, comments);
        for (const old of ours) await deleteIgnoringGone(api, pr.id, old, log);
        return { outcome: 'recreated', ...page((await settleAfterCreate(api, pr.id, comment, created, log)).kept) };
      }
      for (const duplicate of extra) await deleteIgnoringGone(api, pr.id, duplicate, log);
      if (keep.body === body) return { outcome: 'unchanged', ...page(keep) };
      return { outcome: 'updated', ...page(await api.updateComment(pr.id, keep, body)) };
    } catch (error) {
      if (!(error instanceof CommentConflictError) || attempt >= CONFLICT_RETRIES) throw error;
      log.debug(`PR #${pr.id}: comment changed while we wrote it; reading it again`);
    }
  }
}

function page(comment: CommentRef): { url?: string } {
  return comment.url ? { url: comment.url } : {};
}

/**
 * After a create, with the author of the new comment now known: one comment of ours stays. In
 * place (`update`) the oldest, which a concurrent run or an earlier run we could not recognise
 * before wrote; at the bottom (`recreate`) the newest. Every run picks the same one. The one that
 * stays is given this run's body, so an older comment never survives with what an earlier run said.
 */
async function settleAfterCreate(
  api: PlatformApi,
  pullRequest: number,
  comment: StickyComment,
  created: CommentRef,
  log: Logger,
  listed?: CommentRef[],
): Promise<{ kept: CommentRef; rewritten: boolean }> {
  const ours = (listed ?? (await listRecent(api, pullRequest, comment.reportId)))
    .filter((c) => c.author === 'us' && findMarker(c.body)?.reportId === comment.reportId)
    .sort((a, b) => a.id - b.id);
  const keep = (comment.mode === 'recreate' ? ours[ours.length - 1] : ours[0]) ?? created;
  for (const duplicate of ours) if (duplicate.id !== keep.id) await deleteIgnoringGone(api, pullRequest, duplicate, log);
  if (keep.body === comment.body) return { kept: keep, rewritten: false };
  return { kept: await api.updateComment(pullRequest, keep, comment.body), rewritten: true };
}

function listRecent(api: PlatformApi, pullRequest: number, reportId: string): Promise<CommentRef[]> {
  return api.listComments(pullRequest, { ...commentQuery(reportId), recent: true });
}

/**
 * Creates the comment. When the create failed after it was sent (a reset, a gateway's 502), one
 * read says whether it landed: a comment not among those read before, with exactly this body and
 * not someone else's, is taken as created (or a concurrent run's, which settling sorts out), so
 * the run neither fails on a comment that is there nor posts it twice. `listed`: that read.
 */
async function createVerified(api: PlatformApi, pullRequest: number, comment: StickyComment, before: readonly CommentRef[]): Promise<{ created: CommentRef; listed?: CommentRef[] }> {
  try {
    return { created: await api.createComment(pullRequest, comment.body) };
  } catch (error) {
    if (!mayHaveLanded(error)) throw error;
    const listed = await listRecent(api, pullRequest, comment.reportId);
    const seen = new Set(before.map((c) => c.id));
    const landed = listed.filter((c) => !seen.has(c.id) && c.author !== 'other' && c.body === comment.body).sort((a, b) => a.id - b.id)[0];
    if (landed) return { created: landed, listed };
    throw error instanceof PlatformOperationError ? didNotLand(error, 'the comments read back do not hold it') : error;
  }
}

async function deleteIgnoringGone(api: PlatformApi, pullRequest: number, comment: CommentRef, log: Logger): Promise<void> {
  try {
    await api.deleteComment(pullRequest, comment);
    log.debug(`PR #${pullRequest}: removed comment ${comment.id}`);
  } catch (error) {
    // The other run may have removed it first; a conflict means it changed, which is not ours to fight over.
    if (error instanceof CommentConflictError) return;
    throw error;
  }
}
