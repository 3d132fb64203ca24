/**
 * The one way this adapter talks to the server: REST paths built relative to the server base
 * (which carries any context path, so `/bitbucket` survives), the XSRF opt-out header on every
 * request, and the authenticated username picked up from whatever the server answers.
 */
import type { Logger } from '../../core/logger.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../http/index.js';
import type { BitbucketDataCenterRepository } from '../../repository/reference.js';
import { Identity } from './identity.js';

export interface DcClient {
  readonly repository: BitbucketDataCenterRepository;
  /** `KEY/slug` (or `~user/slug`), for messages. */
  readonly where: string;
  readonly identity: Identity;
  readonly log: Logger;
  /** `rest/api/latest/projects/{key}/repos/{slug}`, relative to the server base. */
  readonly repoApi: string;
  /** Code Insights base of one commit. */
  insightsOf(commit: string): string;
  /** The build-status API of servers older than 7.14 (not repository-scoped). */
  legacyBuildsOf(commit: string): string;
  /** The repository's page in the web UI. */
  readonly webUrl: string;
  request<T>(req: HttpRequest): Promise<HttpResponse<T>>;
}

// Harmless on JSON requests; without it the XSRF filter warns about (and on some versions refuses)
// DELETE and form-like requests.
const XSRF_HEADER = { 'x-atlassian-token': 'no-check' } as const;

export function createDcClient(options: { repository: BitbucketDataCenterRepository; http: HttpClient; log: Logger; username?: string }): DcClient {
  const { repository, http, log } = options;
  const identity = new Identity(options.username);
  const key = encodeURIComponent(repository.projectKey);
  const slug = encodeURIComponent(repository.slug);
  const webBase = repository.baseUrl.replace(/\/+$/, '');
  const webUrl = repository.projectKey.startsWith('~')
    ? `${webBase}/users/${encodeURIComponent(repository.projectKey.slice(1))}/repos/${slug}`
    : `${webBase}/projects/${key}/repos/${slug}`;

  return {
    repository,
    where: `${repository.projectKey}/${repository.slug}`,
    identity,
    log,
    repoApi: `rest/api/latest/projects/${key}/repos/${slug}`,
    insightsOf: (commit) => `rest/insights/latest/projects/${key}/repos/${slug}/commits/${encodeURIComponent(commit)}`,
    legacyBuildsOf: (commit) => `rest/build-status/1.0/commits/${encodeURIComponent(commit)}`,
    webUrl,
    async request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
      const res = await http.request<T>({ ...req, headers: { ...XSRF_HEADER, ...req.headers } });
      identity.observe(res.headers);
      return res;
    },
  };
}
