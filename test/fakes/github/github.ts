/**
 * A GitHub REST fake on loopback, github.com-style (the API at the root) or GitHub Enterprise
 * Server-style (`/api/v3`): pull requests, issue comments, check runs with annotations, commit
 * statuses, `GET /user`, `GET /rate_limit`. It keeps state like GitHub, answers in GitHub's error
 * shapes, tells token kinds apart the way GitHub does, sends `x-ratelimit-*` on every answer and
 * checks every request body against GitHub's OpenAPI description.
 *
 *   const gh = await startGitHub();
 *   gh.state.addRepository({ owner: 'acme', name: 'widgets' });
 *   gh.state.addPullRequest('acme/widgets', { number: 7, headRef: 'feature', headSha: sha });
 *   // client: GITHUB_API_URL = gh.url, GITHUB_TOKEN = gh.credentials.actions
 *   expect(gh.violations).toEqual([]);
 *   await gh.close();
 */
import type { IncomingHttpHeaders } from 'node:http';
import { bodyViolation } from '../body-check.js';
import { startFakeServer, type FakeRequest, type RecordedRequest, type Reply } from '../fake-server.js';
import { FaultController, type Fault, type FaultHandle, type FaultMatch } from '../faults.js';
import { Router, type RouteLookup } from '../router.js';
import { loadSpecValidator, type SpecValidationStatus, type SpecValidator, type SpecViolation } from '../spec-validator.js';
import { GITHUB_MEDIA_TYPE, HOURLY_RATE_LIMITS, SUPPORTED_API_VERSIONS, type ApiVersion } from './limits.js';
import { RateLimiter, secondaryExceeded, type BudgetChange, type RateBudget, type RateLimitedKind } from './rate-limits.js';
import type { AccountRoute, GitHubRoute } from './route.js';
import { ACCOUNT_ROUTES } from './routes-account.js';
import { CHECK_ROUTES } from './routes-checks.js';
import { COMMENT_ROUTES } from './routes-comments.js';
import { PULL_ROUTES } from './routes-pulls.js';
import { STATUS_ROUTES } from './routes-statuses.js';
import { GitHubState } from './state.js';
import { DEFAULT_TOKENS, GITHUB_CREDENTIALS, grants, isInstallation, notAccessibleMessage, type DefaultTokenName, type GitHubToken } from './tokens.js';
import { basicError, describeSchemaErrors, invalidRequest, type Urls } from './wire.js';

export interface GitHubOptions {
  /** `''` (default): github.com, `url` is the API root. `'/api/v3'`: GitHub Enterprise Server. */
  readonly basePath?: '' | '/api/v3';
  /** Replaces the default tokens (`GITHUB_CREDENTIALS`); add more with `addToken`. */
  readonly tokens?: readonly GitHubToken[];
  /** Caps `per_page` below GitHub's 100 (e.g. 2), so a test proves the client follows `Link`. */
  readonly maxPerPage?: number;
  /** Hourly primary limits by kind of token (api-contracts.md §3.6 by default). */
  readonly rateLimits?: Partial<Record<RateLimitedKind, number>>;
  /** Refuse content-generating requests past 80 a minute / 500 an hour, as GitHub does. Default true. */
  readonly enforceContentCreationLimits?: boolean;
  /** Directory holding github-subset.json; `false` turns spec validation off. */
  readonly specs?: string | false;
  readonly clock?: () => Date;
}

export interface SecondaryRateLimitOptions {
  /** GitHub answers secondary limits with 403 or 429; default 403. */
  readonly status?: 403 | 429;
  /** Default 1, to keep tests fast (GitHub's are typically 60); `null` leaves `retry-after` out. */
  readonly retryAfterSeconds?: number | null;
  /** How many matching requests; default 1. */
  readonly times?: number;
  readonly match?: FaultMatch;
}

export interface GitHubFake {
  /** The API base a client is given (`GITHUB_API_URL`): the root, or `…/api/v3`. */
  readonly url: string;
  readonly origin: string;
  /** Where `html_url`s point: https://github.com, or the GHES host itself. */
  readonly webUrl: string;
  readonly state: GitHubState;
  /** Secrets of the default tokens. */
  readonly credentials: typeof GITHUB_CREDENTIALS;
  readonly tokens: Readonly<Record<DefaultTokenName, GitHubToken>>;
  /** What a well-behaved client sends with a token: Authorization, Accept and X-GitHub-Api-Version. */
  headers(token: DefaultTokenName | GitHubToken): Record<string, string>;
  /** Request bodies and headers GitHub's contract rejects; a well-behaved client leaves this empty. */
  readonly violations: readonly SpecViolation[];
  readonly requests: readonly RecordedRequest[];
  readonly specValidation: SpecValidationStatus;
  addToken(token: GitHubToken): GitHubToken;
  /** A token's primary budget now (anonymous callers' without one). */
  rateLimit(token?: DefaultTokenName | GitHubToken): RateBudget;
  /** Spends or restores a primary budget: `{ remaining: 0, resetInSeconds: 1 }` makes the next request 403. */
  setRateLimit(token: DefaultTokenName | GitHubToken | undefined, change: BudgetChange): RateBudget;
  /** Content-generating requests seen (comment, check-run and status creations). */
  readonly contentCreation: { readonly count: number; maxPerMinute(): number };
  /** Answers the next matching request(s) with GitHub's secondary rate limit, after authentication. */
  secondaryRateLimit(options?: SecondaryRateLimitOptions): FaultHandle;
  /** The shared faults; a `rate-limit` fault is GitHub's secondary limit with status 429. */
  setFault(fault: Fault): FaultHandle;
  clearFaults(): void;
  close(): Promise<void>;
}

