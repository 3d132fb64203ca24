/**
 * GitHub's JSON for the fake's state and its three error shapes: `basic-error` `{message,
 * documentation_url, status}`; schema failures as 422 "Invalid request.\n\n…" (observed:
 * humanmade/linter-bot#71, zyborg/dotnet-tests-report#9); rule failures as 422 "Validation Failed"
 * with `errors: [{resource, code, field, message}]` (the `validation-error` schema; probot#790).
 */
import type { Reply } from '../fake-server.js';
import { fakeSha } from '../sha.js';
import type { SpecViolation } from '../spec-validator.js';
import type { ApiVersion } from './limits.js';
import type { CheckAnnotation, GitHubCheckRun, GitHubComment, GitHubPullRequest, GitHubRepository, GitHubStatus } from './state.js';
import { appSlug, type GitHubAccount } from './tokens.js';

export const DOCS = 'https://docs.github.com/rest';

/** Where the client reaches the API and where links to the web UI point (github.com, or the GHES host). */
export interface Urls {
  readonly api: string;
  readonly web: string;
  readonly version: ApiVersion;
}

export function basicError(status: number, message: string, documentationUrl: string = DOCS): Reply {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

export interface FieldError {
  readonly resource: string;
  readonly code: string;
  readonly field?: string;
  readonly message?: string;
}

export function validationFailed(documentationUrl: string, ...errors: FieldError[]): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: documentationUrl, status: '422' } };
}

export function invalidRequest(documentationUrl: string, details: readonly string[]): Reply {
  return { status: 422, body: { message: `Invalid request.\n\n${details.join('\n')}`, documentation_url: documentationUrl, status: '422' } };
}

/** Schema errors in GitHub's own words where they are known ("… weren't supplied.", "Only N characters are allowed; M were supplied."). */
export function describeSchemaErrors(violation: SpecViolation): string[] {
  return violation.errors.map(({ pointer, message }) => {
    const required = /^must have required property '(.+)'$/.exec(message);
    if (required) return notSupplied([required[1]!]);
    const tooLong = /^must NOT have more than (\d+) characters$/.exec(message);
    const value = valueAt(violation.body, pointer);
    if (tooLong && typeof value === 'string') return tooManyCharacters(Number(tooLong[1]), value);
    return `For '${pointer.slice(1) || '(body)'}', ${message}.`;
  });
}

/** GitHub's words for missing fields (humanmade/linter-bot#71). */
export function notSupplied(keys: readonly string[]): string {
  return `${keys.map((k) => `"${k}"`).join(', ')} ${keys.length > 1 ? "weren't" : "wasn't"} supplied.`;
}

/** Observed for over-long check-run output (zyborg/dotnet-tests-report#9). */
export function tooManyCharacters(max: number, value: string): string {
  return `Only ${max} characters are allowed; ${[...value].length} were supplied.`;
}

function valueAt(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), body);
}

export function userJson(urls: Urls, account: GitHubAccount): Record<string, unknown> {
  const bot = account.type === 'Bot';
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(bot ? 'BOT' : 'U', account.id),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in' : 'u'}/${account.id}?v=4`,
    gravatar_id: '',
    url: `${urls.api}/users/${encodeURIComponent(account.login)}`,
    html_url: bot ? `${urls.web}/apps/${appSlug(account)}` : `${urls.web}/${account.login}`,
    type: account.type,
    site_admin: false,
  };
}

export function repositoryJson(urls: Urls, fullName: string, id: number, defaultBranch?: string): Record<string, unknown> {
  const [owner = '', name = ''] = fullName.split('/');
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: fullName,
    owner: { login: owner, type: 'User', url: `${urls.api}/users/${owner}`, html_url: `${urls.web}/${owner}` },
    private: true,
    html_url: `${urls.web}/${fullName}`,
    url: `${urls.api}/repos/${fullName}`,
    ...(defaultBranch === undefined ? {} : { default_branch: defaultBranch }),
  };
}

/** A fork is known only by name; its id is derived from it so it stays the same within a run. */
function forkId(fullName: string): number {
  return 800000 + (parseInt(fakeSha(fullName.toLowerCase()).slice(0, 5), 16) % 100000);
}

