/**
 * Bitbucket Data Center pull request, commit→PR, comment and activity endpoints
 * (api-contracts.md §2.2, §2.3): optimistic locking on comment `version`, general comments listed
 * only through `/activities`, `/comments` without `path` refused like the real server.
 */
import { Rejection, type FakeRequest, type Reply } from '../fake-server.js';
import type { Params } from '../router.js';
import { DC_PERMISSIONS, type DcComment, type DcIdentity, type DcPermission, type DcPullRequest, type DcRepository, type DcState } from './state.js';
import { activityJson, commentJson, dcError, EXCEPTIONS, pullRequestJson } from './wire.js';
import { dcPage, PageError, type DcPageOptions } from '../pagination.js';
import { isRecord } from '../insight-data.js';

export interface DcSettings extends DcPageOptions {
  readonly contextPath: string;
  readonly legacyBuildStatusOnly: boolean;
  readonly maxAnnotationsPerReport: number;
}

export interface DcContext {
  readonly req: FakeRequest;
  readonly params: Params;
  readonly state: DcState;
  readonly identity: DcIdentity;
  /** Present for routes under `/projects/{projectKey}/repos/{repositorySlug}`. */
  readonly repo: DcRepository | undefined;
  readonly settings: DcSettings;
  /** Base URL including the context path, as the client addressed it. */
  readonly base: string;
}

export type DcHandler = (ctx: DcContext) => Reply;

export interface DcRoute {
  readonly method: string;
  /** Below the context path; `latest` stands for `1.0` too. */
  readonly template: string;
  readonly name: string;
  /** The least permission the spec asks for. */
  readonly permission: DcPermission;
  readonly handler: DcHandler;
}

/** Text must be non-empty and shorter than this (observed 400, api-contracts.md §2.3). */
export const DC_COMMENT_TEXT_LIMIT = 32768;

const API = '/rest/api/latest/projects/{projectKey}/repos/{repositorySlug}';
const PR = `${API}/pull-requests/{pullRequestId}`;

export const PULL_REQUEST_ROUTES: readonly DcRoute[] = [
  { method: 'GET', template: `${API}/pull-requests`, name: 'pull-requests.list', permission: 'REPO_READ', handler: listPullRequests },
  { method: 'GET', template: PR, name: 'pull-requests.get', permission: 'REPO_READ', handler: getPullRequest },
  { method: 'GET', template: `${API}/commits/{commitId}/pull-requests`, name: 'commit.pull-requests', permission: 'REPO_READ', handler: commitPullRequests },
  { method: 'GET', template: `${PR}/activities`, name: 'activities.list', permission: 'REPO_READ', handler: listActivities },
  { method: 'GET', template: `${PR}/comments`, name: 'comments.list', permission: 'REPO_READ', handler: listFileComments },
  { method: 'POST', template: `${PR}/comments`, name: 'comments.create', permission: 'REPO_READ', handler: createComment },
  { method: 'GET', template: `${PR}/comments/{commentId}`, name: 'comments.get', permission: 'REPO_READ', handler: getComment },
  { method: 'PUT', template: `${PR}/comments/{commentId}`, name: 'comments.update', permission: 'REPO_READ', handler: updateComment },
  { method: 'DELETE', template: `${PR}/comments/{commentId}`, name: 'comments.delete', permission: 'REPO_READ', handler: deleteComment },
];

export function hasPermission(identity: DcIdentity, needed: DcPermission): boolean {
  return DC_PERMISSIONS.indexOf(identity.permission ?? 'REPO_WRITE') >= DC_PERMISSIONS.indexOf(needed);
}

export function notPermitted(message = 'You are not permitted to access this resource'): Rejection {
  return new Rejection(dcError(401, message, null, EXCEPTIONS.authorisation));
}

export function pageReply<T>(ctx: DcContext, items: readonly T[]): Reply {
  try {
    return { status: 200, body: dcPage(items, ctx.req.query, ctx.settings) };
  } catch (error) {
    if (error instanceof PageError) return dcError(400, error.message);
    throw error;
  }
}

export function repoOf(ctx: DcContext): DcRepository {
  if (!ctx.repo) throw new Error(`route without a repository: ${ctx.req.url.pathname}`);
  return ctx.repo;
}

export function bodyObject(ctx: DcContext): Record<string, unknown> {
  const body = ctx.req.body.present ? ctx.req.body.value : undefined;
  if (!isRecord(body)) throw new Rejection(dcError(400, 'The request body must be a JSON object'));
  return body;
}

function findPullRequest(ctx: DcContext): DcPullRequest {
  const id = Number(ctx.params['pullRequestId']);
  const pr = Number.isInteger(id) ? repoOf(ctx).pullRequests.get(id) : undefined;
  if (!pr) throw new Rejection(dcError(404, `Pull request ${ctx.params['pullRequestId']} does not exist in this repository.`, null, EXCEPTIONS.noSuchPullRequest));
  return pr;
}

function listPullRequests(ctx: DcContext): Reply {
  const q = ctx.req.query;
  const state = (q.get('state') ?? 'OPEN').toUpperCase();
  const direction = (q.get('direction') ?? 'INCOMING').toUpperCase();
  const order = (q.get('order') ?? 'NEWEST').toUpperCase();
  if (!['OPEN', 'DECLINED', 'MERGED', 'ALL'].includes(state)) return dcError(400, `Invalid state: ${state}`, 'state');
  if (!['INCOMING', 'OUTGOING'].includes(direction)) return dcError(400, `Invalid direction: ${direction}`, 'direction');
  const atParam = q.get('at');
  const at = atParam === null ? undefined : atParam.startsWith('refs/') ? atParam : `refs/heads/${atParam}`;
  const prs = [...repoOf(ctx).pullRequests.values()]
    .filter((pr) => state === 'ALL' || pr.state === state)
    .filter((pr) => at === undefined || `refs/heads/${direction === 'OUTGOING' ? pr.fromBranch : pr.toBranch}` === at)
    .sort((a, b) => (order === 'OLDEST' ? a.id - b.id : b.id - a.id))
    .map((pr) => pullRequestJson(ctx.base, repoOf(ctx), pr));
  return pageReply(ctx, prs);
}

