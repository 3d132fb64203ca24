/**
 * Which pull requests this build decorates: the explicit or CI-given id (verified to exist and be
 * open), else every open PR containing the commit, else every open PR from the source branch.
 */
import { PublishError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { PlatformApi, PullRequestRef } from '../platforms/platform.js';
import { shortCommit } from '../core/commits.js';

export interface PullRequestSearch {
  pullRequests: PullRequestRef[];
  /** Said to the user when nothing was found, or something was found but is not decorated. */
  note?: string;
}

export async function findPullRequests(
  api: PlatformApi,
  target: { commit: string; pullRequest?: number; branch?: string },
  log: Logger,
): Promise<PullRequestSearch> {
  if (target.pullRequest !== undefined) {
    const pr = await api.getPullRequest(target.pullRequest);
    if (!pr) {
      throw new PublishError(
        `pull request #${target.pullRequest} was not found on ${api.displayName}; check PULL_REQUEST and REPOSITORY, and that the credentials can see the repository`,
      );
    }
    if (!pr.open) return { pullRequests: [], note: `pull request #${pr.id} is no longer open; not commenting on it` };
    return { pullRequests: [pr] };
  }

  const byCommit = await api.pullRequestsForCommit(target.commit);
  if (byCommit.available) {
    const open = byCommit.pullRequests.filter((pr) => pr.open);
    log.debug(`pull requests containing ${shortCommit(target.commit)}: ${open.map((pr) => `#${pr.id}`).join(', ') || 'none'}`);
    if (open.length) return { pullRequests: open };
  } else {
    log.debug(`pull request lookup by commit unavailable (${byCommit.reason}); trying the branch`);
  }

  if (target.branch) {
    const byBranch = (await api.pullRequestsForBranch(target.branch)).filter((pr) => pr.open);
    log.debug(`open pull requests from branch ${target.branch}: ${byBranch.map((pr) => `#${pr.id}`).join(', ') || 'none'}`);
    if (byBranch.length) return { pullRequests: byBranch };
  }
  const where = target.branch ? `commit ${shortCommit(target.commit)} or branch ${target.branch}` : `commit ${shortCommit(target.commit)}`;
  return { pullRequests: [], note: `no open pull request for ${where}; the comment is skipped (set PULL_REQUEST to choose one)` };
}
