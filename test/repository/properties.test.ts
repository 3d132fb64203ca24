import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../src/core/errors.js';
import { formatRepository } from '../../src/repository/format.js';
import { parseRepository, type ParseRepositoryOptions } from '../../src/repository/parse.js';
import type { RepositoryRef } from '../../src/repository/reference.js';
import {
  anyRef,
  caseFlips,
  cloudRef,
  dataCenterParts,
  dataCenterRef,
  decorate,
  githubRef,
  hostname,
  pullRequest,
  recased,
  slug,
  urlDecoration,
} from './arbitraries.js';

/** What formatRepository deliberately leaves out (see format.ts). */
function withoutExtras(ref: RepositoryRef): RepositoryRef {
  const { pullRequest: _pr, ...rest } = ref;
  if (rest.platform === 'bitbucket-data-center') {
    const { fromSsh: _ssh, ...dc } = rest;
    return dc;
  }
  return rest;
}

/** A GitHub Enterprise URL is only GitHub when the caller says so; every other form stands alone. */
function reparseOptions(ref: RepositoryRef): ParseRepositoryOptions {
  return ref.platform === 'github' && ref.serverUrl !== 'https://github.com' ? { platform: 'github' } : {};
}

const options: fc.Arbitrary<ParseRepositoryOptions> = fc.record(
  {
    platform: fc.constantFrom('bitbucket-cloud' as const, 'bitbucket-data-center' as const, 'github' as const),
    slugPlatform: fc.constantFrom('bitbucket-cloud' as const, 'github' as const),
    githubServerUrl: fc.constantFrom('https://github.com', 'https://ghe.example.com', 'http://git.example.com:8080'),
  },
  { requiredKeys: [] },
);

const MARKERS = ['projects', 'PROJECTS', 'users', 'repos', 'scm', 'rest', 'api', '1.0', 'latest', 'browse', 'pull-requests', 'pull', '~jsmith', 'PRJ', '42'];
const HOSTILE = ['~', '..', '.', '%', '%zz', '%2F', '%7E', '%2e%2e', '.git', 'x.git', 'x.git.git', '0', '99999999999999999999', '@', ':', 'a b', '\u0000', 'é', '\\'];

/** Strings shaped like the accepted forms, mostly plausible, with hostile parts mixed in. */
const urlish = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('https://', 'http://', 'ssh://git@', 'git@', '') },
      { weight: 1, arbitrary: fc.constantFrom('HTTPS://', 'ssh://', 'ftp://', 'https://u:Pw1234@', 'https:') },
    ),
    fc.oneof(
      { weight: 4, arbitrary: fc.oneof(hostname, fc.constantFrom('bitbucket.org', 'github.com', 'ghe.example.com')) },
      { weight: 1, arbitrary: fc.constantFrom('[::1]', '127.0.0.1', '', 'a.123', 'xn--zz.com', 'ho st', 'Bitbucket.ORG') },
    ),
    fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 99999 }).map((p) => `:${p}`), fc.constant(':x')),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: slug },
        { weight: 6, arbitrary: fc.constantFrom(...MARKERS) },
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom('projects', 'users', 'scm'), fc.constantFrom('PRJ', 'prj', '~js', 'x'), fc.constantFrom('repos', 'r.git'), slug).map((p) => p.join('/')) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      { maxLength: 8 },
    ),
    fc.constantFrom('', '/', '.git', '?at=x', '#L1', '?q=a@b#f'),
  )
  .map(([prefix, host, port, segments, suffix]) => `${prefix}${host}${port}${segments.map((s) => `/${s}`).join('')}${suffix}`)
  // scp-like syntax: `git@host:path`.
  .map((text) => (text.startsWith('git@') ? text.replace('/', ':') : text));

/** Either a reference that its own canonical form reproduces, or an InputError about the repository. */
function checkTotal(input: string, opts: ParseRepositoryOptions): void {
  let ref: RepositoryRef;
  try {
    ref = parseRepository(input, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).source).toBe('REPOSITORY');
    return;
  }
  const reparsed = parseRepository(formatRepository(ref), { platform: ref.platform });
  expect(reparsed).toStrictEqual(withoutExtras(ref));
}

describe('parseRepository is total over strings', () => {
  it('throws nothing but InputError for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('/', ':', '@', '%', '.', 'a', '~', '?') })), options, checkTotal),
      { numRuns: 500 },
    );
  });

  it('throws nothing but InputError for URL-ish strings, and what it accepts is canonical', () => {
    fc.assert(fc.property(urlish, options, checkTotal), { numRuns: 2000 });
  });

  it('throws nothing but InputError for generated web URLs with userinfo, ports and queries', () => {
    const urls = fc.webUrl({
      validSchemes: ['https', 'http', 'ssh'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true },
    });
    fc.assert(fc.property(urls, options, checkTotal), { numRuns: 500 });
  });
});

