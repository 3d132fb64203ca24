/** Realistic generators for repository references and their parts. */
import fc from 'fast-check';
import type {
  BitbucketCloudRepository,
  BitbucketDataCenterRepository,
  GitHubRepository,
} from '../../src/repository/reference.js';

const notOnlyDots = (name: string) => !/^\.+$/.test(name);
const noGitSuffix = (name: string) => !/\.git$/i.test(name);
// Words that mark a Data Center path; a context path made of them would be a different URL.
const MARKERS = new Set(['projects', 'users', 'repos', 'scm', 'rest']);

export const slug = fc.stringMatching(/^[a-z0-9._-]{1,20}$/).filter((s) => notOnlyDots(s) && noGitSuffix(s));
export const workspace = slug;
export const projectKey = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}$/);
export const userSlug = fc.stringMatching(/^[a-z0-9._@+-]{1,12}$/).filter(notOnlyDots);
export const githubOwner = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/);
export const githubRepo = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/).filter((s) => notOnlyDots(s) && noGitSuffix(s));
export const pullRequest = fc.integer({ min: 1, max: 1_000_000 });

// Labels starting `xx--` are IDNA-reserved; an all-letter last label keeps the URL parser from reading IPv4.
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/).filter((l) => l.slice(2, 4) !== '--');
const topLabel = fc.stringMatching(/^[a-z]{2,8}$/);
const RESERVED_HOSTS = /(^|\.)(bitbucket\.org|github\.com)$/;
export const hostname = fc
  .tuple(fc.array(label, { maxLength: 3 }), topLabel)
  .map(([labels, top]) => [...labels, top].join('.'))
  .filter((h) => !RESERVED_HOSTS.test(h));

export const scheme = fc.constantFrom('https', 'http');
const DEFAULT_PORT: Record<string, number> = { https: 443, http: 80 };

/** `scheme://host[:port]` in canonical form: a default port is never written. */
export const origin = fc
  .record({ scheme, hostname, port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }) })
  .map(({ scheme: s, hostname: h, port }) => `${s}://${h}${port === undefined || port === DEFAULT_PORT[s] ? '' : `:${port}`}`);

const contextSegment = fc
  .stringMatching(/^[A-Za-z0-9._-]{1,10}$/)
  .filter((s) => notOnlyDots(s) && !MARKERS.has(s.toLowerCase()));
export const contextPath = fc.array(contextSegment, { maxLength: 3 }).map((segments) => segments.map((s) => `/${s}`).join(''));

// Plain prototypes: toStrictEqual tells a null-prototype record from the parser's object literal.
const plain = { noNullPrototype: true } as const;

export const cloudRef: fc.Arbitrary<BitbucketCloudRepository> = fc.record(
  { platform: fc.constant('bitbucket-cloud' as const), workspace, slug },
  plain,
);

/** Project or personal owner, kept apart so tests can rewrite the URL around it. */
export const dataCenterOwner = fc.oneof(
  projectKey.map((key) => ({ kind: 'project' as const, key, projectKey: key })),
  userSlug.map((user) => ({ kind: 'user' as const, key: user, projectKey: `~${user}` })),
);

export const dataCenterParts = fc.record({ origin, context: contextPath, owner: dataCenterOwner, slug });

export const dataCenterRef: fc.Arbitrary<BitbucketDataCenterRepository> = dataCenterParts.map(({ origin: o, context, owner, slug: s }) => ({
  platform: 'bitbucket-data-center',
  baseUrl: `${o}${context}`,
  projectKey: owner.projectKey,
  slug: s,
}));

export const githubServerUrl = fc.oneof(fc.constant('https://github.com'), origin);

export const githubRef: fc.Arbitrary<GitHubRepository> = fc.record(
  { platform: fc.constant('github' as const), owner: githubOwner, repo: githubRepo, serverUrl: githubServerUrl },
  plain,
);

export const anyRef = fc.oneof(cloudRef, dataCenterRef, githubRef);

/** Random upper/lower case per character: case must not matter where the platform ignores it. */
export function recased(text: string, flips: readonly boolean[]): string {
  return [...text].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c.toLowerCase())).join('');
}
export const caseFlips = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 });

/** Decorations a user may leave on a repository URL: a `.git`, a page tail, a query, a fragment. */
export const urlDecoration = fc.record({
  git: fc.boolean(),
  tail: fc.constantFrom('', '/', '/browse', '/browse/x', '/browse/src/main.ts', '/commits/abc123', '/src/main/', '/tree/main'),
  query: fc.constantFrom('', '?at=refs%2Fheads%2Fmain', '?at=refs/heads/main&until=x', '?'),
  fragment: fc.constantFrom('', '#L10', '#', '#lines-3:5'),
});

export type UrlDecoration = typeof urlDecoration extends fc.Arbitrary<infer T> ? T : never;

export function decorate(url: string, d: UrlDecoration): string {
  return `${url}${d.git ? '.git' : ''}${d.tail}${d.query}${d.fragment}`;
}
