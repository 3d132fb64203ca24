/** Finding the build's pull request (api-contracts.md §3.2): by number, by commit, by source branch. */
import { HttpError } from '../../http/index.js';
import { explain, isNotFound } from '../core/failure.js';
import type { CommitLookup, PullRequestRef } from '../platform.js';
import { HINTS, type GitHubContext } from './context.js';
import { readAllPages } from './pages.js';
import { pullRequestRef, type WirePullRequest } from './wire.js';
import { shortCommit } from '../../core/commits.js';

export async function getPullRequest(ctx: GitHubContext, id: number): Promise<PullRequestRef | undefined> {
  try {
    const res = await ctx.http.request<WirePullRequest>({ method: 'GET', url: `${ctx.repo}/pulls/${id}` });
    return pullRequestRef(res.body);
  } catch (error) {
    // The publisher words "no such pull request" itself, naming PULL_REQUEST.
    if (isNotFound(error)) return undefined;
    throw explain(error, `read pull request #${id} of ${ctx.repoName}`, HINTS.readPullRequests);
  }
}

/** 409: an empty repository; 422: GitHub does not know the commit (not pushed yet). The branch is tried next. */
const NOT_KNOWN = new Set([409, 422]);

export async function pullRequestsForCommit(ctx: GitHubContext, commit: string): Promise<CommitLookup> {
  try {
    const values = await readAllPages<WirePullRequest>(ctx.http, { method: 'GET', url: `${ctx.repo}/commits/${encodeURIComponent(commit)}/pulls` });
    // The list includes merged pull requests that introduced the commit: only open ones are decorated.
    return { available: true, pullRequests: values.map(pullRequestRef).filter((pr) => pr.open) };
  } catch (error) {
    if (error instanceof HttpError && NOT_KNOWN.has(error.status)) {
      return { available: false, reason: `GitHub answered ${error.status}${error.platformMessage ? ` (${error.platformMessage})` : ''}` };
    }
    throw explain(error, `look up the pull requests containing commit ${shortCommit(commit)} in ${ctx.repoName}`, HINTS.readPullRequests);
  }
}

export async function pullRequestsForBranch(ctx: GitHubContext, branch: string): Promise<PullRequestRef[]> {
  try {
    // `head` must be `owner:branch`: a bare branch name is ignored and every open pull request listed.
    const values = await readAllPages<WirePullRequest>(ctx.http, { method: 'GET', url: `${ctx.repo}/pulls`, query: { head: `${ctx.owner}:${branch}`, state: 'open' } });
    return values.map(pullRequestRef).filter((pr) => pr.open && pr.sourceBranch === branch);
  } catch (error) {
    throw explain(error, `look up the open pull requests from branch ${branch} in ${ctx.repoName}`, HINTS.readPullRequests);
  }
}