describe('formatRepository round trip', () => {
  it('parses the canonical form of any reference back to it', () => {
    fc.assert(
      fc.property(anyRef, (ref) => {
        expect(parseRepository(formatRepository(ref), reparseOptions(ref))).toStrictEqual(ref);
        expect(parseRepository(formatRepository(ref), { platform: ref.platform })).toStrictEqual(ref);
      }),
    );
  });

  it('finds a GitHub Enterprise server from githubServerUrl as well as from the platform', () => {
    fc.assert(
      fc.property(githubRef, (ref) => {
        expect(parseRepository(formatRepository(ref), { githubServerUrl: ref.serverUrl })).toStrictEqual(ref);
      }),
    );
  });

  it('leaves pullRequest and fromSsh out of the canonical form', () => {
    fc.assert(
      fc.property(anyRef, pullRequest, fc.boolean(), (ref, id, ssh) => {
        const extended: RepositoryRef =
          ref.platform === 'bitbucket-data-center' && ssh ? { ...ref, pullRequest: id, fromSsh: true } : { ...ref, pullRequest: id };
        expect(parseRepository(formatRepository(extended), reparseOptions(ref))).toStrictEqual(ref);
      }),
    );
  });
});

describe('decorated URLs name the same repository', () => {
  it('ignores .git, page tails, queries and fragments on every platform', () => {
    fc.assert(
      fc.property(anyRef, urlDecoration, (ref, decoration) => {
        expect(parseRepository(decorate(formatRepository(ref), decoration), reparseOptions(ref))).toStrictEqual(ref);
      }),
    );
  });

  it('ignores the case of Data Center hosts, project keys, user slugs and repository slugs', () => {
    fc.assert(
      fc.property(dataCenterParts, urlDecoration, caseFlips, ({ origin, context, owner, slug: s }, decoration, flips) => {
        const path = owner.kind === 'user' ? `users/${recased(owner.key, flips)}` : `projects/${recased(owner.key, flips)}`;
        const [scheme, host] = origin.split('://') as [string, string];
        const url = `${scheme}://${recased(host, flips)}${context}/${path}/repos/${recased(s, flips)}`;
        const expected = { platform: 'bitbucket-data-center', baseUrl: `${origin}${context}`, projectKey: owner.projectKey, slug: s };
        expect(parseRepository(decorate(url, decoration))).toStrictEqual(expected);
      }),
    );
  });

  it('reads the Data Center scm clone URL and /projects/~user as the same repository', () => {
    fc.assert(
      fc.property(dataCenterRef, caseFlips, (ref, flips) => {
        const clone = `${ref.baseUrl}/scm/${encodeURIComponent(recased(ref.projectKey, flips))}/${ref.slug}.git`;
        expect(parseRepository(clone)).toStrictEqual(ref);
        const viaProjects = `${ref.baseUrl}/projects/${encodeURIComponent(ref.projectKey)}/repos/${ref.slug}`;
        expect(parseRepository(viaProjects)).toStrictEqual(ref);
      }),
    );
  });

  it('reads a Data Center SSH clone URL as the https origin of its host', () => {
    fc.assert(
      fc.property(hostname, dataCenterRef, fc.integer({ min: 1, max: 65535 }), caseFlips, (host, ref, port, flips) => {
        const url = `ssh://git@${recased(host, flips)}:${port}/${encodeURIComponent(ref.projectKey)}/${ref.slug}.git`;
        expect(parseRepository(url)).toStrictEqual({
          platform: 'bitbucket-data-center',
          baseUrl: `https://${host}`,
          projectKey: ref.projectKey,
          slug: ref.slug,
          fromSsh: true,
        });
      }),
    );
  });

  it('lower-cases Cloud workspaces and slugs in every Cloud form', () => {
    fc.assert(
      fc.property(cloudRef, caseFlips, urlDecoration, (ref, flips, decoration) => {
        const name = `${recased(ref.workspace, flips)}/${recased(ref.slug, flips)}`;
        for (const input of [name, `git@bitbucket.org:${name}.git`, `ssh://git@bitbucket.org/${name}.git`, decorate(`https://x-token-auth@BitBucket.org/${name}`, decoration)]) {
          expect(parseRepository(input)).toStrictEqual(ref);
        }
      }),
    );
  });
});
