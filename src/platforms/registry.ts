/**
 * Builds the adapter for the repository's platform, with an HTTP client configured for it:
 * base URL, credentials, CA file, proxies. A new platform is a new factory in this table.
 */
import { InputError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { createHttpClient, type HttpAuth, type HttpClient } from '../http/index.js';
import type { Redactor } from '../core/redact.js';
import type { PlatformName, RepositoryRef } from '../repository/reference.js';
import type { CiContext, Environment } from '../ci/context.js';
import type { Settings } from '../settings/settings.js';
import { createBitbucketCloudApi } from './bitbucket-cloud/api.js';
import { createBitbucketDataCenterApi } from './bitbucket-data-center/api.js';
import type { PlatformApi } from './platform.js';

export interface PlatformSetup {
  repository: RepositoryRef;
  settings: Settings;
  ci: CiContext;
  env: Environment;
  log: Logger;
  redactor: Redactor;
}

type Factory = (setup: PlatformSetup, http: (options: { baseUrl: string; auth: HttpAuth; forwardProxy?: string }) => HttpClient) => PlatformApi;

const CLOUD_API = 'https://api.bitbucket.org/2.0';
/** The Pipelines auth proxy is a plain-HTTP forward proxy: it must be asked for http://api.bitbucket.org. */
const CLOUD_API_VIA_PIPELINES_PROXY = 'http://api.bitbucket.org/2.0';

const FACTORIES: Record<PlatformName, Factory> = {
  'bitbucket-cloud': (setup, http) => {
    const { repository, settings, ci } = setup;
    if (repository.platform !== 'bitbucket-cloud') throw new Error('unreachable');
    const auth = credentials(settings);
    if (auth) return createBitbucketCloudApi({ repository, http: http({ baseUrl: settings.apiUrl ?? CLOUD_API, auth }), log: setup.log, viaPipelinesProxy: false });
    if (ci.pipelinesProxy) {
      setup.log.info(`no TOKEN: publishing Code Insights through the Bitbucket Pipelines auth proxy (${ci.pipelinesProxy}); a comment or a build status needs a TOKEN`);
      return createBitbucketCloudApi({
        repository,
        http: http({ baseUrl: CLOUD_API_VIA_PIPELINES_PROXY, auth: { kind: 'none' }, forwardProxy: ci.pipelinesProxy }),
        log: setup.log,
        viaPipelinesProxy: true,
      });
    }
    throw missingCredentials('Bitbucket Cloud', 'a repository, project or workspace access token (Bearer), or USERNAME (Atlassian account email) and PASSWORD (API token)');
  },
  'bitbucket-data-center': (setup, http) => {
    const { repository, settings } = setup;
    if (repository.platform !== 'bitbucket-data-center') throw new Error('unreachable');
    if (repository.fromSsh && !settings.apiUrl) {
      throw new InputError(`an SSH clone URL does not say where the REST API is; set API_URL to the server's https base (e.g. ${repository.baseUrl})`, {
        source: 'API_URL',
      });
    }
    const auth = credentials(settings);
    if (!auth) throw missingCredentials('Bitbucket Data Center', 'an HTTP access token (Bearer), or USERNAME and PASSWORD');
    return createBitbucketDataCenterApi({
      repository,
      http: http({ baseUrl: settings.apiUrl ?? repository.baseUrl, auth }),
      log: setup.log,
      ...(auth.kind === 'basic' ? { username: auth.username } : {}),
    });
  },
  github: () => {
    throw new InputError('publishing to GitHub is not available in this version yet; DRY_RUN=true renders everything', { source: 'PLATFORM' });
  },
};

export async function createPlatformApi(setup: PlatformSetup): Promise<PlatformApi> {
  const http = (options: { baseUrl: string; auth: HttpAuth; forwardProxy?: string }) =>
    createHttpClient({
      ...options,
      redactor: setup.redactor,
      env: setup.env,
      ...(setup.settings.caFile ? { caFile: setup.settings.caFile } : {}),
      logger: (line) => setup.log.debug(line),
    });
  return FACTORIES[setup.repository.platform](setup, http);
}

function credentials(settings: Settings): HttpAuth | undefined {
  if (settings.token) return { kind: 'bearer', token: settings.token };
  if (settings.username && settings.password) return { kind: 'basic', username: settings.username, password: settings.password };
  return undefined;
}

function missingCredentials(platform: string, what: string): InputError {
  return new InputError(`no credentials for ${platform}: set TOKEN to ${what}`, { source: 'TOKEN' });
}
