/**
 * Commit statuses (api-contracts.md §3.5): one list per sha in which the newest status of a
 * context wins the combined view (contexts compare case-insensitively), listed newest first. A
 * status needs a full sha the repository has; `description` ≤ 140; ≤ 1000 per sha + context.
 */
import { Rejection, type Reply } from '../fake-server.js';
import { isRecord } from '../insight-data.js';
import { isFullSha } from '../sha.js';
import { GITHUB_LIMITS } from './limits.js';
import { paginate } from './paging.js';
import { REPO, type GitHubContext, type GitHubRoute } from './route.js';
import type { GitHubStatus } from './state.js';
import { basicError, invalidRequest, notSupplied, repositoryJson, statusJson, validationFailed } from './wire.js';

const DOCS = 'https://docs.github.com/rest/commits/statuses';
const READ = { anyOf: ['statuses'], access: 'read' } as const;

export const STATUS_ROUTES: readonly GitHubRoute[] = [
  {
    kind: 'repository',
    method: 'POST',
    template: `${REPO}/statuses/{sha}`,
    name: 'statuses.create',
    docs: `${DOCS}#create-a-commit-status`,
    permission: { anyOf: ['statuses'], access: 'write' },
    createsContent: true,
    handler: createStatus,
  },
  { kind: 'repository', method: 'GET', template: `${REPO}/commits/{ref}/status`, name: 'statuses.combined', docs: `${DOCS}#get-the-combined-status-for-a-specific-reference`, permission: READ, handler: combinedStatus },
  { kind: 'repository', method: 'GET', template: `${REPO}/commits/{ref}/statuses`, name: 'statuses.list', docs: `${DOCS}#list-commit-statuses-for-a-reference`, permission: READ, handler: listStatuses },
];

const STATES = ['error', 'failure', 'pending', 'success'];

/** Wording observed: activebridge/projectr#53 (sha), zalando/zappr#378 (description), kubernetes/test-infra#21987 (unknown sha). */
function createStatus(ctx: GitHubContext): Reply {
  const sha = ctx.params['sha']!;
  const body = ctx.req.body.present && isRecord(ctx.req.body.value) ? ctx.req.body.value : {};
  if (typeof body['state'] !== 'string') return invalidRequest(ctx.docs, [notSupplied(['state'])]);
  if (!STATES.includes(body['state'])) return invalidRequest(ctx.docs, [`For 'state', must be equal to one of the allowed values: ${STATES.join(', ')}.`]);
  if (!isFullSha(sha)) return validationFailed(ctx.docs, { resource: 'Status', code: 'custom', field: 'sha', message: 'sha must be a 40 character SHA1' });
  if (!ctx.repo.commits.has(sha.toLowerCase())) return basicError(422, `No commit found for SHA: ${sha}`, ctx.docs);
  const description = typeof body['description'] === 'string' ? body['description'] : null;
  if (description !== null && [...description].length > GITHUB_LIMITS.statusDescription) {
    return validationFailed(ctx.docs, { resource: 'Status', code: 'custom', field: 'description', message: `description is too long (maximum is ${GITHUB_LIMITS.statusDescription} characters)` });
  }
  const context = typeof body['context'] === 'string' ? body['context'] : 'default';
  const sameContext = ctx.state.statuses(ctx.repo, sha).filter((s) => s.context.toLowerCase() === context.toLowerCase());
  if (sameContext.length >= GITHUB_LIMITS.statusesPerContext) {
    return validationFailed(ctx.docs, { resource: 'Status', code: 'custom', message: 'This SHA and context has reached the maximum number of statuses.' });
  }
  const status: GitHubStatus = {
    id: ctx.state.newStatusId(),
    sha: sha.toLowerCase(),
    state: body['state'],
    context,
    description,
    targetUrl: typeof body['target_url'] === 'string' ? body['target_url'] : null,
    creator: ctx.token.account,
    createdAt: ctx.state.now(),
  };
  ctx.repo.statuses.push(status);
  const json = statusJson(ctx.urls, ctx.repo, status);
  return { status: 201, headers: { location: String(json['url']) }, body: json };
}

function resolve(ctx: GitHubContext): string {
  const sha = ctx.state.resolveRef(ctx.repo, ctx.params['ref']!);
  if (sha === undefined) throw new Rejection(basicError(422, `No commit found for SHA: ${ctx.params['ref']}`, ctx.docs));
  return sha;
}

/** failure if any context says error or failure; pending if none do and one is pending or there is none; success otherwise. */
function combinedState(statuses: readonly GitHubStatus[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function combinedStatus(ctx: GitHubContext): Reply {
  const sha = resolve(ctx);
  const latest = ctx.state.latestStatuses(ctx.repo, sha);
  const page = paginate(latest, ctx.req, ctx.settings.maxPerPage);
  return {
    status: 200,
    headers: page.headers,
    body: {
      state: combinedState(latest),
      statuses: page.items.map((s) => statusJson(ctx.urls, ctx.repo, s, false)),
      sha,
      total_count: latest.length,
      repository: repositoryJson(ctx.urls, ctx.repo.fullName, ctx.repo.id, ctx.repo.defaultBranch),
      commit_url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/commits/${sha}`,
      url: `${ctx.urls.api}/repos/${ctx.repo.fullName}/commits/${sha}/status`,
    },
  };
}

function listStatuses(ctx: GitHubContext): Reply {
  const newestFirst = ctx.state.statuses(ctx.repo, resolve(ctx)).reverse();
  const page = paginate(newestFirst, ctx.req, ctx.settings.maxPerPage);
  return { status: 200, headers: page.headers, body: page.items.map((s) => statusJson(ctx.urls, ctx.repo, s)) };
}
