/**
 * `GET /user` and `GET /rate_limit`. Installation tokens (Actions, Apps) are not users: `/user`
 * answers them 403 "Resource not accessible by integration", so a client that wants "who am I"
 * for a bot must know its login another way (peers.md §4: fall back to `github-actions[bot]`).
 * `/rate_limit` costs nothing against the primary limit and answers anonymous callers too.
 */
import type { Reply } from '../fake-server.js';
import type { AccountContext, AccountRoute } from './route.js';
import { isInstallation, notAccessibleMessage } from './tokens.js';
import { basicError, userJson } from './wire.js';

/** GitHub's search budget is per minute, 30 for authenticated callers (its rate-limit docs); listed because the schema requires it. */
const SEARCH_PER_MINUTE = 30;

export const ACCOUNT_ROUTES: readonly AccountRoute[] = [
  { kind: 'account', method: 'GET', template: '/user', name: 'user.get', docs: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', anonymous: false, handler: getUser },
  {
    kind: 'account',
    method: 'GET',
    template: '/rate_limit',
    name: 'rateLimit.get',
    docs: 'https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
    anonymous: true,
    handler: getRateLimit,
  },
];

function getUser(ctx: AccountContext): Reply {
  const token = ctx.token!;
  if (isInstallation(token)) return basicError(403, notAccessibleMessage(token), ctx.docs);
  return { status: 200, body: userJson(ctx.urls, token.account) };
}

function getRateLimit(ctx: AccountContext): Reply {
  const { limit, used, resetAt } = ctx.budget;
  const core = { limit, remaining: Math.max(0, limit - used), reset: resetAt, used, resource: 'core' };
  const search = { limit: SEARCH_PER_MINUTE, remaining: SEARCH_PER_MINUTE, reset: ctx.nowSeconds + 60, used: 0, resource: 'search' };
  // API version 2026-03-10 drops the top-level `rate` (x-github-breaking-changes in the spec).
  return { status: 200, body: { resources: { core, search }, ...(ctx.urls.version === '2026-03-10' ? {} : { rate: core }) } };
}
