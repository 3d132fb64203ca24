/**
 * Issue comments on pull requests (api-contracts.md §3.3): listed in ascending id order (`since`
 * filters by update time), created with 201 and `Location`, edited and deleted by anyone with
 * write access — GitHub does not restrict that to the author, so a client must check `user.login`
 * itself before it edits "its" comment. Bodies over 65536 characters are refused.
 */
import { Rejection, type Reply } from '../fake-server.js';
import { isRecord } from '../insight-data.js';
import { GITHUB_LIMITS } from './limits.js';
import { paginate } from './paging.js';
import { REPO, type GitHubContext, type GitHubRoute } from './route.js';
import type { GitHubComment } from './state.js';
import { basicError, commentJson, invalidRequest, notSupplied, validationFailed } from './wire.js';

const ISSUE_COMMENTS = `${REPO}/issues/{issue_number}/comments`;
const COMMENT = `${REPO}/issues/comments/{comment_id}`;
const DOCS = 'https://docs.github.com/rest/issues/comments';
const READ = { anyOf: ['pull-requests', 'issues'], access: 'read' } as const;
const WRITE = { anyOf: ['pull-requests', 'issues'], access: 'write' } as const;

export const COMMENT_ROUTES: readonly GitHubRoute[] = [
  { kind: 'repository', method: 'GET', template: ISSUE_COMMENTS, name: 'comments.list', docs: `${DOCS}#list-issue-comments`, permission: READ, handler: listComments },
  { kind: 'repository', method: 'POST', template: ISSUE_COMMENTS, name: 'comments.create', docs: `${DOCS}#create-an-issue-comment`, permission: WRITE, createsContent: true, handler: createComment },
  { kind: 'repository', method: 'GET', template: COMMENT, name: 'comments.get', docs: `${DOCS}#get-an-issue-comment`, permission: READ, handler: getComment },
  { kind: 'repository', method: 'PATCH', template: COMMENT, name: 'comments.update', docs: `${DOCS}#update-an-issue-comment`, permission: WRITE, handler: updateComment },
  { kind: 'repository', method: 'DELETE', template: COMMENT, name: 'comments.delete', docs: `${DOCS}#delete-an-issue-comment`, permission: WRITE, handler: deleteComment },
];

function issueNumber(ctx: GitHubContext): number {
  const number = Number(ctx.params['issue_number']);
  if (!Number.isInteger(number) || !ctx.repo.pullRequests.has(number)) throw new Rejection(basicError(404, 'Not Found', ctx.docs));
  return number;
}

function findComment(ctx: GitHubContext): GitHubComment {
  const comment = ctx.repo.comments.get(Number(ctx.params['comment_id']));
  if (!comment) throw new Rejection(basicError(404, 'Not Found', ctx.docs));
  return comment;
}

/** The body a write sends, within GitHub's limit (422 wording observed: danger/danger#424). */
function bodyOf(ctx: GitHubContext): string {
  const sent = ctx.req.body.present ? ctx.req.body.value : undefined;
  const body = isRecord(sent) ? sent['body'] : undefined;
  if (typeof body !== 'string') throw new Rejection(invalidRequest(ctx.docs, [notSupplied(['body'])]));
  if ([...body].length > GITHUB_LIMITS.commentBody) {
    throw new Rejection(validationFailed(ctx.docs, { resource: 'IssueComment', code: 'custom', field: 'body', message: `Body is too long (maximum is ${GITHUB_LIMITS.commentBody} characters)` }));
  }
  return body;
}

function listComments(ctx: GitHubContext): Reply {
  const number = issueNumber(ctx);
  const since = ctx.req.query.get('since');
  const sinceMs = since === null ? undefined : Date.parse(since);
  const comments = ctx.state.comments(ctx.repo, number).filter((c) => sinceMs === undefined || Number.isNaN(sinceMs) || Date.parse(c.updatedAt) >= sinceMs);
  const page = paginate(comments, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: page.items.map((c) => commentJson(ctx.urls, ctx.repo, c)) };
}

function createComment(ctx: GitHubContext): Reply {
  const number = issueNumber(ctx);
  const comment = ctx.state.storeComment(ctx.repo, number, bodyOf(ctx), ctx.token.account, 'NONE');
  const json = commentJson(ctx.urls, ctx.repo, comment);
  return { status: 201, headers: { location: String(json['url']) }, body: json };
}

function getComment(ctx: GitHubContext): Reply {
  return { status: 200, body: commentJson(ctx.urls, ctx.repo, findComment(ctx)) };
}

function updateComment(ctx: GitHubContext): Reply {
  const comment = findComment(ctx);
  comment.body = bodyOf(ctx);
  comment.updatedAt = ctx.state.now();
  return { status: 200, body: commentJson(ctx.urls, ctx.repo, comment) };
}

function deleteComment(ctx: GitHubContext): Reply {
  const comment = findComment(ctx);
  ctx.repo.comments.delete(comment.id);
  return { status: 204 };
}
