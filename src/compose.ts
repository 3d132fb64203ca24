/**
 * The one place where settings and the CI context become plain options: for the renderer, the
 * publish target and the platform. CI fallbacks were folded into the settings once, when they were
 * loaded; what is decided here is decided once, before anything is rendered or sent. Nothing below
 * this module imports Settings (report sources, in src/sources/, are the edge where they meet a reader).
 *
 * The platforms and the HTTP client load only when the run publishes (online.ts).
 */
import { InputError } from './core/errors.js';
import type { Logger } from './core/logger.js';
import type { Redactor } from './core/redact.js';
import type { CiContext, Environment } from './ci/context.js';
import type { HttpAuth } from './http/index.js';
import type { Decoration } from './platforms/platform.js';
import { isLoopback } from './http/url.js';
import type { PlatformLimits } from './platforms/core/limits.js';
import type { PlatformSetup } from './platforms/registry.js';
import type { PublishTarget } from './publish/publish.js';
import type { RenderOptions } from './render/index.js';
import type { Report } from './reports/model.js';
import type { ThresholdSet } from './reports/threshold-config.js';
import { parseRepository } from './repository/parse.js';
import type { RepositoryRef } from './repository/reference.js';
import { DEFAULT_REPORT_IDS } from './settings/definitions.js';
import type { Settings } from './settings/settings.js';

export interface RunPlan {
  repository: RepositoryRef | undefined;
  /** PULL_REQUEST, else the one a repository URL names: where the comment goes, dry run or not. */
  pullRequest: number | undefined;
  render: RenderOptions;
  /** Undefined in a dry run: nothing is sent. */
  publishing: { platform: PlatformSetup; limits: PlatformLimits; target: PublishTarget; wanted: Decoration[] } | undefined;
  /** The data-diff thresholds in force, for the verdict step (src/reports/data-diff-verdict.ts); undefined: judged as ever. */
  thresholds: ThresholdSet | undefined;
}

export interface ComposeContext {
  env: Environment;
  log: Logger;
  redactor: Redactor;
  dryRun: boolean;
}

export async function compose(settings: Settings, ci: CiContext, report: Report, context: ComposeContext): Promise<RunPlan> {
  // A repository that matches no form is bad input even in a dry run: the real run would fail the same way.
  const repository = resolveRepository(settings, ci);
  const commit = settings.commit;
  const pullRequest = settings.pullRequest ?? repository?.pullRequest;
  const link = settings.link ?? (report.kind === 'quality-gate' ? report.dashboardUrl : report.link);
  const publishing = context.dryRun ? undefined : await publishingPlan(settings, ci, repository, commit, pullRequest, context);
  const render: RenderOptions = {
    reportId: settings.reportId ?? DEFAULT_REPORT_IDS[report.kind],
    failOn: settings.failOn,
    ...(settings.title ? { title: settings.title } : {}),
    ...(link ? { link } : {}),
    ...(commit ? { commit } : {}),
    ...(publishing ? { commentLimit: publishing.limits.comment } : {}),
    ...(ci.buildUrl ? { statusFallbackUrl: ci.buildUrl } : {}),
  };
  return { repository, pullRequest, render, publishing, thresholds: settings.thresholdSet };
}

/** A bare `owner/repo` is GitHub inside GitHub Actions and Bitbucket Cloud elsewhere. */
function resolveRepository(settings: Settings, ci: CiContext): RepositoryRef | undefined {
  if (!settings.repository) return undefined;
  return parseRepository(settings.repository, {
    ...(settings.platform ? { platform: settings.platform } : {}),
    slugPlatform: ci.system === 'github-actions' ? 'github' : 'bitbucket-cloud',
    ...(ci.serverUrl ? { githubServerUrl: ci.serverUrl } : {}),
  });
}

/** Publishing needs a repository and a commit; both are checked before anything is rendered or sent. */
async function publishingPlan(
  settings: Settings,
  ci: CiContext,
  repository: RepositoryRef | undefined,
  commit: string | undefined,
  pullRequest: number | undefined,
  context: ComposeContext,
) {
  if (!repository) throw new InputError('missing; set REPOSITORY (or run inside a CI system that names the repository)', { source: 'REPOSITORY' });
  if (!commit) throw new InputError('missing; set COMMIT to the full SHA the report belongs to', { source: 'COMMIT' });
  const { apiBase, PLATFORM_LIMITS, readCaBundle } = await import('./online.js');
  const given = settings.apiUrl ? { url: settings.apiUrl, from: 'API_URL' } : repository.platform === 'github' && ci.apiUrl ? { url: ci.apiUrl, from: 'GITHUB_API_URL' } : undefined;
  const auth = credentials(settings);
  // Without credentials inside Pipelines the auth proxy decides the base (registry.ts); otherwise it is checked and said here.
  if (auth || !ci.pipelinesProxy) context.log.info(`API base: ${checkedApiBase(repository, apiBase(repository, given))}`);
  // Read now, so a CA_FILE that is missing, not a file or not PEM is exit 2 before anything is sent.
  if (settings.caFile) readCaBundle(settings.caFile);
  const platform: PlatformSetup = {
    repository,
    auth,
    ...(given ? { apiUrl: given.url } : {}),
    ...(settings.caFile ? { caFile: settings.caFile } : {}),
    ...(ci.pipelinesProxy ? { pipelinesProxy: ci.pipelinesProxy } : {}),
    timeoutSeconds: settings.timeout,
    env: context.env,
    log: context.log,
    redactor: context.redactor,
  };
  const target: PublishTarget = { commit, ...(pullRequest !== undefined ? { pullRequest } : {}), ...(ci.branch ? { branch: ci.branch } : {}), commentMode: settings.commentMode };
  return { platform, limits: PLATFORM_LIMITS[repository.platform], target, wanted: settings.publish };
}

/**
 * The base the credentials will be sent to, refused when that would be unsafe: plain http:// off
 * this machine (as the schema already refuses for API_URL), or, on Data Center, an API_URL on
 * another host than the repository's, which would hand the server's token to that host. An SSH
 * clone URL says nothing about the web host, so there API_URL is the user's word.
 */
function checkedApiBase(repository: RepositoryRef, base: { url: string; from: string }): string {
  const url = new URL(base.url);
  const source = base.from === 'API_URL' || base.from === 'GITHUB_API_URL' ? base.from : 'REPOSITORY';
  if (url.protocol === 'http:' && !isLoopback(url)) {
    throw new InputError(`the API at ${url.origin} would be reached over plain http://, sending the credentials in clear text; use its https:// URL (plain http only to localhost)`, {
      source,
    });
  }
  if (repository.platform === 'bitbucket-data-center' && base.from === 'API_URL' && !repository.fromSsh) {
    const own = new URL(repository.baseUrl).hostname;
    if (url.hostname !== own) {
      throw new InputError(
        `points at ${url.hostname}, but the repository is on ${own}: the Data Center credentials would be sent to another server. ` +
          'Leave API_URL unset (the repository URL gives the base), or give REPOSITORY as a URL on the API host',
        { source: 'API_URL' },
      );
    }
  }
  return `${url.href.replace(/\/+$/, '')} (from ${base.from})`;
}

function credentials(settings: Settings): HttpAuth | undefined {
  if (settings.token) return { kind: 'bearer', token: settings.token };
  if (settings.username && settings.password) return { kind: 'basic', username: settings.username, password: settings.password };
  return undefined;
}
