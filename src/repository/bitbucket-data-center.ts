/**
 * Bitbucket Data Center references. The server can live under a context path and any port, so
 * the repository is found by the shape of the path (`projects|users/X/repos/Y`, `scm/X/Y.git`)
 * and whatever precedes it is the base URL.
 */
import { bitbucketSlug, dataCenterProjectKey, personalProjectKey, pullRequestIn } from './names.js';
import type { BitbucketDataCenterRepository } from './reference.js';

/** A Data Center path shape found in a URL, names still raw. */
export interface DataCenterPath {
  context: readonly string[];
  owner: { kind: 'project' | 'user'; raw: string };
  slug: string;
  tail: readonly string[];
}

const REST_VERSION = /^(?:\d+(?:\.\d+)*|latest)$/;

function is(segment: string | undefined, word: string): boolean {
  return segment?.toLowerCase() === word;
}

/** `undefined` when the path has no Data Center shape. */
export function matchDataCenterPath(segments: readonly string[]): DataCenterPath | undefined {
  return matchBrowsePath(segments) ?? matchClonePath(segments);
}

function matchBrowsePath(segments: readonly string[]): DataCenterPath | undefined {
  for (let i = 0; i + 3 < segments.length; i++) {
    const owner = segments[i]?.toLowerCase();
    const raw = segments[i + 1];
    const slug = segments[i + 3];
    if ((owner !== 'projects' && owner !== 'users') || !is(segments[i + 2], 'repos') || raw === undefined || slug === undefined) {
      continue;
    }
    return {
      context: withoutRestPrefix(segments.slice(0, i)),
      owner: { kind: owner === 'users' ? 'user' : 'project', raw },
      slug,
      tail: segments.slice(i + 4),
    };
  }
  return undefined;
}

/** A pasted REST URL (`/rest/api/1.0/projects/…`) names the same repository as the web page. */
function withoutRestPrefix(context: readonly string[]): readonly string[] {
  const n = context.length;
  if (n >= 3 && is(context[n - 3], 'rest') && REST_VERSION.test(context[n - 1] ?? '')) return context.slice(0, n - 3);
  return context;
}

// A clone URL ends in `scm/key/slug.git`; anchoring at the end lets the context path be anything.
function matchClonePath(segments: readonly string[]): DataCenterPath | undefined {
  const n = segments.length;
  const raw = segments[n - 2];
  const slug = segments[n - 1];
  if (n < 3 || !is(segments[n - 3], 'scm') || raw === undefined || slug === undefined) return undefined;
  return { context: segments.slice(0, n - 3), owner: { kind: 'project', raw }, slug, tail: [] };
}

export function dataCenterRepository(origin: string, path: DataCenterPath): BitbucketDataCenterRepository {
  const context = path.context.map((segment) => `/${segment}`).join('');
  return {
    platform: 'bitbucket-data-center',
    baseUrl: `${origin}${context}`,
    projectKey: path.owner.kind === 'user' ? personalProjectKey(path.owner.raw) : dataCenterProjectKey(path.owner.raw),
    slug: bitbucketSlug(path.slug),
    ...pullRequestIn(path.tail, 'pull-requests'),
  };
}

/** `ssh://git@host:7999/key/slug.git`: REST is assumed at `https://host` until API_URL says otherwise. */
export function dataCenterSshRepository(origin: string, key: string, slug: string): BitbucketDataCenterRepository {
  return {
    platform: 'bitbucket-data-center',
    baseUrl: origin,
    projectKey: dataCenterProjectKey(key),
    slug: bitbucketSlug(slug),
    fromSsh: true,
  };
}
