/**
 * Bitbucket Data Center's JSON for the fake's state, and its one error shape,
 * `{errors:[{context, message, exceptionName}]}` — used for validation (400), missing or
 * insufficient permission (both 401), conflicts (409) and everything else.
 */
import type { Reply } from '../fake-server.js';
import type { DcActivity, DcBuildStatus, DcComment, DcPullRequest, DcReport, DcRepository, DcUser } from './state.js';

export interface DcErrorEntry {
  readonly context: string | null;
  readonly message: string;
  readonly exceptionName: string | null;
}

export function dcError(status: number, message: string, context: string | null = null, exceptionName: string | null = null): Reply {
  return dcErrors(status, [{ context, message, exceptionName }]);
}

export function dcErrors(status: number, errors: readonly DcErrorEntry[]): Reply {
  return { status, body: { errors } };
}

export const EXCEPTIONS = {
  authorisation: 'com.atlassian.bitbucket.AuthorisationException',
  authentication: 'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException',
  noSuchProject: 'com.atlassian.bitbucket.project.NoSuchProjectException',
  noSuchRepository: 'com.atlassian.bitbucket.repository.NoSuchRepositoryException',
  noSuchPullRequest: 'com.atlassian.bitbucket.pull.NoSuchPullRequestException',
  noSuchComment: 'com.atlassian.bitbucket.comment.NoSuchCommentException',
  commentOutOfDate: 'com.atlassian.bitbucket.comment.CommentOutOfDateException',
  commentDeletion: 'com.atlassian.bitbucket.comment.CommentDeletionException',
  noSuchReport: 'com.atlassian.bitbucket.codeinsights.report.NoSuchReportException',
  noSuchBuildStatus: 'com.atlassian.bitbucket.build.NoSuchBuildStatusException',
} as const;

export function userJson(user: DcUser): Record<string, unknown> {
  return { emailAddress: `${user.slug}@example.com`, active: true, type: 'NORMAL', ...user };
}

/** `base` is the server's base URL including the context path. */
export function repositoryJson(base: string, repo: DcRepository): Record<string, unknown> {
  const project = repo.project;
  const web = project.personal ? `${base}/users/${project.key.slice(1)}/repos/${repo.slug}` : `${base}/projects/${project.key}/repos/${repo.slug}`;
  return {
    id: repo.id,
    slug: repo.slug,
    name: repo.name,
    scmId: 'git',
    state: 'AVAILABLE',
    public: false,
    archived: false,
    project: { id: project.id, key: project.key, name: project.name, type: project.personal ? 'PERSONAL' : 'NORMAL' },
    links: {
      clone: [{ href: `${base}/scm/${project.key.toLowerCase()}/${repo.slug}.git`, name: 'http' }],
      self: [{ href: `${web}/browse` }],
    },
  };
}

export function pullRequestJson(base: string, repo: DcRepository, pr: DcPullRequest): Record<string, unknown> {
  const ref = (branch: string, commit: string) => ({
    id: `refs/heads/${branch}`,
    displayId: branch,
    latestCommit: commit,
    type: 'BRANCH',
    repository: repositoryJson(base, repo),
  });
  const self = (repositoryJson(base, repo)['links'] as { self: Array<{ href: string }> }).self[0]!.href.replace(/\/browse$/, '');
  return {
    id: pr.id,
    version: pr.version,
    title: pr.title,
    ...(pr.description === undefined ? {} : { description: pr.description }),
    state: pr.state,
    open: pr.state === 'OPEN',
    closed: pr.state !== 'OPEN',
    draft: pr.draft,
    locked: false,
    createdDate: pr.createdDate,
    updatedDate: pr.updatedDate,
    fromRef: ref(pr.fromBranch, pr.fromCommit),
    toRef: ref(pr.toBranch, pr.toCommit),
    author: { user: userJson(pr.author), role: 'AUTHOR', approved: false, status: 'UNAPPROVED' },
    reviewers: [],
    participants: [],
    links: { self: [{ href: `${self}/pull-requests/${pr.id}` }] },
  };
}

export function commentJson(pr: DcPullRequest, comment: DcComment, viewer: DcUser): Record<string, unknown> {
  const mine = comment.author.slug === viewer.slug;
  return {
    id: comment.id,
    version: comment.version,
    text: comment.text,
    author: userJson(comment.author),
    createdDate: comment.createdDate,
    updatedDate: comment.updatedDate,
    severity: comment.severity,
    state: comment.state,
    threadResolved: false,
    properties: {},
    ...(comment.anchor ? { anchor: comment.anchor } : {}),
    ...(comment.parentId === undefined ? {} : { parent: { id: comment.parentId } }),
    comments: comment.replies.flatMap((id) => {
      const reply = pr.comments.get(id);
      return reply ? [commentJson(pr, reply, viewer)] : [];
    }),
    permittedOperations: { editable: mine, transitionable: true, deletable: mine && comment.replies.length === 0 },
  };
}

export function activityJson(pr: DcPullRequest, activity: DcActivity, viewer: DcUser): Record<string, unknown> | undefined {
  const base = { id: activity.id, createdDate: activity.createdDate, user: userJson(activity.user), action: activity.action };
  if (activity.action !== 'COMMENTED') return base;
  const comment = activity.commentId === undefined ? undefined : pr.comments.get(activity.commentId);
  if (!comment) return undefined;
  // `comment`/`commentAction` are real but missing from the spec's RestPullRequestActivity (quirk 6).
  return { ...base, commentAction: 'ADDED', comment: commentJson(pr, comment, viewer), ...(comment.anchor ? { commentAnchor: comment.anchor } : {}) };
}

export function reportJson(report: DcReport): Record<string, unknown> {
  return { data: [], ...report.fields, key: report.key, createdDate: report.createdDate };
}

export function annotationJson(reportKey: string, annotation: Record<string, unknown>): Record<string, unknown> {
  return { reportKey, ...annotation };
}

export function buildStatusJson(status: DcBuildStatus): Record<string, unknown> {
  return { ...status.fields, key: status.key, createdDate: status.createdDate, updatedDate: status.updatedDate };
}
