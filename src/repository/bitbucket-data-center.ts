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

// Compared decoded, as names are, so that writing a name back unencoded cannot create a new match.
function is(segment: string | undefined, word: string): boolean {
  if (segment === undefined) return false;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not a marker; a name in this position reports its own bad encoding.
  }
  return decoded.toLowerCase() === word;
}

/** `undefined` when the path has no Data Center shape. */
export function matchDataCenterPath(segments: readonly string[]): DataCenterPath | undefined {
  return matchBrowsePath(segments) ?? matchClonePath(segments);
}

function matchBrowsePath(segments: readonly string[]): DataCenterPath | undefined {
  for (let i = 0; i + 3 < segments.length; i++) {
    const users = is(segments[i], 'users');
    const raw = segments[i + 1];
    const slug = segments[i + 3];
    if ((!users && !is(segments[i], 'projects')) || !is(segments[i + 2], 'repos') || raw === undefined || slug === undefined) {
      continue;
    }
    return {
      context: segments.slice(0, i),
      owner: { kind: users ? 'user' : 'project', raw },
      slug,
      tail: segments.slice(i + 4),
    };
  }
  return undefined;
}

/**
 * A pasted REST URL (`/rest/api/1.0/projects/…`) names the same repository as the web page. Every
 * such suffix goes, so that the base URL never ends in one and parsing the canonical form is stable.
 */
function withoutRestPrefix(context: readonly string[]): readonly string[] {
  let kept = context;
  while (kept.length >= 3 && is(kept[kept.length - 3], 'rest') && REST_VERSION.test(kept[kept.length - 1] ?? '')) {
    kept = kept.slice(0, -3);
  }
  return kept;
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
  const context = withoutRestPrefix(path.context)
    .map((segment) => `/${segment}`)
    .join('');
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
