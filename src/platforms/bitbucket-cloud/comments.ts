/** The pull request's general comments; which of them are ours is decided with CloudIdentity. */
import { CommentConflictError, type CommentRef } from '../platform.js';
import { explain, isNotFound } from '../core/failure.js';
import { findMarker } from '../../render/marker.js';
import { HINTS, type CloudContext } from './context.js';
import type { CloudIdentity } from './identity.js';
import { readAllPages } from './pages.js';
import type { WireComment } from './wire.js';

const PAGE_LEN = 100;

/** When GET /user was refused, a marked comment by someone else can pass for ours until we create one. */
const AUTHOR_ONLY = {
  ...HINTS.writeComments,
  permission: `${HINTS.writeComments.permission}, or the comment was written by another user (only its author may change it)`,
};

export async function listComments(ctx: CloudContext, identity: CloudIdentity, pullRequest: number): Promise<CommentRef[]> {
  let values: WireComment[];
  try {
    values = await readAllPages<WireComment>(ctx.http, { method: 'GET', url: commentsUrl(ctx, pullRequest), query: { pagelen: PAGE_LEN } });
  } catch (error) {
    throw explain(error, `list the comments of pull request #${pullRequest}`, HINTS.readPullRequests);
  }
  // Deleted comments stay listed (flagged); inline ones belong to a file, never to the report.
  const general = values.filter((c) => !c.deleted && !c.inline).sort((a, b) => a.id - b.id);
  const marked = general.some((c) => findMarker(c.content?.raw ?? '') !== undefined);
  const me = marked ? await identity.uuid() : undefined;
  return general.map((c) => {
    const body = c.content?.raw ?? '';
    return { id: c.id, body, mine: me ? c.user?.uuid === me : marked && findMarker(body) !== undefined };
  });
}

export async function createComment(ctx: CloudContext, identity: CloudIdentity, pullRequest: number, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment>({ method: 'POST', url: commentsUrl(ctx, pullRequest), body: { content: { raw: body } }, expect: [201] });
    identity.learn(res.body.user?.uuid);
    return { id: res.body.id, body: res.body.content?.raw ?? body, mine: true };
  } catch (error) {
    throw explain(error, `comment on pull request #${pullRequest}`, HINTS.writeComments);
  }
}

export async function updateComment(ctx: CloudContext, pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef> {
  try {
    const res = await ctx.http.request<WireComment>({ method: 'PUT', url: `${commentsUrl(ctx, pullRequest)}/${comment.id}`, body: { content: { raw: body } } });
    return { id: comment.id, body: res.body?.content?.raw ?? body, mine: true };
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
