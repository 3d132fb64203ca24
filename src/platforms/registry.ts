/**
 * Builds the adapter for the repository's platform, with an HTTP client configured for it:
 * base URL, credentials, CA file, proxies. A new platform is a new folder beside its siblings and
 * a row in each table here.
 */
import { InputError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redact.js';
import { createRunClient, type HttpAuth, type HttpClient } from '../http/index.js';
import type { PlatformName, RepositoryRef } from '../repository/reference.js';
import { createBitbucketCloudApi } from './bitbucket-cloud/api.js';
import { CLOUD_LIMITS } from './bitbucket-cloud/wire.js';
import { createBitbucketDataCenterApi } from './bitbucket-data-center/api.js';
import { DC_LIMITS } from './bitbucket-data-center/wire.js';
import { createGitHubApi, defaultApiUrl } from './github/api.js';
import { GITHUB_LIMITS } from './github/wire.js';
import type { PlatformLimits } from './core/limits.js';
import type { PlatformApi } from './platform.js';

/** Everything a platform adapter needs, as plain values: no settings, no CI. */
export interface PlatformSetup {
  repository: RepositoryRef;
  /** Undefined without credentials (the Pipelines auth proxy may still serve Code Insights). */
  auth: HttpAuth | undefined;
  /** API_URL, when given. */
  apiUrl?: string;
  /** Seconds the run may spend on this platform's API, retries and rate-limit waits included (TIMEOUT). */
  timeoutSeconds?: number;
  caFile?: string;
  /** The Bitbucket Pipelines auth proxy, inside Pipelines. */
  pipelinesProxy?: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  redactor: Redactor;
}

/** Each platform's limits, known before anything is sent (the renderer caps the comment to them). */
export const PLATFORM_LIMITS: Readonly<Record<PlatformName, PlatformLimits>> = {
  'bitbucket-cloud': CLOUD_LIMITS,
  'bitbucket-data-center': DC_LIMITS,
  github: GITHUB_LIMITS,
};

type Factory = (setup: PlatformSetup, http: (options: { baseUrl: string; auth: HttpAuth; forwardProxy?: string }) => HttpClient) => PlatformApi;

const CLOUD_API = 'https://api.bitbucket.org/2.0';
/** The Pipelines auth proxy is a plain-HTTP forward proxy: it must be asked for http://api.bitbucket.org. */
const CLOUD_API_VIA_PIPELINES_PROXY = 'http://api.bitbucket.org/2.0';

const FACTORIES: Record<PlatformName, Factory> = {
  'bitbucket-cloud': (setup, http) => {
    const { repository, auth, pipelinesProxy } = setup;
    if (repository.platform !== 'bitbucket-cloud') throw new Error('unreachable');
    if (auth) return createBitbucketCloudApi({ repository, http: http({ baseUrl: setup.apiUrl ?? defaultApiBase(repository), auth }), log: setup.log, viaPipelinesProxy: false });
    if (pipelinesProxy) {
      setup.log.info(`no TOKEN: publishing Code Insights through the Bitbucket Pipelines auth proxy (${pipelinesProxy}); a comment or a build status needs a TOKEN`);
      return createBitbucketCloudApi({
        repository,
        http: http({ baseUrl: CLOUD_API_VIA_PIPELINES_PROXY, auth: { kind: 'none' }, forwardProxy: pipelinesProxy }),
        log: setup.log,
        viaPipelinesProxy: true,
      });
    }
    throw missingCredentials('Bitbucket Cloud', 'a repository, project or workspace access token (Bearer), or USERNAME (Atlassian account email) and PASSWORD (API token)');
  },
  'bitbucket-data-center': (setup, http) => {
    const { repository, auth } = setup;
    if (repository.platform !== 'bitbucket-data-center') throw new Error('unreachable');
    if (repository.fromSsh && !setup.apiUrl) {
      throw new InputError(`an SSH clone URL does not say where the REST API is; set API_URL to the server's https base (e.g. ${repository.baseUrl})`, {
        source: 'API_URL',
      });
    }
    if (!auth) throw missingCredentials('Bitbucket Data Center', 'an HTTP access token (Bearer), or USERNAME and PASSWORD');
    return createBitbucketDataCenterApi({
      repository,
      http: http({ baseUrl: setup.apiUrl ?? defaultApiBase(repository), auth }),
      log: setup.log,
      ...(auth.kind === 'basic' ? { username: auth.username } : {}),
    });
  },
  github: (setup, http) => {
    const { repository, auth } = setup;
    if (repository.platform !== 'github') throw new Error('unreachable');
    if (!auth) throw missingCredentials('GitHub', "the workflow's GITHUB_TOKEN (secrets.GITHUB_TOKEN), a GitHub App installation token, or a personal access token");
    // Inside Actions the composition root has already put GITHUB_API_URL in apiUrl.
    return createGitHubApi({ repository, http: http({ baseUrl: setup.apiUrl ?? defaultApiBase(repository), auth }), log: setup.log });
  },
};

export async function createPlatformApi(setup: PlatformSetup): Promise<PlatformApi> {
  // One deadline for every request of the run, from the moment publishing starts.
  const deadline = setup.timeoutSeconds === undefined ? undefined : Date.now() + setup.timeoutSeconds * 1000;
  const http = (options: { baseUrl: string; auth: HttpAuth; forwardProxy?: string }) =>
    createRunClient(setup, { ...options, ...(deadline === undefined ? {} : { deadline }) });
  return FACTORIES[setup.repository.platform](setup, http);
}

/** The API base a platform's client talks to, and what chose it, for the log and for the checks in compose. */
export function apiBase(repository: RepositoryRef, given: { url: string; from: string } | undefined): { url: string; from: string } {
  return given ?? { url: defaultApiBase(repository), from: repository.platform === 'bitbucket-cloud' ? 'the Bitbucket Cloud default' : 'REPOSITORY' };
}

/** Where a platform's API is when API_URL does not say: the one default the checks and the clients share. */
function defaultApiBase(repository: RepositoryRef): string {
  switch (repository.platform) {
    case 'bitbucket-cloud':
      return CLOUD_API;
    case 'bitbucket-data-center':
      return repository.baseUrl;
    case 'github':
      return defaultApiUrl(repository);
  }
}

function missingCredentials(platform: string, what: string): InputError {
  return new InputError(`no credentials for ${platform}: set TOKEN to ${what}`, { source: 'TOKEN' });
}
