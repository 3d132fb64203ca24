/** Bitbucket Cloud references: always on bitbucket.org, `workspace/slug` plus an ignored page tail. */
import { bitbucketSlug, bitbucketWorkspace, pullRequestIn } from './names.js';
import type { BitbucketCloudRepository } from './reference.js';

export const CLOUD_ORIGIN = 'https://bitbucket.org';

// altssh is Cloud's SSH-over-443 endpoint.
const CLOUD_HOSTS: ReadonlySet<string> = new Set(['bitbucket.org', 'www.bitbucket.org', 'altssh.bitbucket.org']);

export function isCloudHost(hostname: string): boolean {
  return CLOUD_HOSTS.has(hostname);
}

/** `undefined` when the path is too short to name a repository. */
export function cloudRepository(segments: readonly string[]): BitbucketCloudRepository | undefined {
  const [workspace, slug, ...tail] = segments;
  if (workspace === undefined || slug === undefined) return undefined;
  return {
    platform: 'bitbucket-cloud',
    workspace: bitbucketWorkspace(workspace),
    slug: bitbucketSlug(slug),
    ...pullRequestIn(tail, 'pull-requests'),
  };
}