type AnyRoute = GitHubRoute | AccountRoute;
const ROUTES: readonly AnyRoute[] = [...PULL_ROUTES, ...COMMENT_ROUTES, ...CHECK_ROUTES, ...STATUS_ROUTES, ...ACCOUNT_ROUTES];
const VERSIONS_DOCS = 'https://docs.github.com/rest/overview/api-versions';

export async function startGitHub(options: GitHubOptions = {}): Promise<GitHubFake> {
  const basePath = options.basePath ?? '';
  const state = new GitHubState(options.clock);
  for (const token of options.tokens ?? Object.values(DEFAULT_TOKENS)) state.addToken(token);
  const limiter = new RateLimiter(() => state.nowMs(), { ...HOURLY_RATE_LIMITS, ...options.rateLimits });
  const enforceContentLimits = options.enforceContentCreationLimits ?? true;
  const settings = { maxPerPage: options.maxPerPage ?? Infinity };
  const validator = loadSpecValidator('github', options.specs);
  const violations: SpecViolation[] = [];
  // Secondary limits are answered after authentication (they carry the caller's x-ratelimit-* headers),
  // so they have their own queue, matched like every shared fault.
  const secondaryFaults = new FaultController();
  const secondaryStatus = new WeakMap<Fault, 403 | 429>();
  const router = new Router<AnyRoute>();
  for (const route of ROUTES) router.add(route.method, route.template, route.name, route);

  const handle = (req: FakeRequest, lookup: RouteLookup<AnyRoute>): Reply => {
    const apiPath = req.relPath ?? req.url.pathname;
    const bodyProblems = bodyViolations(validator, req, apiPath);
    violations.push(...bodyProblems, ...headerViolations(req, apiPath));
    const token = authenticate(state, req.headers);
    // GitHub's Date, on the fake's clock: the time a client may take for `since`.
    const date = new Date(state.nowMs()).toUTCString();
    const answer = (reply: Reply): Reply => ({ ...reply, headers: { date, ...limiter.headers(token === 'unknown' ? undefined : token), ...reply.headers } });

    const version = req.headers['x-github-api-version'];
    if (typeof version !== 'string') {
      return answer(basicError(400, `No "X-GitHub-Api-Version" request header was sent; this fake requires one of ${quoted(SUPPORTED_API_VERSIONS)} (GitHub itself falls back to 2022-11-28).`, VERSIONS_DOCS));
    }
    if (!isSupported(version)) {
      // GitHub's wording for an unsupported version (expipiplus1/update-nix-fetchgit#79).
      return answer(basicError(400, `The version you specified in the "X-GitHub-Api-Version" request header, "${version}", is not a supported version. The following versions are currently supported: ${quoted(SUPPORTED_API_VERSIONS)}.`, VERSIONS_DOCS));
    }
    // GitHub answers 404, not 405, for a method an endpoint does not support.
    if (lookup.kind !== 'found') return answer(basicError(404, 'Not Found'));
    const route = lookup.route.handler;
    const urls: Urls = { api: `${req.origin}${basePath}`, web: basePath === '' ? 'https://github.com' : req.origin, version };

    if (token === 'unknown') return answer(basicError(401, 'Bad credentials'));
    if (token === undefined && !(route.kind === 'account' && route.anonymous)) return answer(basicError(401, 'Requires authentication'));
    if (token) req.setIdentity(token.account.login);
    const secondary = secondaryFaults.plan({ method: req.method, path: apiPath, operation: route.name }).terminal;
    if (secondary?.kind === 'rate-limit') return answer(secondaryExceeded(secondaryStatus.get(secondary) ?? 403, secondary.retryAfterSeconds ?? null));

    if (route.kind === 'account') {
      if (route.name !== 'rateLimit.get' && token && !limiter.take(token)) return answer(limiter.primaryExceeded(token));
      return answer(route.handler({ token, urls, docs: route.docs, budget: limiter.budget(token), nowSeconds: Math.floor(state.nowMs() / 1000) }));
    }
    const caller = token!;
    if (!limiter.take(caller)) return answer(limiter.primaryExceeded(caller));

    const repo = state.repository(`${lookup.params['owner']}/${lookup.params['repo']}`);
    if (!repo) return answer(basicError(404, 'Not Found', route.docs));
    if (route.appsOnly && !isInstallation(caller)) return answer(basicError(403, 'You must authenticate via a GitHub App.', route.docs));
    if (!grants(caller, route.permission)) return answer(basicError(403, notAccessibleMessage(caller), route.docs));
    if (route.createsContent && !limiter.takeContentCreation(enforceContentLimits)) return answer(secondaryExceeded(403, 60));

    if (req.jsonError !== undefined) return answer(basicError(400, 'Problems parsing JSON', route.docs));
    const rejected = bodyProblems.find((v) => v.reason !== 'content-type');
    if (rejected) return answer(invalidRequest(route.docs, describeSchemaErrors(rejected)));
    return answer(route.handler({ req, params: lookup.params, state, token: caller, repo, urls, settings, docs: route.docs }));
  };

  const server = await startFakeServer<AnyRoute>({ basePath, router, handle, errorReply: (status, message) => basicError(status, message) });
  const tokenOf = (token: DefaultTokenName | GitHubToken): GitHubToken => (typeof token === 'string' ? DEFAULT_TOKENS[token] : token);
  const secondaryRateLimit = (opts: SecondaryRateLimitOptions = {}): FaultHandle => {
    const fault: Fault = { kind: 'rate-limit', retryAfterSeconds: opts.retryAfterSeconds === undefined ? 1 : opts.retryAfterSeconds, ...(opts.times === undefined ? {} : { times: opts.times }), ...(opts.match ? { match: opts.match } : {}) };
    secondaryStatus.set(fault, opts.status ?? 403);
    return secondaryFaults.add(fault);
  };

  return {
    url: `${server.origin}${basePath}`,
    origin: server.origin,
    webUrl: basePath === '' ? 'https://github.com' : server.origin,
    state,
    credentials: GITHUB_CREDENTIALS,
    tokens: DEFAULT_TOKENS,
    headers: (token) => ({ authorization: `Bearer ${tokenOf(token).token}`, accept: GITHUB_MEDIA_TYPE, 'x-github-api-version': SUPPORTED_API_VERSIONS[0] }),
    violations,
    requests: server.requests,
    specValidation: validator.status,
    addToken: (token) => state.addToken(token),
    rateLimit: (token) => limiter.budget(token === undefined ? undefined : tokenOf(token)),
    setRateLimit: (token, change) => limiter.set(token === undefined ? undefined : tokenOf(token), change),
    contentCreation: {
      get count() {
        return limiter.contentCreationCount;
      },
      maxPerMinute: () => limiter.maxContentCreationPerMinute(),
    },
    secondaryRateLimit,
    setFault: (fault) => (fault.kind === 'rate-limit' ? secondaryRateLimit({ ...fault, status: 429 }) : server.faults.add(fault)),
    clearFaults: () => {
      server.faults.clear();
      secondaryFaults.clear();
    },
    close: () => server.close(),
  };
}

