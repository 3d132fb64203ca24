/** Finding pull requests: by id, by a commit they contain, by their source branch. */
import { isNotFound } from '../core/failure.js';
import type { CommitLookup, PullRequestRef } from '../platform.js';
import type { DcClient } from './client.js';
import { failed, missing, REPO_READ, repositoryNotFound } from './failure.js';
import { isRecord } from '../../core/records.js';
import { allPages } from './paging.js';
import { shortCommit } from '../../core/commits.js';

export async function getPullRequest(client: DcClient, id: number): Promise<PullRequestRef | undefined> {
  try {
    const { body } = await client.request<unknown>({ method: 'GET', url: `${client.repoApi}/pull-requests/${id}` });
    const pr = pullRequestRef(body);
    if (!pr) throw new Error('the answer is not a pull request');
    return pr;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw failed(error, `read pull request #${id} of ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}

export async function pullRequestsForCommit(client: DcClient, commit: string): Promise<CommitLookup> {
  try {
    const values = await allPages(client, `${client.repoApi}/commits/${encodeURIComponent(commit)}/pull-requests`);
    return { available: true, pullRequests: values.flatMap((v) => pullRequestRef(v) ?? []) };
  } catch (error) {
    // A commit not pushed yet is unknown to the server; the branch may still find the PR. A missing
    // repository is not that, and must not be mistaken for "no pull request".
    if (isNotFound(error) && missing(error) !== 'repository') {
      return { available: false, reason: `${client.where} does not know commit ${shortCommit(commit)} (not pushed yet?)` };
    }
    throw failed(error, `look up the pull requests of commit ${shortCommit(commit)} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}

export async function pullRequestsForBranch(client: DcClient, branch: string): Promise<PullRequestRef[]> {
  const at = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
  try {
    // OUTGOING: pull requests *from* `at`; the default, INCOMING, would list those into it.
    const values = await allPages(client, `${client.repoApi}/pull-requests`, { at, direction: 'OUTGOING', state: 'OPEN' });
    return values.flatMap((v) => pullRequestRef(v) ?? []);
  } catch (error) {
    throw failed(error, `look up the open pull requests from branch ${branch} in ${client.where}`, { permission: REPO_READ, notFound: repositoryNotFound(client) });
  }
}

function pullRequestRef(raw: unknown): PullRequestRef | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'number') return undefined;
  const ref: PullRequestRef = { id: raw.id, open: raw.state === 'OPEN' };
  const from = isRecord(raw.fromRef) ? raw.fromRef : undefined;
  if (typeof from?.latestCommit === 'string') ref.headCommit = from.latestCommit;
  if (typeof from?.displayId === 'string') ref.sourceBranch = from.displayId;
  const self = isRecord(raw.links) && Array.isArray(raw.links.self) ? raw.links.self[0] : undefined;
  if (isRecord(self) && typeof self.href === 'string') ref.url = self.href;
  return ref;
}
