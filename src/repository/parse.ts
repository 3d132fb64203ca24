/**
 * Every accepted repository form → a RepositoryRef, or an InputError (source `REPOSITORY`) that
 * lists the accepted forms. Nothing else is ever thrown for a string input.
 *
 * Which platform:
 * - bitbucket.org is Bitbucket Cloud and github.com is GitHub, whatever the path says.
 * - The host of `githubServerUrl` is GitHub (GitHub Enterprise in Actions), unless `platform` names
 *   another platform.
 * - Any other host is Bitbucket Data Center when the path has a Data Center shape, or for an SSH
 *   clone URL; it is GitHub Enterprise only with `platform: 'github'`.
 * - A bare `owner/repo` is `platform`, else `slugPlatform`, else Bitbucket Cloud.
 * - A `platform` that contradicts the form is an error rather than a guess.
 *
 * Normalisation (case rules in names.ts): hosts lower case, default ports dropped, trailing slashes,
 * one `.git` suffix, query strings and fragments ignored, names percent-decoded. Page tails after
 * the repository are ignored except `/pull-requests/N` (Bitbucket) and `/pull/N` (GitHub), which
 * set `pullRequest`.
 */
import { InputError } from '../core/errors.js';
import { cloudRepository, isCloudHost } from './bitbucket-cloud.js';
import { dataCenterRepository, dataCenterSshRepository, matchDataCenterPath } from './bitbucket-data-center.js';
import { GITHUB_ORIGIN, githubRepository, githubServer, isGitHubDotCom, type GitHubServer } from './github.js';
import { locate, type Location } from './location.js';
import { contradiction, REPOSITORY_SOURCE, unrecognised } from './messages.js';
import type { PlatformName, RepositoryRef } from './reference.js';

export interface ParseRepositoryOptions {
  /** Explicit platform (the PLATFORM setting); the input must not contradict it. */
  platform?: PlatformName;
  /** What a bare `owner/repo` means when `platform` is not given. */
  slugPlatform?: 'bitbucket-cloud' | 'github';
  /** GITHUB_SERVER_URL: its host is GitHub, and it is the server of a bare GitHub `owner/repo`. */
  githubServerUrl?: string;
}

interface Context {
  input: string;
  platform: PlatformName | undefined;
  github: GitHubServer | undefined;
}

const PLATFORMS: readonly PlatformName[] = ['bitbucket-cloud', 'bitbucket-data-center', 'github'];

export function parseRepository(input: string, options: ParseRepositoryOptions = {}): RepositoryRef {
  const context: Context = {
    input,
    platform: checkedPlatform(options.platform, 'PLATFORM'),
    github: options.githubServerUrl === undefined ? undefined : githubServer(options.githubServerUrl),
  };
  const location = locate(input);
  switch (location.kind) {
    case 'slug':
      return fromSlug(location.segments, context.platform ?? checkedPlatform(options.slugPlatform, 'slugPlatform'), context);
    case 'web':
      return fromWeb(location, context);
    case 'ssh':
      return fromSsh(location, context);
  }
}

// Settings are typed, but a platform read from YAML or the environment may not be.
function checkedPlatform(platform: string | undefined, source: string): PlatformName | undefined {
  if (platform === undefined) return undefined;
  const known = PLATFORMS.find((name) => name === platform);
  if (!known) throw new InputError(`must be one of ${PLATFORMS.join(', ')}`, { source });
  return known;
}

function fromSlug(segments: readonly [string, string], platform: PlatformName | undefined, context: Context): RepositoryRef {
  if (platform === 'bitbucket-data-center') {
    throw new InputError(
      'a bare KEY/slug does not say which Bitbucket Data Center server to use; give its URL, ' +
        'e.g. https://host/projects/KEY/repos/slug',
      { source: REPOSITORY_SOURCE },
    );
  }
  if (platform === 'github') return required(githubRepository(context.github?.origin ?? GITHUB_ORIGIN, segments), context);
  return required(cloudRepository(segments), context);
}

/** bitbucket.org and github.com decide the platform; so does the configured GitHub server, unless the platform says otherwise. */
function platformOfHost(hostname: string, context: Context): 'bitbucket-cloud' | 'github' | undefined {
  if (isCloudHost(hostname)) return 'bitbucket-cloud';
  if (isGitHubDotCom(hostname)) return 'github';
  const configuredOther = context.platform !== undefined && context.platform !== 'github';
  if (context.github?.hostname === hostname && !configuredOther) return 'github';
  return undefined;
}

function githubOrigin(location: Exclude<Location, { kind: 'slug' }>, context: Context): string {
  if (isGitHubDotCom(location.hostname)) return GITHUB_ORIGIN;
  if (context.github?.hostname === location.hostname) return context.github.origin;
  return location.origin;
}

function fromWeb(location: Extract<Location, { kind: 'web' }>, context: Context): RepositoryRef {
  const host = platformOfHost(location.hostname, context);
  if (host) {
    agree(host, context);
    if (host === 'bitbucket-cloud') return required(cloudRepository(location.segments), context);
    return required(githubRepository(githubOrigin(location, context), location.segments), context);
  }
  const dataCenter = matchDataCenterPath(location.segments);
  if (dataCenter) {
    agree('bitbucket-data-center', context);
    return dataCenterRepository(location.origin, dataCenter);
  }
  switch (context.platform) {
    case 'github':
      return required(githubRepository(location.origin, location.segments), context);
    case 'bitbucket-cloud':
      throw unrecognised(context.input, 'the platform is set to bitbucket-cloud, but Bitbucket Cloud repositories are on bitbucket.org');
    case 'bitbucket-data-center':
      throw unrecognised(context.input, 'the path is not a Bitbucket Data Center repository path');
    case undefined:
      throw unrecognised(
        context.input,
        'the host is not bitbucket.org or github.com and the path is not a Bitbucket Data Center form; for GitHub Enterprise set PLATFORM=github',
      );
  }
}

function fromSsh(location: Extract<Location, { kind: 'ssh' }>, context: Context): RepositoryRef {
  const platform = platformOfHost(location.hostname, context) ?? (context.platform === 'github' ? 'github' : 'bitbucket-data-center');
  agree(platform, context);
  const [owner, name, ...rest] = location.segments;
  if (owner === undefined || name === undefined || rest.length > 0) {
    throw unrecognised(context.input, 'an SSH clone URL has exactly two path parts after the host');
  }
  switch (platform) {
    case 'bitbucket-cloud':
      return required(cloudRepository(location.segments), context);
    case 'github':
      return required(githubRepository(githubOrigin(location, context), location.segments), context);
    case 'bitbucket-data-center':
      return dataCenterSshRepository(location.origin, owner, name);
  }
}

function agree(detected: PlatformName, context: Context): void {
  if (context.platform !== undefined && context.platform !== detected) {
    const hint = detected === 'bitbucket-data-center' && context.platform === 'bitbucket-cloud' ? 'Bitbucket Cloud repositories are on bitbucket.org.' : undefined;
    throw contradiction(context.input, detected, context.platform, hint);
  }
}

function required<T>(ref: T | undefined, context: Context): T {
  if (ref === undefined) throw unrecognised(context.input, 'it does not name both an owner and a repository');
  return ref;
}
