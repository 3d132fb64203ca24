/**
 * The pull request's general comments. Which are ours is decided by author uuid (identity.ts);
 * the marker only says which report a comment belongs to.
 */
import { HttpError, type HttpRequest } from '../../http/index.js';
import { findMarker } from '../../render/marker.js';
import { explain, isNotFound } from '../core/failure.js';
import { authorship, type SelfIdentity } from '../core/identity.js';
import { CommentConflictError, type CommentQuery, type CommentRef } from '../platform.js';
import { HINTS, type CloudContext } from './context.js';
import { readAllPages } from './pages.js';
import { queryString, type WireComment } from './wire.js';

const PAGE_LEN = 100;

const AUTHOR_ONLY = {
  ...HINTS.writeComments,
  permission: `${HINTS.writeComments.permission}, or the comment was written by another user (only its author may change it)`,
};

export async function listComments(ctx: CloudContext, identity: SelfIdentity, pullRequest: number, query?: CommentQuery): Promise<CommentRef[]> {
  const values = await readComments(ctx, pullRequest, query);
  // Deleted comments stay listed (flagged); inline ones belong to a file, never to the report.
  const general = values.filter((c) => !c.deleted && !c.inline).sort((a, b) => a.id - b.id);
  // Who we are matters only when some comment carries a marker: no identity request otherwise.
  const me = general.some((c) => findMarker(c.content?.raw ?? '') !== undefined) ? await identity.resolve() : identity.known;
  return general.map((c) => ({ id: c.id, body: c.content?.raw ?? '', author: authorship(c.user?.uuid, me) }));
}

/**
 * With a query, only the comments containing its text: the list "supports filtering and sorting"
 * (bitbucket-cloud spec, pullrequest comments; api-contracts.md §1.1, `~` is "contains"), so one
 * page instead of every page of a long discussion. A server that refuses the filter (400) gets the
 * plain list; the caller judges every comment either way.
 */
async function readComments(ctx: CloudContext, pullRequest: number, query: CommentQuery | undefined): Promise<WireComment[]> {
  const plain: HttpRequest = { method: 'GET', url: commentsUrl(ctx, pullRequest), query: { pagelen: PAGE_LEN } };
  const doing = `list the comments of pull request #${pullRequest}`;
  if (query && !ctx.commentFilter.refused) {
    try {
      return await readAllPages<WireComment>(ctx.http, { ...plain, query: { ...plain.query, q: `content.raw ~ ${queryString(query.containing)}` } });
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 400)) throw explain(error, doing, HINTS.readPullRequests);
      ctx.commentFilter.refused = true;
      ctx.log.debug(`Bitbucket Cloud: the comment filter was refused (400); listing every comment of pull request #${pullRequest}`);
    }
  }
  try {
    return await readAllPages<WireComment>(ctx.http, plain);
  } catch (error) {
    throw explain(error, doing, HINTS.readPullRequests);
  }
}

export async function createComment(ctx: CloudContext, identity: SelfIdentity, pullRequest: number, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment>({ method: 'POST', url: commentsUrl(ctx, pullRequest), body: { content: { raw: body } }, expect: [201] });
    identity.learn(res.body.user?.uuid);
    return { id: res.body.id, body: res.body.content?.raw ?? body, author: 'us' };
  } catch (error) {
    throw explain(error, `comment on pull request #${pullRequest}`, HINTS.writeComments);
  }
}

export async function updateComment(ctx: CloudContext, identity: SelfIdentity, pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment | undefined>({ method: 'PUT', url: `${commentsUrl(ctx, pullRequest)}/${comment.id}`, body: { content: { raw: body } } });
    identity.learn(res.body?.user?.uuid);
    return { id: comment.id, body: res.body?.content?.raw ?? body, author: 'us' };
  } catch (error) {
    // Removed since we listed it (by a person, or a concurrent run): the publisher reads again and creates one.
    if (isNotFound(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} was removed while it was being updated`);
    throw explain(error, `update comment ${comment.id} on pull request #${pullRequest}`, AUTHOR_ONLY);
  }
}

export async function deleteComment(ctx: CloudContext, pullRequest: number, comment: CommentRef): Promise<void> {
  try {
    await ctx.http.request({ method: 'DELETE', url: `${commentsUrl(ctx, pullRequest)}/${comment.id}` });
  } catch (error) {
    // Already gone: a concurrent run removed the same duplicate first.
    if (isNotFound(error)) return;
    throw explain(error, `delete comment ${comment.id} on pull request #${pullRequest}`, AUTHOR_ONLY);
  }
}

function commentsUrl(ctx: CloudContext, pullRequest: number): string {
  return `${ctx.repo}/pullrequests/${pullRequest}/comments`;
}
