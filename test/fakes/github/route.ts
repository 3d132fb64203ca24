/**
 * What a GitHub route handler gets and declares. Handlers run after the fake has checked the API
 * version header, authenticated the token, charged its rate limit, found the repository, checked
 * the token's permission and the request body against the spec.
 */
import type { FakeRequest, Reply } from '../fake-server.js';
import type { Params } from '../router.js';
import type { RateBudget } from './rate-limits.js';
import type { GitHubRepository, GitHubState } from './state.js';
import type { GitHubToken, PermissionNeed } from './tokens.js';
import type { Urls } from './wire.js';

export interface GitHubSettings {
  /** Caps `per_page` below GitHub's 100 so tests can prove a client follows `Link`. */
  readonly maxPerPage: number;
}

export interface GitHubContext {
  readonly req: FakeRequest;
  readonly params: Params;
  readonly state: GitHubState;
  readonly token: GitHubToken;
  readonly repo: GitHubRepository;
  readonly urls: Urls;
  readonly settings: GitHubSettings;
  /** The operation's `documentation_url`, for error answers. */
  readonly docs: string;
}

export type GitHubHandler = (ctx: GitHubContext) => Reply;

export interface GitHubRoute {
  readonly kind: 'repository';
  readonly method: string;
  /** Below the API base, in the spec's notation. */
  readonly template: string;
  readonly name: string;
  /** The operation's page in GitHub's REST docs (the spec's `externalDocs`). */
  readonly docs: string;
  readonly permission: PermissionNeed;
  /** Only GitHub Apps (Actions included) may call it: personal tokens get 403 (api-contracts.md §3.4). */
  readonly appsOnly?: boolean;
  /** Creates content: counted against the secondary limits (api-contracts.md §3.3, §3.6). */
  readonly createsContent?: boolean;
  readonly handler: GitHubHandler;
}

/** `GET /user`, `GET /rate_limit`: about the caller, not a repository. */
export interface AccountRoute {
  readonly kind: 'account';
  readonly method: string;
  readonly template: string;
  readonly name: string;
  readonly docs: string;
  /** `GET /rate_limit` answers anonymous callers too. */
  readonly anonymous: boolean;
  readonly handler: (ctx: AccountContext) => Reply;
}

export interface AccountContext {
  readonly token: GitHubToken | undefined;
  readonly urls: Urls;
  readonly docs: string;
  /** The caller's primary rate limit, as `GET /rate_limit` reports it. */
  readonly budget: RateBudget;
  readonly nowSeconds: number;
}

export const REPO = '/repos/{owner}/{repo}';
