/**
 * Bitbucket Cloud pull request, commit→PR and comment endpoints (api-contracts.md §1.2, §1.3).
 * Handlers run after the fake has authenticated the caller, checked scopes and the request body
 * against the spec, and found the repository.
 */
import { Rejection, type Reply, type FakeRequest } from '../fake-server.js';
import type { Params } from '../router.js';
import type { CloudComment, CloudIdentity, CloudPullRequest, CloudRepository, CloudState } from './state.js';
import { cloudError, commentJson, pullRequestJson, statusJson } from './wire.js';
import { parseQuery, QueryError, type Predicate } from './query.js';
import { cloudPage, PageError, type CloudPageOptions } from '../pagination.js';
import { isRecord } from '../insight-data.js';

export interface CloudSettings extends CloudPageOptions {
  /** Unset: no limit (the platform's is undocumented); set, a longer comment gets the observed HTML 400. */
  readonly maxCommentLength?: number;
}

export interface CloudContext {
  readonly req: FakeRequest;
  readonly params: Params;
  readonly state: CloudState;
  readonly identity: CloudIdentity;
  readonly repo: CloudRepository;
  readonly settings: CloudSettings;
}

export type CloudHandler = (ctx: CloudContext) => Reply;

export interface CloudRoute {
  readonly method: string;
  /** Below `/2.0`, in the spec's notation. */
  readonly template: string;
  readonly name: string;
  /** The OAuth scope the spec's `security` names for the operation. */
  readonly scope: string;
  /** Answers in the Code Insights error shape. */
  readonly insights?: boolean;
  readonly handler: CloudHandler;
}

const REPO = '/repositories/{workspace}/{repo_slug}';
const PR = `${REPO}/pullrequests/{pull_request_id}`;

export const PULL_REQUEST_ROUTES: readonly CloudRoute[] = [
  { method: 'GET', template: `${REPO}/pullrequests`, name: 'pullrequests.list', scope: 'pullrequest', handler: listPullRequests },
  { method: 'GET', template: PR, name: 'pullrequests.get', scope: 'pullrequest', handler: getPullRequest },
  { method: 'GET', template: `${PR}/statuses`, name: 'pullrequests.statuses', scope: 'pullrequest', handler: pullRequestStatuses },
  { method: 'GET', template: `${REPO}/commit/{commit}/pullrequests`, name: 'commit.pullrequests', scope: 'pullrequest', handler: commitPullRequests },
  { method: 'GET', template: `${PR}/comments`, name: 'comments.list', scope: 'pullrequest', handler: listComments },
  { method: 'POST', template: `${PR}/comments`, name: 'comments.create', scope: 'pullrequest', handler: createComment },
  { method: 'GET', template: `${PR}/comments/{comment_id}`, name: 'comments.get', scope: 'pullrequest', handler: getComment },
  { method: 'PUT', template: `${PR}/comments/{comment_id}`, name: 'comments.update', scope: 'pullrequest', handler: updateComment },
  { method: 'DELETE', template: `${PR}/comments/{comment_id}`, name: 'comments.delete', scope: 'pullrequest', handler: deleteComment },
];

/** Runs a list through `q`, `sort` and paging; a bad `q`, `sort` or page is the platform's 400. */
export function listReply(ctx: CloudContext, items: Array<Record<string, unknown>>, filters: Predicate[] = []): Reply {
  try {
    const q = ctx.req.query.get('q');
    const all = [...filters, ...(q === null ? [] : [parseQuery(q)])];
    let values = items.filter((item) => all.every((p) => p(item)));
    const sort = ctx.req.query.get('sort');
    if (sort) values = sortBy(values, sort);
    return { status: 200, body: cloudPage(values, ctx.req.url, ctx.settings) };
  } catch (error) {
    if (error instanceof QueryError || error instanceof PageError) return cloudError(400, error.message);
    throw error;
  }
}

