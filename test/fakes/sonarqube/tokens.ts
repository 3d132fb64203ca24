/**
 * SonarQube's token kinds and what each may do (input-formats.md §1.2): a user token carries its
 * user's permissions; an analysis token only 'Execute Analysis', on one project (`sqp_`) or all
 * (`sqa_`). Browse-only endpoints (issues, hotspots, measures) therefore answer 403 to analysis
 * tokens, while `ce/task` and `project_status` (Execute Analysis accepted since 9.5) do not.
 */
import { basicAuthorization } from '../auth.js';
import type { ParsedAuth } from '../auth.js';
import { fakeSha } from '../sha.js';
import type { SonarProfile } from './profile.js';

export type TokenKind = 'user' | 'project-analysis' | 'global-analysis';

/** 'browse' = the Browse permission, 'scan' = Execute Analysis. */
export type SonarPermission = 'browse' | 'scan';

export interface SonarToken {
  /** Recorded on the request log as the caller; never the secret. */
  readonly name: string;
  readonly kind: TokenKind;
  readonly value: string;
  readonly permissions: readonly SonarPermission[];
  /** Project analysis tokens: the one project they were generated for. */
  readonly project?: string;
}

export interface NewToken {
  readonly kind: TokenKind;
  readonly name?: string;
  readonly value?: string;
  /** Default: Browse and Execute Analysis for a user token, Execute Analysis for analysis tokens. */
  readonly permissions?: readonly SonarPermission[];
  /** Required for a project analysis token. */
  readonly project?: string;
}

const PREFIX: Record<TokenKind, string> = { user: 'squ_', 'project-analysis': 'sqp_', 'global-analysis': 'sqa_' };

/** Prefix + 40 hex characters, the form SonarQube generates; deterministic per name. */
export function makeToken(options: NewToken): SonarToken {
  if (options.kind === 'project-analysis' && options.project === undefined) throw new Error('a project analysis token needs its project');
  const name = options.name ?? `${options.kind} token${options.project === undefined ? '' : ` for ${options.project}`}`;
  return {
    name,
    kind: options.kind,
    value: options.value ?? `${PREFIX[options.kind]}${fakeSha(`sonarqube token ${name}`)}`,
    permissions: options.permissions ?? (options.kind === 'user' ? ['browse', 'scan'] : ['scan']),
    ...(options.project === undefined ? {} : { project: options.project }),
  };
}

export function hasPermission(token: SonarToken, permission: SonarPermission, projectKey?: string): boolean {
  if (!token.permissions.includes(permission)) return false;
  return token.project === undefined || projectKey === undefined || token.project === projectKey;
}

export type Authentication = { ok: true; token: SonarToken } | { ok: false; anonymous: boolean };

/**
 * Basic `base64(token + ":")` — the token as login, empty password — works on every version;
 * Bearer only from 10.0 on and on Cloud (input-formats.md §1.2), so 9.9 refuses it.
 */
export function authenticate(auth: ParsedAuth, tokens: readonly SonarToken[], profile: SonarProfile): Authentication {
  let value: string | undefined;
  if (auth.kind === 'none') return { ok: false, anonymous: true };
  if (auth.kind === 'bearer' && (profile.cloud || profile.atLeast('10.0'))) value = auth.token;
  if (auth.kind === 'basic' && auth.password === '') value = auth.username;
  const token = value === undefined ? undefined : tokens.find((t) => t.value === value);
  return token ? { ok: true, token } : { ok: false, anonymous: false };
}

/** `Authorization` header values for a token, so tests never hand-roll base64. */
export function sonarAuthorization(token: string, scheme: 'basic' | 'bearer' = 'basic'): string {
  return scheme === 'bearer' ? `Bearer ${token}` : basicAuthorization({ username: token, password: '' });
}
