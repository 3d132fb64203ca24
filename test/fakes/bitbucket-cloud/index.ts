/**
 * A Bitbucket Cloud REST 2.0 fake on loopback: PR lookup, comments, Code Insights, build statuses,
 * keeping state the way the platform does and refusing, in the platform's own error shapes, what
 * the platform refuses — including any request body the vendor's OpenAPI description rejects.
 *
 *   const cloud = await startBitbucketCloud();
 *   cloud.state.addRepository({ workspace: 'acme', slug: 'widgets' });
 *   cloud.state.addPullRequest('acme/widgets', { sourceBranch: 'feature', sourceCommit: sha });
 *   // point the client at cloud.url with `Authorization: Bearer ${cloud.credentials.bearer}`
 *   expect(cloud.violations).toEqual([]);
 *   await cloud.close();
 */
import { basicAuthorization, type BasicCredentials } from '../auth.js';
import { bodyViolation, fieldPath } from '../body-check.js';
import { CloudState, type CloudIdentity, type CloudUser } from './state.js';
import { cloudError, insightsError } from './wire.js';
import { PULL_REQUEST_ROUTES, type CloudRoute, type CloudSettings } from './routes.js';
import { INSIGHTS_ROUTES, STATUS_ROUTES } from './insights.js';
import { startFakeServer, type FakeRequest, type RecordedRequest, type Reply } from '../fake-server.js';
import type { Fault, FaultHandle } from '../faults.js';
import { Router, type RouteLookup } from '../router.js';
import { loadSpecValidator, type SpecValidationStatus, type SpecViolation } from '../spec-validator.js';

export * from './state.js';
export { CLOUD_LIMITS } from './insights.js';
export { ABBREVIATED_HASH_LENGTH } from './wire.js';

export const CLOUD_BOT_USER: CloudUser = {
  type: 'user',
  uuid: '{b0b0b0b0-0000-4000-8000-00000000b0b0}',
  display_name: 'pr-insights access token',
  account_id: '712020:bot-pr-insights',
  nickname: 'pr-insights-bot',
};

export const CLOUD_HUMAN_USER: CloudUser = {
  type: 'user',
  uuid: '{d0d0d0d0-0000-4000-8000-00000000d0d0}',
  display_name: 'Dev Eloper',
  account_id: '557058:dev-eloper',
  nickname: 'developer',
};

/** The credentials the default identities answer to. */
export const CLOUD_CREDENTIALS = {
  /** A repository access token: a bot user with every scope. */
  bearer: 'cloud-repository-access-token',
  /** An Atlassian account email + API token: a person with every scope. */
  basic: { username: 'dev@example.com', password: 'atlassian-api-token' } as BasicCredentials,
} as const;

export interface BitbucketCloudOptions {
  /** Replaces the default identities (CLOUD_CREDENTIALS). */
  readonly identities?: readonly CloudIdentity[];
  /** Default 10, the platform's default too; small on purpose, so clients must follow `next`. */
  readonly defaultPageLen?: number;
  readonly maxPageLen?: number;
  readonly maxCommentLength?: number;
  /** Override the scope a route requires, by route name, e.g. `{ 'comments.create': 'pullrequest:write' }`. */
  readonly scopeRequirements?: Readonly<Record<string, string>>;
  /** Directory holding bitbucket-cloud-subset.json; `false` turns spec validation off. */
  readonly specs?: string | false;
  readonly clock?: () => Date;
}

export interface BitbucketCloudFake {
  /** API base, including `/2.0`. */
  readonly url: string;
  readonly origin: string;
  readonly state: CloudState;
  /** Request bodies the spec (or JSON itself) rejected; a well-behaved client leaves this empty. */
  readonly violations: readonly SpecViolation[];
  readonly requests: readonly RecordedRequest[];
  readonly specValidation: SpecValidationStatus;
  readonly credentials: typeof CLOUD_CREDENTIALS;
  /** `Authorization` header values for the default identities. */
  readonly authorization: { readonly bearer: string; readonly basic: string };
  addIdentity(identity: CloudIdentity): CloudIdentity;
  setFault(fault: Fault): FaultHandle;
  clearFaults(): void;
  close(): Promise<void>;
}

/**
 * Scopes implied by others (Bitbucket's scope docs): write implies read, and pull request access
 * implies repository access.
 */
const IMPLIED_SCOPES: Record<string, readonly string[]> = {
  'pullrequest:write': ['pullrequest', 'repository:write', 'repository'],
  pullrequest: ['repository'],
  'repository:admin': ['repository:write', 'repository'],
  'repository:write': ['repository'],
};

const ROUTES: readonly CloudRoute[] = [...PULL_REQUEST_ROUTES, ...INSIGHTS_ROUTES, ...STATUS_ROUTES];

