/**
 * A Bitbucket Data Center fake on loopback (REST `api`, `insights`, `build-status`; `1.0` and
 * `latest` alike), optionally under a context path, keeping state like the server and refusing,
 * in `{errors:[…]}`, what the server refuses — including any body the vendor's OpenAPI description
 * rejects.
 *
 *   const dc = await startBitbucketDataCenter({ contextPath: '/bitbucket' });
 *   dc.state.addRepository({ project: 'PRJ', slug: 'repo' });
 *   dc.state.addPullRequest('PRJ/repo', { fromBranch: 'feature', fromCommit: sha });
 *   // settings: REPOSITORY = dc.repositoryUrl('PRJ', 'repo'); TOKEN = dc.credentials.bearer
 *   expect(dc.violations).toEqual([]);
 *   await dc.close();
 */
import { basicAuthorization, type BasicCredentials } from '../auth.js';
import { bodyViolation, fieldPath } from '../body-check.js';
import { DcState, type DcIdentity, type DcRepository, type DcUser } from './state.js';
import { dcError, dcErrors, EXCEPTIONS } from './wire.js';
import { hasPermission, PULL_REQUEST_ROUTES, type DcRoute, type DcSettings } from './routes.js';
import { BUILD_ROUTES, INSIGHTS_ROUTES } from './insights.js';
import { startFakeServer, type FakeRequest, type RecordedRequest, type Reply } from '../fake-server.js';
import type { Fault, FaultHandle } from '../faults.js';
import { Router, type RouteLookup } from '../router.js';
import { loadSpecValidator, type SpecValidationStatus, type SpecViolation } from '../spec-validator.js';

export * from './state.js';
export { DC_LIMITS } from './insights.js';
export { DC_COMMENT_TEXT_LIMIT } from './routes.js';

export const DC_BOT_USER: DcUser = { id: 501, name: 'repo-token-bot', slug: 'repo-token-bot', displayName: 'pr-insights HTTP access token', type: 'SERVICE' };
export const DC_HUMAN_USER: DcUser = { id: 502, name: 'ci-user', slug: 'ci-user', displayName: 'CI User', emailAddress: 'ci-user@example.com', type: 'NORMAL' };

export const DC_CREDENTIALS = {
  /** A repository HTTP access token (a SERVICE user) with REPO_WRITE. */
  bearer: 'dc-http-access-token',
  /** A user with REPO_WRITE. */
  basic: { username: 'ci-user', password: 'ci-password' } as BasicCredentials,
} as const;

export interface BitbucketDataCenterOptions {
  /** e.g. `/bitbucket`; default none. */
  readonly contextPath?: string;
  /** A server older than 7.14: only `POST /rest/build-status/1.0/commits/{sha}` stores build statuses. */
  readonly legacyBuildStatusOnly?: boolean;
  /** Replaces the default identities (DC_CREDENTIALS). */
  readonly identities?: readonly DcIdentity[];
  /** Default page size, small on purpose (5), so clients must follow `nextPageStart`. */
  readonly defaultLimit?: number;
  /** Server-side cap on `limit` (default 10): asking for more returns fewer, like an admin-capped server. */
  readonly maxLimit?: number;
  /** Instance-configurable on the server; default 1000. */
  readonly maxAnnotationsPerReport?: number;
  /** Directory holding bitbucket-dc-subset.json; `false` turns spec validation off. */
  readonly specs?: string | false;
  readonly clock?: () => Date;
}

export interface BitbucketDataCenterFake {
  /** Base URL including the context path (REST lives under `${url}/rest`). */
  readonly url: string;
  readonly origin: string;
  readonly state: DcState;
  readonly violations: readonly SpecViolation[];
  readonly requests: readonly RecordedRequest[];
  readonly specValidation: SpecValidationStatus;
  readonly credentials: typeof DC_CREDENTIALS;
  readonly authorization: { readonly bearer: string; readonly basic: string };
  /** The repository's web URL (`/projects/KEY/repos/slug`, or `/users/name/repos/slug` for `~name`). */
  repositoryUrl(projectKey: string, slug: string): string;
  addIdentity(identity: DcIdentity): DcIdentity;
  setFault(fault: Fault): FaultHandle;
  clearFaults(): void;
  close(): Promise<void>;
}

const ROUTES: readonly DcRoute[] = [...PULL_REQUEST_ROUTES, ...INSIGHTS_ROUTES, ...BUILD_ROUTES];