function sortBy(items: Array<Record<string, unknown>>, sort: string): Array<Record<string, unknown>> {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const get = (item: Record<string, unknown>) => field.split('.').reduce<unknown>((n, k) => (isRecord(n) ? n[k] : undefined), item);
  return [...items].sort((a, b) => {
    const x = get(a) as string | number;
    const y = get(b) as string | number;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
}

function listPullRequests(ctx: CloudContext): Reply {
  const states = ctx.req.query.getAll('state').map((s) => s.toUpperCase());
  const q = ctx.req.query.get('q') ?? '';
  // The platform lists OPEN ones unless told otherwise; a `state` condition in `q` is "otherwise".
  const stateFilter: Predicate[] =
    states.length > 0 ? [(pr) => states.includes(String((pr as Record<string, unknown>)['state']))] : /\bstate\b/.test(q) ? [] : [(pr) => (pr as Record<string, unknown>)['state'] === 'OPEN'];
  const prs = [...ctx.repo.pullRequests.values()].sort((a, b) => b.id - a.id).map((pr) => pullRequestJson(ctx.req.origin, ctx.repo, pr));
  return listReply(ctx, prs, stateFilter);
}

function findPullRequest(ctx: CloudContext): CloudPullRequest {
  const id = Number(ctx.params['pull_request_id']);
  const pr = Number.isInteger(id) ? ctx.repo.pullRequests.get(id) : undefined;
  if (!pr) throw new Rejection(cloudError(404, `Pull request ${ctx.params['pull_request_id']} not found`));
  return pr;
}

function getPullRequest(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  return { status: 200, body: pullRequestJson(ctx.req.origin, ctx.repo, pr) };
}

function pullRequestStatuses(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const statuses = ctx.state.statuses(ctx.repo, pr.sourceCommit).map((s) => statusJson(ctx.req.origin, ctx.repo, pr.sourceCommit, s));
  return listReply(ctx, statuses);
}

function commitPullRequests(ctx: CloudContext): Reply {
  const repo = ctx.repo;
  if (repo.commitLinks !== 'indexed') {
    if (repo.commitLinksIndexedAfter !== undefined && repo.commitLinksIndexedAfter <= 0) {
      repo.commitLinks = 'indexed';
      delete repo.commitLinksIndexedAfter;
    } else {
      if (repo.commitLinksIndexedAfter !== undefined) repo.commitLinksIndexedAfter -= 1;
      if (repo.commitLinks === 'indexing-202') return { status: 202, body: { pagelen: ctx.settings.defaultPageLen, values: [], page: 1, size: 0 } };
      return cloudError(404, 'No pull request commit links are indexed for this repository.');
    }
  }
  const sha = ctx.params['commit']!.toLowerCase();
  const prs = [...repo.pullRequests.values()]
    .filter((pr) => pr.commits.some((c) => c.startsWith(sha)))
    .sort((a, b) => b.id - a.id)
    .map((pr) => pullRequestJson(ctx.req.origin, repo, pr));
  return listReply(ctx, prs);
}

function listComments(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const comments = [...pr.comments.values()].sort((a, b) => a.id - b.id).map((c) => commentJson(ctx.req.origin, ctx.repo, pr, c));
  return listReply(ctx, comments);
}

function rawContent(ctx: CloudContext): string {
  const body = ctx.req.body.present ? ctx.req.body.value : undefined;
  const raw = isRecord(body) && isRecord(body['content']) ? body['content']['raw'] : undefined;
  if (typeof raw !== 'string') throw new Rejection(cloudError(400, 'content.raw: This field is required.', { 'content.raw': ['This field is required.'] }));
  const max = ctx.settings.maxCommentLength;
  // What the platform answered to an over-long comment (api-contracts.md §1.3, atlantis#1251).
  if (max !== undefined && raw.length > max) throw new Rejection({ status: 400, headers: { 'content-type': 'text/html' }, raw: '<h1>Bad Request (400)</h1>' });
  return raw;
}

function createComment(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const raw = rawContent(ctx);
  const body = ctx.req.body.present && isRecord(ctx.req.body.value) ? ctx.req.body.value : {};
  const parent = isRecord(body['parent']) ? body['parent']['id'] : undefined;
  if (parent !== undefined && !pr.comments.has(Number(parent))) return cloudError(404, `Parent comment ${String(parent)} not found`);
  const now = ctx.state.now();
  const comment = {
    id: ctx.state.newCommentId(),
    raw,
    user: ctx.identity.user,
    createdOn: now,
    updatedOn: now,
    deleted: false,
    ...(isRecord(body['inline']) ? { inline: body['inline'] } : {}),
    ...(parent === undefined ? {} : { parentId: Number(parent) }),
  };
  pr.comments.set(comment.id, comment);
  const json = commentJson(ctx.req.origin, ctx.repo, pr, comment);
  return { status: 201, headers: { location: String((json['links'] as { self: { href: string } }).self.href) }, body: json };
}

function findComment(ctx: CloudContext, pr: CloudPullRequest, includeDeleted: boolean): CloudComment {
  const comment = pr.comments.get(Number(ctx.params['comment_id']));
  if (!comment || (comment.deleted && !includeDeleted)) throw new Rejection(cloudError(404, `Comment ${ctx.params['comment_id']} not found`));
  return comment;
}

function getComment(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const comment = findComment(ctx, pr, true);
  return { status: 200, body: commentJson(ctx.req.origin, ctx.repo, pr, comment) };
}

function updateComment(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const comment = findComment(ctx, pr, false);
  if (comment.user.uuid !== ctx.identity.user.uuid) return cloudError(403, 'You can only edit your own comments.');
  const raw = rawContent(ctx);
  comment.raw = raw;
  comment.updatedOn = ctx.state.now();
  return { status: 200, body: commentJson(ctx.req.origin, ctx.repo, pr, comment) };
}

function deleteComment(ctx: CloudContext): Reply {
  const pr = findPullRequest(ctx);
  const comment = findComment(ctx, pr, false);
  if (comment.user.uuid !== ctx.identity.user.uuid) return cloudError(403, 'You can only delete your own comments.');
  // Deleted comments stay listed with `deleted: true`; a client must skip them when looking for its own.
  comment.deleted = true;
  comment.updatedOn = ctx.state.now();
  return { status: 204 };
}