export async function startBitbucketCloud(options: BitbucketCloudOptions = {}): Promise<BitbucketCloudFake> {
  const state = new CloudState(options.clock);
  const identities = options.identities ?? [
    { user: CLOUD_BOT_USER, bearer: CLOUD_CREDENTIALS.bearer },
    { user: CLOUD_HUMAN_USER, basic: CLOUD_CREDENTIALS.basic },
  ];
  for (const identity of identities) state.addIdentity(identity);
  const settings: CloudSettings = {
    defaultPageLen: options.defaultPageLen ?? 10,
    maxPageLen: options.maxPageLen ?? 100,
    ...(options.maxCommentLength === undefined ? {} : { maxCommentLength: options.maxCommentLength }),
  };
  const validator = loadSpecValidator('bitbucket-cloud', options.specs);
  const violations: SpecViolation[] = [];
  const router = new Router<CloudRoute>();
  for (const route of ROUTES) router.add(route.method, route.template, route.name, route);

  const handle = (req: FakeRequest, lookup: RouteLookup<CloudRoute>): Reply => {
    const apiPath = req.url.pathname;
    const route = lookup.kind === 'found' ? lookup.route.handler : undefined;
    const error = (status: number, message: string, fields?: Record<string, string[]>) =>
      route?.insights ? insightsError(status, status === 400 ? 'report-service.general.bad-request' : `report-service.general.${status}`, message) : cloudError(status, message, fields);

    // Judged and recorded before anything else can answer, so `violations` misses nothing.
    const violation = bodyViolation('bitbucket-cloud', validator, req, apiPath);
    if (violation) violations.push(violation);

    if (lookup.kind === 'not-found') return cloudError(404, `Resource not found: ${apiPath}`);
    if (lookup.kind === 'method-not-allowed') return { ...cloudError(405, `Method ${req.method} not allowed`), headers: { allow: lookup.allowed.join(', ') } };

    const identity = authenticate(state, req);
    if (!identity) {
      return { ...cloudError(401, req.auth.kind === 'none' ? 'Authentication required.' : 'Token is invalid, expired, or not supported for this endpoint.'), headers: { 'www-authenticate': 'Bearer realm="api.bitbucket.org"' } };
    }
    req.setIdentity(identity.user.uuid);
    const required = options.scopeRequirements?.[lookup.route.name] ?? lookup.route.handler.scope;
    if (!hasScope(identity, required)) {
      return cloudError(403, 'Your credentials lack one or more required privilege scopes.', undefined, `required: ${required}; granted: ${(identity.scopes ?? []).join(', ')}`);
    }
    if (violation) {
      if (violation.reason === 'content-type') return error(415, 'Unsupported Media Type: send Content-Type: application/json');
      return error(400, describeViolation(violation), fieldsOf(violation));
    }

    const repo = state.repository(`${lookup.params['workspace']}/${lookup.params['repo_slug']}`);
    if (!repo) return error(404, `Repository ${lookup.params['workspace']}/${lookup.params['repo_slug']} not found`);
    return lookup.route.handler.handler({ req, params: lookup.params, state, identity, repo, settings });
  };

  const server = await startFakeServer<CloudRoute>({
    basePath: '/2.0',
    router,
    handle,
    errorReply: (status, message, fault) => {
      const reply = cloudError(status, message);
      if (fault?.kind !== 'rate-limit' || fault.retryAfterSeconds === null) return reply;
      return { ...reply, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } };
    },
  });

  return {
    url: `${server.origin}/2.0`,
    origin: server.origin,
    state,
    violations,
    requests: server.requests,
    specValidation: validator.status,
    credentials: CLOUD_CREDENTIALS,
    authorization: { bearer: `Bearer ${CLOUD_CREDENTIALS.bearer}`, basic: basicAuthorization(CLOUD_CREDENTIALS.basic) },
    addIdentity: (identity) => state.addIdentity(identity),
    setFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}

function authenticate(state: CloudState, req: FakeRequest): CloudIdentity | undefined {
  const auth = req.auth;
  if (auth.kind === 'bearer') return state.identities.find((i) => i.bearer === auth.token);
  if (auth.kind === 'basic') return state.identities.find((i) => i.basic?.username === auth.username && i.basic.password === auth.password);
  return undefined;
}

function hasScope(identity: CloudIdentity, required: string): boolean {
  if (!identity.scopes) return true;
  const granted = new Set(identity.scopes.flatMap((s) => [s, ...(IMPLIED_SCOPES[s] ?? [])]));
  return granted.has(required);
}

function describeViolation(violation: SpecViolation): string {
  return `Bad request: ${violation.errors.map((e) => `${e.pointer || '(body)'} ${e.message}`).join('; ')}`;
}

function fieldsOf(violation: SpecViolation): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const e of violation.errors) (fields[fieldPath(e.pointer) || '__all__'] ??= []).push(e.message);
  return fields;
}