export async function startBitbucketDataCenter(options: BitbucketDataCenterOptions = {}): Promise<BitbucketDataCenterFake> {
  const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
  if (contextPath !== '' && !contextPath.startsWith('/')) throw new Error(`contextPath must start with "/": ${contextPath}`);
  const state = new DcState(options.clock);
  const identities = options.identities ?? [
    { user: DC_BOT_USER, bearer: DC_CREDENTIALS.bearer, permission: 'REPO_WRITE' },
    { user: DC_HUMAN_USER, basic: DC_CREDENTIALS.basic, permission: 'REPO_WRITE' },
  ];
  for (const identity of identities) state.addIdentity(identity);
  const settings: DcSettings = {
    contextPath,
    legacyBuildStatusOnly: options.legacyBuildStatusOnly ?? false,
    maxAnnotationsPerReport: options.maxAnnotationsPerReport ?? 1000,
    defaultLimit: options.defaultLimit ?? 5,
    maxLimit: options.maxLimit ?? 10,
  };
  const validator = loadSpecValidator('bitbucket-data-center', options.specs);
  const violations: SpecViolation[] = [];
  const router = new Router<DcRoute>();
  for (const route of ROUTES) router.add(route.method, route.template, route.name, route);

  const handle = (req: FakeRequest, lookup: RouteLookup<DcRoute>): Reply => {
    const apiPath = req.relPath ?? req.url.pathname;
    // Judged and recorded before anything else can answer, so `violations` misses nothing.
    const violation = bodyViolation('bitbucket-data-center', validator, req, apiPath);
    if (violation) violations.push(violation);

    if (lookup.kind === 'not-found') return dcError(404, `No resource at ${req.url.pathname}`);
    if (lookup.kind === 'method-not-allowed') return { ...dcError(405, `Method ${req.method} is not allowed here`), headers: { allow: lookup.allowed.join(', ') } };

    const identity = authenticate(state, req);
    if (!identity) {
      return req.auth.kind === 'none'
        ? dcError(401, 'You are not permitted to access this resource', null, EXCEPTIONS.authorisation)
        : dcError(401, 'Authentication failed. Please check your credentials and try again.', null, EXCEPTIONS.authentication);
    }
    req.setIdentity(identity.user.slug);
    const route = lookup.route.handler;
    // The server says 401, not 403, for "authenticated but not allowed" (api-contracts.md §2.1).
    if (!hasPermission(identity, route.permission)) return dcError(401, `You need ${route.permission} permission for this resource.`, null, EXCEPTIONS.authorisation);
    if (violation) {
      if (violation.reason === 'content-type') return dcError(415, 'Unsupported Media Type: send Content-Type: application/json');
      return dcErrors(400, violation.errors.map((e) => ({ context: fieldPath(e.pointer) || null, message: e.message, exceptionName: null })));
    }

    let repo: DcRepository | undefined;
    const projectKey = lookup.params['projectKey'];
    if (projectKey !== undefined) {
      const project = state.project(projectKey);
      if (!project) return dcError(404, `Project ${projectKey} does not exist.`, null, EXCEPTIONS.noSuchProject);
      repo = project.repositories.get(lookup.params['repositorySlug']!.toLowerCase());
      if (!repo) return dcError(404, `Repository ${projectKey}/${lookup.params['repositorySlug']} does not exist.`, null, EXCEPTIONS.noSuchRepository);
    }
    return route.handler({ req, params: lookup.params, state, identity, repo, settings, base: `${req.origin}${contextPath}` });
  };

  const server = await startFakeServer<DcRoute>({
    basePath: contextPath,
    router,
    // `1.0` and `latest` name the same resources; routes are written with `latest`.
    normalizePath: (path) => path.replace(/^\/rest\/([a-z-]+)\/1\.0\//, '/rest/$1/latest/'),
    handle,
    errorReply: (status, message, fault) => {
      const reply = dcError(status, message);
      if (fault?.kind !== 'rate-limit') return reply;
      // Header names from Data Center's rate-limit handler (api-contracts.md §2.7).
      const headers: Record<string, string> = { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-interval-seconds': '1', 'x-ratelimit-fillrate': '5' };
      if (fault.retryAfterSeconds !== null) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
      return { ...reply, headers };
    },
  });
  const url = `${server.origin}${contextPath}`;

  return {
    url,
    origin: server.origin,
    state,
    violations,
    requests: server.requests,
    specValidation: validator.status,
    credentials: DC_CREDENTIALS,
    authorization: { bearer: `Bearer ${DC_CREDENTIALS.bearer}`, basic: basicAuthorization(DC_CREDENTIALS.basic) },
    repositoryUrl: (projectKey, slug) => (projectKey.startsWith('~') ? `${url}/users/${projectKey.slice(1)}/repos/${slug}` : `${url}/projects/${projectKey}/repos/${slug}`),
    addIdentity: (identity) => state.addIdentity(identity),
    setFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}

function authenticate(state: DcState, req: FakeRequest): DcIdentity | undefined {
  const auth = req.auth;
  if (auth.kind === 'bearer') return state.identities.find((i) => i.bearer === auth.token);
  if (auth.kind === 'basic') return state.identities.find((i) => i.basic?.username === auth.username && i.basic.password === auth.password);
  return undefined;
}

