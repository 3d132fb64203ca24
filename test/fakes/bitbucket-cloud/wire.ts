/**
 * Bitbucket Cloud's JSON for the fake's state, including the platform's own habits a client must
 * cope with: PR commit hashes abbreviated to 12 characters, `type` on every object, two error
 * shapes (the general `{type:"error", error:{…}}` and Code Insights' `{key, message, arguments}`).
 */
import type { Reply } from '../fake-server.js';
import type { CloudAnnotation, CloudComment, CloudPullRequest, CloudReport, CloudRepository, CloudStatus, CloudUser } from './state.js';

/** Cloud returns PR head/base hashes abbreviated (undocumented; see api-contracts.md §1.2). */
export const ABBREVIATED_HASH_LENGTH = 12;

export function cloudError(status: number, message: string, fields?: Record<string, string[]>, detail?: string): Reply {
  return {
    status,
    body: { type: 'error', error: { message, ...(detail === undefined ? {} : { detail }), ...(fields ? { fields } : {}) } },
  };
}

/** The Code Insights service answers errors in its own shape. */
export function insightsError(status: number, key: string, message: string): Reply {
  return { status, body: { key, message, arguments: {} } };
}

export function userJson(user: CloudUser): Record<string, unknown> {
  return { type: 'user', ...user };
}

function repositoryJson(origin: string, repo: CloudRepository): Record<string, unknown> {
  return {
    type: 'repository',
    full_name: repo.fullName,
    name: repo.slug,
    uuid: repo.uuid,
    links: { self: { href: `${origin}/2.0/repositories/${repo.fullName}` }, html: { href: `https://bitbucket.org/${repo.fullName}` } },
  };
}

export function pullRequestJson(origin: string, repo: CloudRepository, pr: CloudPullRequest): Record<string, unknown> {
  const endpoint = (branch: string, commit: string) => ({
    branch: { name: branch },
    commit: { type: 'commit', hash: commit.slice(0, ABBREVIATED_HASH_LENGTH) },
    repository: repositoryJson(origin, repo),
  });
  return {
    type: 'pullrequest',
    id: pr.id,
    title: pr.title,
    state: pr.state,
    draft: pr.draft,
    author: userJson(pr.author),
    source: endpoint(pr.sourceBranch, pr.sourceCommit),
    destination: endpoint(pr.destinationBranch, pr.destinationCommit),
    comment_count: [...pr.comments.values()].filter((c) => !c.deleted).length,
    created_on: pr.createdOn,
    updated_on: pr.updatedOn,
    links: {
      self: { href: `${origin}/2.0/repositories/${repo.fullName}/pullrequests/${pr.id}` },
      html: { href: `https://bitbucket.org/${repo.fullName}/pull-requests/${pr.id}` },
    },
  };
}

export function commentJson(origin: string, repo: CloudRepository, pr: CloudPullRequest, comment: CloudComment): Record<string, unknown> {
  const self = `${origin}/2.0/repositories/${repo.fullName}/pullrequests/${pr.id}/comments/${comment.id}`;
  return {
    type: 'pullrequest_comment',
    id: comment.id,
    content: { raw: comment.raw, markup: 'markdown', html: comment.deleted ? '' : `<p>${escapeHtml(comment.raw)}</p>` },
    user: userJson(comment.user),
    created_on: comment.createdOn,
    updated_on: comment.updatedOn,
    deleted: comment.deleted,
    pending: false,
    ...(comment.inline ? { inline: comment.inline } : {}),
    ...(comment.parentId === undefined ? {} : { parent: { id: comment.parentId } }),
    pullrequest: { type: 'pullrequest', id: pr.id, title: pr.title },
    links: { self: { href: self }, html: { href: `https://bitbucket.org/${repo.fullName}/pull-requests/${pr.id}#comment-${comment.id}` } },
  };
}

export function reportJson(report: CloudReport): Record<string, unknown> {
  return {
    ...report.fields,
    type: 'report',
    uuid: report.uuid,
    external_id: report.externalId,
    commit_hash: report.commit,
    created_on: report.createdOn,
    updated_on: report.updatedOn,
  };
}

export function annotationJson(annotation: CloudAnnotation): Record<string, unknown> {
  return {
    ...annotation.fields,
    type: 'report_annotation',
    uuid: annotation.uuid,
    external_id: annotation.externalId,
    created_on: annotation.createdOn,
    updated_on: annotation.updatedOn,
  };
}

export function statusJson(origin: string, repo: CloudRepository, commit: string, status: CloudStatus): Record<string, unknown> {
  return {
    ...status.fields,
    type: 'build',
    key: status.key,
    uuid: status.uuid,
    created_on: status.createdOn,
    updated_on: status.updatedOn,
    links: {
      self: { href: `${origin}/2.0/repositories/${repo.fullName}/commit/${commit}/statuses/build/${encodeURIComponent(status.key)}` },
      commit: { href: `${origin}/2.0/repositories/${repo.fullName}/commit/${commit}` },
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