/** The caller's token; `'unknown'` for credentials GitHub would not recognise. Bearer, `token` and Basic (password = token) all work. */
function authenticate(state: GitHubState, headers: IncomingHttpHeaders): GitHubToken | 'unknown' | undefined {
  const header = headers.authorization?.trim();
  if (!header) return undefined;
  const [scheme = '', value = ''] = header.split(/\s+/, 2);
  let secret: string | undefined;
  if (/^(bearer|token)$/i.test(scheme)) secret = value;
  else if (/^basic$/i.test(scheme)) secret = Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
  return (secret && state.token(secret)) || 'unknown';
}

/**
 * Body problems are all recorded. A body sent without a JSON content type is still parsed (GitHub
 * does), so its schema is checked too.
 */
function bodyViolations(validator: SpecValidator, req: FakeRequest, apiPath: string): SpecViolation[] {
  const first = bodyViolation('github', validator, req, apiPath);
  if (first?.reason !== 'content-type' || req.jsonError !== undefined) return first ? [first] : [];
  const schema = validator.checkBody(req.method, apiPath, req.body);
  return schema.ok ? [first] : [first, schema.violation];
}

/** api-contracts.md §3.1: every request names the media type and the API version. */
function headerViolations(req: FakeRequest, apiPath: string): SpecViolation[] {
  const problems: Array<{ pointer: string; message: string }> = [];
  if (!(req.headers.accept ?? '').includes(GITHUB_MEDIA_TYPE)) problems.push({ pointer: 'accept', message: `Accept is ${req.headers.accept ?? '(none)'}, not ${GITHUB_MEDIA_TYPE}` });
  const version = req.headers['x-github-api-version'];
  if (typeof version !== 'string' || !isSupported(version)) problems.push({ pointer: 'x-github-api-version', message: `X-GitHub-Api-Version is ${version ?? '(none)'}, not one of ${SUPPORTED_API_VERSIONS.join(', ')}` });
  if (problems.length === 0) return [];
  return [{ spec: 'github', method: req.method, path: apiPath, reason: 'header', errors: problems, body: req.body.present ? req.body.value : undefined }];
}

function isSupported(version: string): version is ApiVersion {
  return (SUPPORTED_API_VERSIONS as readonly string[]).includes(version);
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