function getPullRequest(ctx: DcContext): Reply {
  return { status: 200, body: pullRequestJson(ctx.base, repoOf(ctx), findPullRequest(ctx)) };
}

function commitPullRequests(ctx: DcContext): Reply {
  const sha = ctx.params['commitId']!.toLowerCase();
  const prs = [...repoOf(ctx).pullRequests.values()]
    .filter((pr) => pr.commits.some((c) => c.startsWith(sha)))
    .sort((a, b) => b.id - a.id)
    .map((pr) => pullRequestJson(ctx.base, repoOf(ctx), pr));
  return pageReply(ctx, prs);
}

function listActivities(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  const activities = [...pr.activities].reverse().flatMap((a) => activityJson(pr, a, ctx.identity.user) ?? []);
  return pageReply(ctx, activities);
}

function listFileComments(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  const path = ctx.req.query.get('path');
  // General comments are not listed here on the real server (spec quirk 7): /activities has them.
  if (!path) return dcError(400, 'A path is required to retrieve comments.', 'path');
  const comments = [...pr.comments.values()]
    .filter((c) => c.parentId === undefined && isRecord(c.anchor) && c.anchor['path'] === path)
    .map((c) => commentJson(pr, c, ctx.identity.user));
  return pageReply(ctx, comments);
}

function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '' || text.length >= DC_COMMENT_TEXT_LIMIT) {
    throw new Rejection(dcError(400, `Please enter a non-empty value less than ${DC_COMMENT_TEXT_LIMIT} characters`, 'text'));
  }
  return text;
}

function createComment(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  const body = bodyObject(ctx);
  const text = checkText(body['text']);
  const parentId = isRecord(body['parent']) ? Number(body['parent']['id']) : undefined;
  if (parentId !== undefined && !pr.comments.has(parentId)) {
    return dcError(404, `Comment ${parentId} does not exist.`, null, EXCEPTIONS.noSuchComment);
  }
  const severity = body['severity'] === 'BLOCKER' ? 'BLOCKER' : 'NORMAL';
  const comment = ctx.state.addComment(repoOf(ctx), pr.id, {
    text,
    author: ctx.identity.user,
    severity,
    ...(body['state'] === 'PENDING' ? { state: 'PENDING' as const } : {}),
    ...(parentId === undefined ? {} : { parentId }),
    ...(isRecord(body['anchor']) ? { anchor: body['anchor'] } : {}),
  });
  return { status: 201, body: commentJson(pr, comment, ctx.identity.user) };
}

function findComment(ctx: DcContext, pr: DcPullRequest): DcComment {
  const comment = pr.comments.get(Number(ctx.params['commentId']));
  if (!comment) throw new Rejection(dcError(404, `Comment ${ctx.params['commentId']} does not exist.`, null, EXCEPTIONS.noSuchComment));
  return comment;
}

function outOfDate(): Rejection {
  return new Rejection(dcError(409, 'You are attempting to modify a comment based on out-of-date information.', null, EXCEPTIONS.commentOutOfDate));
}

function getComment(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  return { status: 200, body: commentJson(pr, findComment(ctx, pr), ctx.identity.user) };
}

function updateComment(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  const comment = findComment(ctx, pr);
  const body = bodyObject(ctx);
  if (!Number.isInteger(body['version'])) return dcError(400, 'The comment version is required.', 'version');
  if (body['version'] !== comment.version) throw outOfDate();
  if (body['text'] !== undefined && body['text'] !== comment.text) {
    if (comment.author.slug !== ctx.identity.user.slug) throw notPermitted('You are not permitted to edit the text of a comment written by someone else.');
    comment.text = checkText(body['text']);
  }
  if (body['severity'] === 'NORMAL' || body['severity'] === 'BLOCKER') comment.severity = body['severity'];
  if (body['state'] === 'OPEN' || body['state'] === 'RESOLVED') comment.state = body['state'];
  comment.version += 1;
  comment.updatedDate = ctx.state.now();
  return { status: 200, body: commentJson(pr, comment, ctx.identity.user) };
}

function deleteComment(ctx: DcContext): Reply {
  const pr = findPullRequest(ctx);
  const comment = findComment(ctx, pr);
  const version = ctx.req.query.get('version');
  if (version === null || !/^\d+$/.test(version)) return dcError(400, 'The comment version is required.', 'version');
  if (comment.author.slug !== ctx.identity.user.slug && !hasPermission(ctx.identity, 'REPO_ADMIN')) {
    throw notPermitted('You are not permitted to delete a comment written by someone else.');
  }
  if (Number(version) !== comment.version) throw outOfDate();
  if (comment.replies.length > 0) return dcError(409, 'This comment has replies which must be deleted first.', null, EXCEPTIONS.commentDeletion);
  pr.comments.delete(comment.id);
  if (comment.parentId !== undefined) {
    const parent = pr.comments.get(comment.parentId);
    parent?.replies.splice(parent.replies.indexOf(comment.id), 1);
  }
  const activity = pr.activities.findIndex((a) => a.commentId === comment.id);
  if (activity >= 0) pr.activities.splice(activity, 1);
  return { status: 204 };
}
