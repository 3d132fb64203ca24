/**
 * The pull request's conversation comments (issue comments, api-contracts.md §3.3). Ours are those
 * written by our login (identity.ts): a comment by anyone else is never ours, even when it quotes
 * our marker, and while GitHub has not named our login no marked comment is.
 *
 * The list cannot be filtered by text, but it can by time (`since`: "only results last updated
 * after the given time", in GitHub's description of the operation). The check for a concurrent
 * run's comment right after a create asks only for what changed since the full list was read,
 * as a concurrent comment we did not see then must have changed after it; the marked comments of
 * the full list are added back, since one we could not yet tell was ours (before GitHub named our
 * login) may be an earlier run's, and older.
 */
import { findMarker } from '../../render/marker.js';
import { explain, isNotFound } from '../core/failure.js';
import { authorship } from '../core/identity.js';
import { CommentConflictError, type CommentQuery, type CommentRef } from '../platform.js';
import { HINTS, type GitHubContext } from './context.js';
import type { GitHubIdentity } from './identity.js';
import { listAllPages } from './pages.js';
import type { WireComment } from './wire.js';

/** A comment listed late at a busy server, or the second GitHub's `Date` does not show, is still inside this. */
const SINCE_MARGIN_MS = 60_000;

/** Each pull request's last full list: when GitHub answered it, and its comments that carry a marker. */
export type FullLists = Map<number, { at: Date; marked: WireComment[] }>;

export async function listComments(ctx: GitHubContext, identity: GitHubIdentity, fullLists: FullLists, pullRequest: number, query?: CommentQuery): Promise<CommentRef[]> {
  const full = query?.recent ? fullLists.get(pullRequest) : undefined;
  const since = full && new Date(full.at.getTime() - SINCE_MARGIN_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let values: WireComment[];
  try {
    const listed = await listAllPages<WireComment>(ctx.http, { method: 'GET', url: `${ctx.repo}/issues/${pullRequest}/comments`, ...(since ? { query: { since } } : {}) });
    values = listed.values;
    if (!since && listed.at) fullLists.set(pullRequest, { at: listed.at, marked: values.filter((c) => findMarker(c.body ?? '') !== undefined) });
  } catch (error) {
    throw explain(error, `list the comments of pull request #${pullRequest}`, HINTS.readPullRequests);
  }
  // GitHub lists in ascending id order; sorted again so a reordering server cannot change which
  // survives, and once each: pages read at once may overlap when a comment comes in between, and
  // a marked comment of the full list is there again if it changed since.
  const byId = new Map([...(full?.marked ?? []), ...values].map((c) => [c.id, c]));
  const comments = [...byId.values()].sort((a, b) => a.id - b.id);
  // Who we are matters only when some comment carries a marker: no identity request otherwise.
  const me = comments.some((c) => findMarker(c.body ?? '') !== undefined) ? await identity.login() : undefined;
  return comments.map((c) => ({ id: c.id, body: c.body ?? '', author: authorship(c.user?.login, me), ...webPage(c.html_url) }));
}

export async function createComment(ctx: GitHubContext, identity: GitHubIdentity, pullRequest: number, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment>({ method: 'POST', url: `${ctx.repo}/issues/${pullRequest}/comments`, body: { body }, expect: [201] });
    identity.learn(res.body);
    return { id: res.body.id, body: res.body.body ?? body, author: 'us', ...webPage(res.body.html_url) };
  } catch (error) {
    throw explain(error, `comment on pull request #${pullRequest}`, HINTS.writeComments);
  }
}

export async function updateComment(ctx: GitHubContext, pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment | undefined>({ method: 'PATCH', url: commentUrl(ctx, comment), body: { body }, expect: [200] });
    return { id: comment.id, body: res.body?.body ?? body, author: 'us', ...webPage(res.body?.html_url ?? comment.url) };
  } catch (error) {
    // Removed since we listed it (by a person, or a concurrent run): the publisher reads again and creates one.
    if (isNotFound(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} was removed while it was being updated`);
    throw explain(error, `update comment ${comment.id} on pull request #${pullRequest}`, HINTS.writeComments);
  }
}

export async function deleteComment(ctx: GitHubContext, pullRequest: number, comment: CommentRef): Promise<void> {
  try {
    await ctx.http.request({ method: 'DELETE', url: commentUrl(ctx, comment), expect: [204] });
  } catch (error) {
    // Already gone: a concurrent run removed the same duplicate first.
    if (isNotFound(error)) return;
    throw explain(error, `delete comment ${comment.id} on pull request #${pullRequest}`, HINTS.writeComments);
  }
}

function webPage(url: string | undefined): { url?: string } {
  return url ? { url } : {};
}

function commentUrl(ctx: GitHubContext, comment: CommentRef): string {
  return `${ctx.repo}/issues/comments/${comment.id}`;
}
