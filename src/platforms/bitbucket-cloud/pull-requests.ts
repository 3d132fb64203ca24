/** Finding the build's pull request: by id, by commit (lazily indexed by Cloud), by source branch. */
import { HttpError, type HttpRequest } from '../../http/index.js';
import { explain, isNotFound } from '../core/failure.js';
import type { CommitLookup, PullRequestRef } from '../platform.js';
import { HINTS, type CloudContext } from './context.js';
import { followingPages, readAllPages } from './pages.js';
import { pullRequestRef, queryString, type WirePage, type WirePullRequest } from './wire.js';
import { shortCommit } from '../../core/commits.js';

/** A third-party report says /pullrequests caps pagelen at 50; 50 is safe everywhere. */
const PAGE_LEN = 50;

export async function getPullRequest(ctx: CloudContext, id: number): Promise<PullRequestRef | undefined> {
  try {
    const res = await ctx.http.request<WirePullRequest>({ method: 'GET', url: `${ctx.repo}/pullrequests/${id}` });
    return pullRequestRef(res.body);
  } catch (error) {
    // The publisher words "no such pull request" itself, naming PULL_REQUEST.
    if (isNotFound(error)) return undefined;
    throw explain(error, `read pull request #${id} of ${ctx.repoName}`, HINTS.readPullRequests);
  }
}

export async function pullRequestsForCommit(ctx: CloudContext, commit: string): Promise<CommitLookup> {
  const doing = `look up the pull requests containing commit ${shortCommit(commit)} in ${ctx.repoName}`;
  const first: HttpRequest = { method: 'GET', url: `${ctx.repo}/commit/${encodeURIComponent(commit)}/pullrequests`, query: { pagelen: PAGE_LEN }, expect: [200, 202] };
  try {
    const res = await ctx.http.request<WirePage<WirePullRequest> | undefined>(first);
    // 202 carries the same envelope, but an incomplete one: the branch lookup is more reliable then.
    if (res.status === 202) return { available: false, reason: 'Bitbucket is still indexing pull requests for this commit' };
    const all = [...(res.body?.values ?? []), ...(await followingPages<WirePullRequest>(ctx.http, res.body))];
    return { available: true, pullRequests: all.map(pullRequestRef) };
  } catch (error) {
    if (isNotFound(error)) return { available: false, reason: notIndexedReason(error) };
    throw explain(error, doing, HINTS.readPullRequests);
  }
}

/**
 * Cloud answers 404 both while it has not indexed the repository's commit links yet and when the
 * "Pull Request Commit Links" app was never installed (it installs itself the first time someone
 * opens "Pull requests" on a commit page); a missing repository is a 404 as well. Cloud's own
 * message tells them apart, so it goes into the reason.
 */
function notIndexedReason(error: unknown): string {
  const said = error instanceof HttpError && error.platformMessage ? ` (Bitbucket said: ${error.platformMessage})` : '';
  return (
    `Bitbucket answered 404${said}: either it has not indexed pull requests for this commit yet, or the Pull Request Commit Links app ` +
    'is not installed in this repository (opening "Pull requests" on any commit page in Bitbucket installs it)'
  );
}

export async function pullRequestsForBranch(ctx: CloudContext, branch: string): Promise<PullRequestRef[]> {
  try {
    const values = await readAllPages<WirePullRequest>(ctx.http, {
      method: 'GET',
      url: `${ctx.repo}/pullrequests`,
      query: { q: `source.branch.name=${queryString(branch)} AND state="OPEN"`, pagelen: PAGE_LEN },
    });
    // `=` is exact in Cloud's filter language; checked again so a looser server cannot widen it.
    return values.map(pullRequestRef).filter((pr) => pr.sourceBranch === branch);
  } catch (error) {
    throw explain(error, `look up the open pull requests from branch ${branch} in ${ctx.repoName}`, HINTS.readPullRequests);
  }
}
