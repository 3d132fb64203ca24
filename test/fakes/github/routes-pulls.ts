/**
 * Finding the pull request (api-contracts.md §3.2): by number, by commit (a branch name works
 * too), or by `head=owner:branch`. A `head` without the `owner:` prefix is silently ignored, as
 * on GitHub (hub4j/github-api#538, github/docs#16647) — a client that sends a bare branch name gets
 * every open PR back, and the fake makes that visible.
 */
import type { Reply } from '../fake-server.js';
import { paginate } from './paging.js';
import { REPO, type GitHubContext, type GitHubRoute } from './route.js';
import type { GitHubPullRequest } from './state.js';
import { basicError, pullRequestJson, validationFailed } from './wire.js';

const DOCS = 'https://docs.github.com/rest';
const READ = { anyOf: ['pull-requests'], access: 'read' } as const;

export const PULL_ROUTES: readonly GitHubRoute[] = [
  { kind: 'repository', method: 'GET', template: `${REPO}/pulls`, name: 'pulls.list', docs: `${DOCS}/pulls/pulls#list-pull-requests`, permission: READ, handler: listPulls },
  { kind: 'repository', method: 'GET', template: `${REPO}/pulls/{pull_number}`, name: 'pulls.get', docs: `${DOCS}/pulls/pulls#get-a-pull-request`, permission: READ, handler: getPull },
  {
    kind: 'repository',
    method: 'GET',
    template: `${REPO}/commits/{commit_sha}/pulls`,
    name: 'commits.pulls',
    docs: `${DOCS}/commits/commits#list-pull-requests-associated-with-a-commit`,
    permission: READ,
    handler: pullsForCommit,
  },
];

function listPulls(ctx: GitHubContext): Reply {
  const q = ctx.req.query;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) return validationFailed(ctx.docs, { resource: 'PullRequest', code: 'invalid', field: 'state' });
  const head = q.get('head');
  const [headOwner, headRef] = head !== null && head.includes(':') ? [head.slice(0, head.indexOf(':')).toLowerCase(), head.slice(head.indexOf(':') + 1)] : [];
  const base = q.get('base');
  const byUpdate = q.get('sort') === 'updated';
  const ascending = q.get('direction') === 'asc';
  const pulls = [...ctx.repo.pullRequests.values()]
    .filter((pr) => state === 'all' || pr.state === state)
    .filter((pr) => headRef === undefined || (pr.head.repo.split('/')[0]!.toLowerCase() === headOwner && pr.head.ref === headRef))
    .filter((pr) => base === null || pr.base.ref === base)
    .sort((a, b) => (byUpdate ? a.updatedAt.localeCompare(b.updatedAt) || a.id - b.id : a.id - b.id) * (ascending ? 1 : -1));
  const page = paginate(pulls, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: page.items.map((pr) => pullRequestJson(ctx.urls, ctx.repo, pr)) };
}

function getPull(ctx: GitHubContext): Reply {
  const pr = ctx.repo.pullRequests.get(Number(ctx.params['pull_number']));
  if (!pr) return basicError(404, 'Not Found', ctx.docs);
  return { status: 200, body: pullRequestJson(ctx.urls, ctx.repo, pr, true) };
}

/** Open pull requests that contain the commit, then merged ones it was merged by or in. */
function pullsForCommit(ctx: GitHubContext): Reply {
  const sha = ctx.state.resolveRef(ctx.repo, ctx.params['commit_sha']!);
  if (sha === undefined) return basicError(422, `No commit found for SHA: ${ctx.params['commit_sha']}`, ctx.docs);
  const contains = (pr: GitHubPullRequest) => pr.commits.includes(sha) || (pr.merged && pr.mergeCommitSha === sha);
  const pulls = [...ctx.repo.pullRequests.values()].filter(contains).sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || b.number - a.number);
  const page = paginate(pulls, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: page.items.map((pr) => pullRequestJson(ctx.urls, ctx.repo, pr)) };
}