/** `pull-request-simple` (lists) or, with `full`, `pull-request` (`GET …/pulls/{n}`). */
export function pullRequestJson(urls: Urls, repo: GitHubRepository, pr: GitHubPullRequest, full = false): Record<string, unknown> {
  const self = `${urls.api}/repos/${repo.fullName}/pulls/${pr.number}`;
  const headIsFork = pr.head.repo.toLowerCase() !== repo.fullName.toLowerCase();
  const headRepo = headIsFork ? { ...repositoryJson(urls, pr.head.repo, forkId(pr.head.repo)), fork: true } : { ...repositoryJson(urls, repo.fullName, repo.id, repo.defaultBranch), fork: false };
  const closedAt = pr.state === 'closed' ? pr.updatedAt : null;
  const json: Record<string, unknown> = {
    url: self,
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    html_url: `${urls.web}/${repo.fullName}/pull/${pr.number}`,
    issue_url: `${urls.api}/repos/${repo.fullName}/issues/${pr.number}`,
    comments_url: `${urls.api}/repos/${repo.fullName}/issues/${pr.number}/comments`,
    statuses_url: `${urls.api}/repos/${repo.fullName}/statuses/${pr.head.sha}`,
    commits_url: `${self}/commits`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(urls, pr.user),
    body: null,
    labels: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: closedAt,
    merged_at: pr.merged ? closedAt : null,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    head: { label: `${pr.head.repo.split('/')[0]}:${pr.head.ref}`, ref: pr.head.ref, sha: pr.head.sha, repo: headRepo },
    base: { label: `${repo.owner}:${pr.base.ref}`, ref: pr.base.ref, sha: pr.base.sha, repo: { ...repositoryJson(urls, repo.fullName, repo.id, repo.defaultBranch), fork: false } },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
  };
  if (full) Object.assign(json, { merged: pr.merged, mergeable: null, mergeable_state: 'unknown', comments: 0, commits: pr.commits.length });
  // API version 2026-03-10 removes these (x-github-breaking-changes in the spec).
  if (urls.version === '2026-03-10') {
    delete json['merge_commit_sha'];
    delete json['assignee'];
  }
  return json;
}

export function pullRequestMinimalJson(urls: Urls, repo: GitHubRepository, pr: GitHubPullRequest): Record<string, unknown> {
  const ref = (r: string, sha: string) => ({ ref: r, sha, repo: { id: repo.id, url: `${urls.api}/repos/${repo.fullName}`, name: repo.name } });
  return { id: pr.id, number: pr.number, url: `${urls.api}/repos/${repo.fullName}/pulls/${pr.number}`, head: ref(pr.head.ref, pr.head.sha), base: ref(pr.base.ref, pr.base.sha) };
}

export function commentJson(urls: Urls, repo: GitHubRepository, comment: GitHubComment): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${urls.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${urls.web}/${repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${urls.api}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(urls, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.authorAssociation,
    performed_via_github_app: null,
  };
}

export function checkRunJson(urls: Urls, repo: GitHubRepository, run: GitHubCheckRun): Record<string, unknown> {
  const self = `${urls.api}/repos/${repo.fullName}/check-runs/${run.id}`;
  // Only pull requests whose head is in this repository are linked (fork PRs are not).
  const pulls = [...repo.pullRequests.values()].filter((pr) => pr.state === 'open' && pr.head.sha === run.headSha && pr.head.repo.toLowerCase() === repo.fullName.toLowerCase());
  return {
    id: run.id,
    node_id: nodeId('CR', run.id),
    head_sha: run.headSha,
    external_id: run.externalId,
    url: self,
    html_url: `${urls.web}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${self}/annotations` },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: { id: run.app.id, slug: appSlug(run.app), node_id: nodeId('A', run.app.id), name: appSlug(run.app), owner: null, html_url: `${urls.web}/apps/${appSlug(run.app)}` },
    pull_requests: pulls.map((pr) => pullRequestMinimalJson(urls, repo, pr)),
  };
}

export function annotationJson(urls: Urls, repo: GitHubRepository, run: GitHubCheckRun, annotation: CheckAnnotation): Record<string, unknown> {
  return { ...annotation, blob_href: `${urls.web}/${repo.fullName}/blob/${run.headSha}/${annotation.path}` };
}

export function statusJson(urls: Urls, repo: GitHubRepository, status: GitHubStatus, withCreator = true): Record<string, unknown> {
  return {
    url: `${urls.api}/repos/${repo.fullName}/statuses/${status.sha}`,
    avatar_url: userJson(urls, status.creator)['avatar_url'],
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    ...(withCreator ? { creator: userJson(urls, status.creator) } : {}),
  };
}

/** Opaque like GitHub's global node ids, stable per object. */
function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${prefix}:${id}`).toString('base64url')}`;
}
