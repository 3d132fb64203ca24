/**
 * General pull request comments. Data Center lists them only through the activity stream (its
 * `/comments` resource wants a file path), where one comment can appear in several activities;
 * edits and deletes carry the comment's `version` and answer 409 when it moved on.
 */
import { HttpError } from '../../http/index.js';
import { isNotFound } from '../core/failure.js';
import { CommentConflictError, type Authorship, type CommentQuery, type CommentRef } from '../platform.js';
import type { DcClient } from './client.js';
import { failed, REPO_READ, repositoryNotFound } from './failure.js';
import { isRecord } from '../../core/records.js';
import { allPages, firstPage } from './paging.js';
import { DC_LIMITS } from './wire.js';

interface RawComment {
  id: number;
  version: number;
  text: string;
  createdDate: number;
  author: unknown;
  /** What the server lets the caller do; only a comment's author may edit its text. */
  editable: boolean | undefined;
}

export async function listComments(client: DcClient, pullRequest: number, query?: CommentQuery): Promise<CommentRef[]> {
  let activities: unknown[];
  const url = `${pullRequestPath(client, pullRequest)}/activities`;
  try {
    // The server pages its activity stream newest first (the `fromId` parameters page backwards), so
    // comments made moments ago are on the first page. Should one be missed, the next run's full
    // listing still finds it among ours.
    activities = query?.recent ? await firstPage(client, url) : await allPages(client, url);
  } catch (error) {
    throw failed(error, `read the comments of pull request #${pullRequest} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }

  const latest = new Map<number, RawComment>();
  for (const activity of activities) {
    if (!isRecord(activity) || activity.action !== 'COMMENTED' || activity.commentAnchor !== undefined) continue;
    const comment = generalComment(activity.comment);
    if (!comment) continue;
    const seen = latest.get(comment.id);
    if (!seen || comment.version > seen.version) latest.set(comment.id, comment);
  }
  const comments = [...latest.values()].sort((a, b) => a.createdDate - b.createdDate || a.id - b.id);
  return comments.map((c) => ({ id: c.id, body: c.text, revision: c.version, author: authorOf(client, c) }));
}

export async function createComment(client: DcClient, pullRequest: number, body: string): Promise<CommentRef> {
  checkText(body);
  const doing = `add a comment to pull request #${pullRequest} in ${client.where}`;
  try {
    const res = await client.request<unknown>({ method: 'POST', url: `${pullRequestPath(client, pullRequest)}/comments`, body: { text: body } });
    const created = anyComment(res.body);
    if (!created) throw new Error('the answer is not a comment');
    client.identity.learn(created.author);
    return { id: created.id, body: created.text, revision: created.version, author: 'us' };
  } catch (error) {
    throw failed(error, doing, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}

export async function updateComment(client: DcClient, pullRequest: number, comment: CommentRef, body: string): Promise<CommentRef> {
  checkText(body);
  let version = comment.revision;
  try {
    version ??= await currentVersion(client, pullRequest, comment.id);
    const res = await client.request<unknown>({ method: 'PUT', url: commentPath(client, pullRequest, comment.id), body: { text: body, version } });
    return { id: comment.id, body, revision: anyComment(res.body)?.version ?? version + 1, author: 'us' };
  } catch (error) {
    // Gone since we read it counts as changed: the publisher reads again and creates a new one.
    if (isConflict(error) || isNotFound(error)) {
      throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} changed since it was read (version ${version ?? 'unknown'})`, { cause: error });
    }
    throw failed(error, `update comment ${comment.id} on pull request #${pullRequest} in ${client.where}`, {
      permission: `${REPO_READ}, or are not the comment's author (only the author may edit its text)`,
      notFound: repositoryNotFound(client),
    });
  }
}

export async function deleteComment(client: DcClient, pullRequest: number, comment: CommentRef): Promise<void> {
  try {
    const version = comment.revision ?? (await currentVersion(client, pullRequest, comment.id));
    await client.request({ method: 'DELETE', url: commentPath(client, pullRequest, comment.id), query: { version } });
  } catch (error) {
    if (isNotFound(error)) return;
    // Stale version, or replies keep it: either way it is no longer ours to remove blindly.
    if (isConflict(error)) throw new CommentConflictError(`comment ${comment.id} on pull request #${pullRequest} changed since it was read, or has replies`, { cause: error });
    throw failed(error, `remove comment ${comment.id} from pull request #${pullRequest} in ${client.where}`, {
      permission: `${REPO_READ} (REPO_ADMIN to remove someone else's comment)`,
      notFound: repositoryNotFound(client),
    });
  }
}

/** Errors are left to the caller, who knows what a 404 means for it. */
async function currentVersion(client: DcClient, pullRequest: number, id: number): Promise<number> {
  const res = await client.request<unknown>({ method: 'GET', url: commentPath(client, pullRequest, id) });
  const current = anyComment(res.body);
  if (!current) throw new Error(`the answer to GET comment ${id} is not a comment`);
  return current.version;
}

/**
 * Ours: written by the user the server says we are. When it has not said (no X-AUSERNAME), the
 * server's own verdict on who may edit the comment's text stands in: only its author may
 * (api-contracts.md §2.3). Without either we do not know, and the publisher leaves it alone.
 */
function authorOf(client: DcClient, comment: RawComment): Authorship {
  const byName = client.identity.authorship(comment.author);
  if (byName !== 'unknown' || comment.editable === undefined) return byName;
  return comment.editable ? 'us' : 'other';
}

/** A top-level comment on the pull request: not on a file or line, not a reply. */
function generalComment(raw: unknown): RawComment | undefined {
  if (!isRecord(raw) || raw.anchor !== undefined || raw.anchored === true || raw.parent !== undefined) return undefined;
  return anyComment(raw);
}

function anyComment(raw: unknown): RawComment | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'number' || typeof raw.text !== 'string') return undefined;
  const operations = isRecord(raw.permittedOperations) ? raw.permittedOperations : undefined;
  return {
    id: raw.id,
    version: typeof raw.version === 'number' ? raw.version : 0,
    text: raw.text,
    createdDate: typeof raw.createdDate === 'number' ? raw.createdDate : 0,
    author: raw.author,
    editable: typeof operations?.editable === 'boolean' ? operations.editable : undefined,
  };
}

function checkText(body: string): void {
  // Cutting here would cut off the marker at the end, and the next run would post a duplicate.
  if (body.trim() === '' || body.length > DC_LIMITS.comment) {
    throw new Error(`the comment is ${body.length} characters; Bitbucket Data Center accepts 1 to ${DC_LIMITS.comment}`);
  }
}

function isConflict(error: unknown): boolean {
  return error instanceof HttpError && error.status === 409;
}

function pullRequestPath(client: DcClient, pullRequest: number): string {
  return `${client.repoApi}/pull-requests/${pullRequest}`;
}

function commentPath(client: DcClient, pullRequest: number, id: number): string {
  return `${pullRequestPath(client, pullRequest)}/comments/${id}`;
}
