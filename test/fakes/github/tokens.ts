/**
 * Who a GitHub token speaks for and what it may do. The kinds differ the way users trip over them
 * (api-contracts.md §3.1, §3.4; peers.md §8): installation tokens (Actions' GITHUB_TOKEN, a
 * GitHub App's) are bots that cannot call `GET /user`; personal tokens are people who cannot
 * write check runs; a fork's `pull_request` token can read but not write.
 */

export type TokenKind = 'actions' | 'app' | 'pat-classic' | 'pat-fine-grained';

/** The repository permissions a workflow's `permissions:` block or an App installation grants. */
export type Permission = 'checks' | 'issues' | 'pull-requests' | 'statuses';
export type Access = 'none' | 'read' | 'write';

export interface GitHubAccount {
  readonly login: string;
  readonly id: number;
  readonly type: 'Bot' | 'User';
}

export interface GitHubToken {
  /** The secret sent as `Authorization: Bearer …` (or `token …`); never logged. */
  readonly token: string;
  readonly kind: TokenKind;
  readonly account: GitHubAccount;
  /** Omitted: write on everything. Given: exactly these, the rest `none` (as a `permissions:` block). */
  readonly permissions?: Readonly<Partial<Record<Permission, Access>>>;
  /** Installation tokens: named in the primary rate-limit message. */
  readonly installationId?: number;
}

export const GITHUB_ACTIONS_BOT: GitHubAccount = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const GITHUB_APP_BOT: GitHubAccount = { login: 'pr-insights-app[bot]', id: 190000001, type: 'Bot' };
export const GITHUB_CI_USER: GitHubAccount = { login: 'ci-person', id: 5001, type: 'User' };
/** Default author of seeded comments and pull requests: someone other than the client under test. */
export const GITHUB_REVIEWER: GitHubAccount = { login: 'octo-reviewer', id: 7001, type: 'User' };

/** The secrets of the default tokens. */
export const GITHUB_CREDENTIALS = {
  /** Actions' GITHUB_TOKEN on a same-repository pull request: an installation of the github-actions app. */
  actions: 'fake-github-actions-token',
  /** A GitHub App installation token. */
  app: 'fake-github-app-installation-token',
  /** A classic personal access token of `ci-person`. */
  pat: 'fake-classic-personal-access-token',
  /** A fine-grained personal access token of `ci-person`. */
  fineGrained: 'fake-fine-grained-personal-access-token',
  /** GITHUB_TOKEN on a `pull_request` from a fork: read-only. */
  readOnly: 'fake-fork-pull-request-token',
} as const;

export type DefaultTokenName = keyof typeof GITHUB_CREDENTIALS;

const READ_ONLY: Record<Permission, Access> = { checks: 'read', issues: 'read', 'pull-requests': 'read', statuses: 'read' };

export const DEFAULT_TOKENS: Readonly<Record<DefaultTokenName, GitHubToken>> = {
  actions: { token: GITHUB_CREDENTIALS.actions, kind: 'actions', account: GITHUB_ACTIONS_BOT, installationId: 3001 },
  app: { token: GITHUB_CREDENTIALS.app, kind: 'app', account: GITHUB_APP_BOT, installationId: 3002 },
  pat: { token: GITHUB_CREDENTIALS.pat, kind: 'pat-classic', account: GITHUB_CI_USER },
  fineGrained: { token: GITHUB_CREDENTIALS.fineGrained, kind: 'pat-fine-grained', account: GITHUB_CI_USER },
  readOnly: { token: GITHUB_CREDENTIALS.readOnly, kind: 'actions', account: GITHUB_ACTIONS_BOT, installationId: 3001, permissions: READ_ONLY },
};

export function isInstallation(token: GitHubToken): boolean {
  return token.kind === 'actions' || token.kind === 'app';
}

/** What a route needs: one of `anyOf` at `access` (issue comments take pull-requests or issues). */
export interface PermissionNeed {
  readonly anyOf: readonly Permission[];
  readonly access: 'read' | 'write';
}

export function grants(token: GitHubToken, need: PermissionNeed): boolean {
  if (!token.permissions) return true;
  return need.anyOf.some((permission) => {
    const granted = token.permissions?.[permission] ?? 'none';
    return granted === 'write' || (need.access === 'read' && granted === 'read');
  });
}

/** The 403 message for a missing permission, as GitHub words it per kind of token. */
export function notAccessibleMessage(token: GitHubToken): string {
  return isInstallation(token) ? 'Resource not accessible by integration' : 'Resource not accessible by personal access token';
}

/** An App's slug, as in `performed_via_github_app` and check-run `app`: its bot login without `[bot]`. */
export function appSlug(account: GitHubAccount): string {
  return account.login.replace(/\[bot\]$/, '');
}
