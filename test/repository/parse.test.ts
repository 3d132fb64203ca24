import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/core/errors.js';
import { parseRepository, type ParseRepositoryOptions } from '../../src/repository/parse.js';
import type { RepositoryRef } from '../../src/repository/reference.js';

const cloud = (workspace: string, slug: string, pullRequest?: number): RepositoryRef => ({
  platform: 'bitbucket-cloud',
  workspace,
  slug,
  ...(pullRequest === undefined ? {} : { pullRequest }),
});
const dc = (baseUrl: string, projectKey: string, slug: string, extra: { pullRequest?: number; fromSsh?: boolean } = {}): RepositoryRef => ({
  platform: 'bitbucket-data-center',
  baseUrl,
  projectKey,
  slug,
  ...extra,
});
const gh = (owner: string, repo: string, serverUrl = 'https://github.com', pullRequest?: number): RepositoryRef => ({
  platform: 'github',
  owner,
  repo,
  serverUrl,
  ...(pullRequest === undefined ? {} : { pullRequest }),
});

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

// Callbacks give `options` a default: Jest reads a declared parameter beyond a row's length as a `done` callback.
type Row = [input: string, expected: RepositoryRef, options?: ParseRepositoryOptions];

describe('parseRepository: Bitbucket Cloud forms', () => {
  it.each<Row>([
    ['acme/widgets', cloud('acme', 'widgets')],
    ['Acme/Widgets', cloud('acme', 'widgets')],
    ['acme/widgets.git', cloud('acme', 'widgets')],
    ['  acme/widgets\n', cloud('acme', 'widgets')],
    ['acme/my.repo_x-1', cloud('acme', 'my.repo_x-1')],
    ['https://bitbucket.org/acme/widgets', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/widgets/', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/widgets.git', cloud('acme', 'widgets')],
    ['https://BitBucket.ORG/Acme/Widgets', cloud('acme', 'widgets')],
    ['https://www.bitbucket.org/acme/widgets', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/widgets/src/main/README.md?at=main#lines-3', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/widgets/pull-requests/42', cloud('acme', 'widgets', 42)],
    ['https://bitbucket.org/acme/widgets/pull-requests/42/diff#comment-7', cloud('acme', 'widgets', 42)],
    ['https://bitbucket.org/acme/widgets/pull-requests/new', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/widgets/pull-requests', cloud('acme', 'widgets')],
    ['http://bitbucket.org/acme/widgets', cloud('acme', 'widgets')],
    ['git@bitbucket.org:acme/widgets.git', cloud('acme', 'widgets')],
    ['https://x-token-auth@bitbucket.org/acme/widgets.git', cloud('acme', 'widgets')],
    ['ssh://git@bitbucket.org/acme/widgets.git', cloud('acme', 'widgets')],
    ['https://bitbucket.org/acme/wid%67ets', cloud('acme', 'widgets')],
  ])('%s', (input, expected, options = {}) => {
    expect(parseRepository(input, options)).toStrictEqual(expected);
  });

  it('reads a bare slug as Cloud even when the platform says so explicitly over slugPlatform', () => {
    expect(parseRepository('acme/widgets', { platform: 'bitbucket-cloud', slugPlatform: 'github' })).toStrictEqual(cloud('acme', 'widgets'));
  });
});

describe('parseRepository: Bitbucket Data Center forms', () => {
  it.each<Row>([
    ['https://git.example.com/projects/PRJ/repos/widgets', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['https://git.example.com/projects/PRJ/repos/widgets/', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['https://git.example.com/projects/prj/repos/Widgets', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['https://git.example.com/projects/Prj_2/repos/widgets.git', dc('https://git.example.com', 'PRJ_2', 'widgets')],
    [
      'https://Git.Example.com:8443/bitbucket/projects/PRJ/repos/widgets/browse/src/main.ts?at=refs%2Fheads%2Fmain#L10',
      dc('https://git.example.com:8443/bitbucket', 'PRJ', 'widgets'),
    ],
    ['https://git.example.com/a/b/projects/PRJ/repos/widgets', dc('https://git.example.com/a/b', 'PRJ', 'widgets')],
    ['https://git.example.com:443/projects/PRJ/repos/widgets', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['http://localhost:7990/projects/PRJ/repos/widgets', dc('http://localhost:7990', 'PRJ', 'widgets')],
    ['https://git.example.com/projects/PRJ/repos/widgets/commits/abc123', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['https://git.example.com/projects/PRJ/repos/widgets/pull-requests/7', dc('https://git.example.com', 'PRJ', 'widgets', { pullRequest: 7 })],
    [
      'https://git.example.com/ctx/projects/PRJ/repos/widgets/pull-requests/7/overview?commentId=3',
      dc('https://git.example.com/ctx', 'PRJ', 'widgets', { pullRequest: 7 }),
    ],
    ['https://git.example.com/users/JSmith/repos/scratch', dc('https://git.example.com', '~jsmith', 'scratch')],
    ['https://git.example.com/bitbucket/users/jsmith/repos/scratch/browse', dc('https://git.example.com/bitbucket', '~jsmith', 'scratch')],
    ['https://git.example.com/projects/~JSmith/repos/scratch', dc('https://git.example.com', '~jsmith', 'scratch')],
    ['https://git.example.com/projects/%7Ejsmith/repos/scratch', dc('https://git.example.com', '~jsmith', 'scratch')],
    ['https://git.example.com/scm/prj/widgets.git', dc('https://git.example.com', 'PRJ', 'widgets')],
    ['https://git.example.com:7990/bitbucket/scm/project_1/rep_1.git', dc('https://git.example.com:7990/bitbucket', 'PROJECT_1', 'rep_1')],
    ['https://git.example.com/scm/~jsmith/scratch.git', dc('https://git.example.com', '~jsmith', 'scratch')],
    ['https://git.example.com/scm/scm/prj/widgets.git', dc('https://git.example.com/scm', 'PRJ', 'widgets')],
    ['https://git.example.com/rest/api/1.0/projects/PRJ/repos/widgets/pull-requests/3', dc('https://git.example.com', 'PRJ', 'widgets', { pullRequest: 3 })],
    ['https://git.example.com/ctx/rest/api/latest/users/jsmith/repos/scratch', dc('https://git.example.com/ctx', '~jsmith', 'scratch')],
    ['https://git.example.com/My%20Context/projects/PRJ/repos/widgets', dc('https://git.example.com/My%20Context', 'PRJ', 'widgets')],
    ['ssh://git@git.example.com:7999/prj/widgets.git', dc('https://git.example.com', 'PRJ', 'widgets', { fromSsh: true })],
    ['ssh://git@Git.Example.com:7999/~JSmith/scratch.git', dc('https://git.example.com', '~jsmith', 'scratch', { fromSsh: true })],
    ['git@git.example.com:prj/widgets.git', dc('https://git.example.com', 'PRJ', 'widgets', { fromSsh: true })],
    ['https://git.example.com/projects/PRJ/repos/widgets', dc('https://git.example.com', 'PRJ', 'widgets'), { platform: 'bitbucket-data-center' }],
  ])('%s', (input, expected, options = {}) => {
    expect(parseRepository(input, options)).toStrictEqual(expected);
  });
});

describe('parseRepository: GitHub forms', () => {
  it.each<Row>([
    ['octo-org/Hello-World', gh('octo-org', 'Hello-World'), { slugPlatform: 'github' }],
    ['octo-org/Hello-World', gh('octo-org', 'Hello-World'), { platform: 'github' }],
    ['octo-org/Hello-World', gh('octo-org', 'Hello-World', 'https://ghe.example.com'), { slugPlatform: 'github', githubServerUrl: 'https://GHE.example.com/' }],
    ['https://github.com/octo-org/Hello-World', gh('octo-org', 'Hello-World')],
    ['https://github.com/octo-org/Hello-World.git', gh('octo-org', 'Hello-World')],
    ['https://github.com/octo-org/Hello-World/', gh('octo-org', 'Hello-World')],
    ['https://github.com/octo-org/Hello-World/pull/12', gh('octo-org', 'Hello-World', undefined, 12)],
    ['https://github.com/octo-org/Hello-World/pull/12/files?w=1#diff-1', gh('octo-org', 'Hello-World', undefined, 12)],
    ['https://github.com/octo-org/Hello-World/tree/main/src', gh('octo-org', 'Hello-World')],
    ['http://www.github.com/octo-org/Hello-World', gh('octo-org', 'Hello-World')],
    ['git@github.com:octo-org/Hello-World.git', gh('octo-org', 'Hello-World')],
    ['ssh://git@github.com/octo-org/Hello-World.git', gh('octo-org', 'Hello-World')],
    ['https://ghe.example.com/octo-org/Hello-World', gh('octo-org', 'Hello-World', 'https://ghe.example.com'), { platform: 'github' }],
    ['https://ghe.example.com:8443/octo-org/Hello-World/pull/3', gh('octo-org', 'Hello-World', 'https://ghe.example.com:8443', 3), { platform: 'github' }],
    ['https://ghe.example.com/octo-org/Hello-World', gh('octo-org', 'Hello-World', 'https://ghe.example.com'), { githubServerUrl: 'https://ghe.example.com' }],
    ['git@ghe.example.com:octo-org/Hello-World.git', gh('octo-org', 'Hello-World', 'https://ghe.example.com'), { platform: 'github' }],
    ['git@ghe.example.com:octo-org/Hello-World.git', gh('octo-org', 'Hello-World', 'http://ghe.example.com:8080'), { githubServerUrl: 'http://ghe.example.com:8080' }],
    // The canonical hosts decide even when running in GitHub Actions.
    ['https://bitbucket.org/acme/widgets', cloud('acme', 'widgets'), { slugPlatform: 'github', githubServerUrl: 'https://github.com' }],
  ])('%s', (input, expected, options = {}) => {
    expect(parseRepository(input, options)).toStrictEqual(expected);
  });
});

describe('parseRepository: a platform that contradicts the form', () => {
  it.each<[string, ParseRepositoryOptions, RegExp]>([
    ['https://git.example.com/projects/PRJ/repos/widgets', { platform: 'bitbucket-cloud' }, /Bitbucket Data Center repository, but the platform is set to bitbucket-cloud/],
    ['https://git.example.com/scm/prj/widgets.git', { platform: 'github' }, /Bitbucket Data Center repository, but the platform is set to github/],
    ['https://bitbucket.org/acme/widgets', { platform: 'bitbucket-data-center' }, /Bitbucket Cloud repository, but the platform is set to bitbucket-data-center/],
    ['git@bitbucket.org:acme/widgets.git', { platform: 'github' }, /Bitbucket Cloud repository, but the platform is set to github/],
    ['https://github.com/octo/repo', { platform: 'bitbucket-cloud' }, /GitHub repository, but the platform is set to bitbucket-cloud/],
    ['ssh://git@git.example.com:7999/prj/widgets.git', { platform: 'bitbucket-cloud' }, /Bitbucket Cloud repositories are on bitbucket\.org/],
    ['https://git.example.com/acme/widgets', { platform: 'bitbucket-cloud' }, /Bitbucket Cloud repositories are on bitbucket\.org/],
    ['PRJ/widgets', { platform: 'bitbucket-data-center' }, /does not say which Bitbucket Data Center server/],
  ])('%s with %o', (input, options, message) => {
    const error = thrown(() => parseRepository(input, options));
    expect(error.source).toBe('REPOSITORY');
    expect(error.message).toMatch(message);
  });

  it('lets an explicit platform win over the GitHub server host for a Data Center URL there', () => {
    const options: ParseRepositoryOptions = { platform: 'bitbucket-data-center', githubServerUrl: 'https://git.example.com' };
    expect(parseRepository('https://git.example.com/projects/PRJ/repos/w', options)).toStrictEqual(dc('https://git.example.com', 'PRJ', 'w'));
  });
});

describe('parseRepository: rejected input', () => {
  const FORMS = ['workspace/repo', 'https://bitbucket.org/workspace/repo', '/projects/KEY/repos/slug', '/users/NAME/repos/slug', '/scm/key/slug.git', 'ssh://git@host:7999/key/slug.git', 'https://github.com/owner/repo'];

  it.each([
    '',
    '   ',
    'widgets',
    'a/b/c',
    'https://bitbucket.org/acme',
    'https://bitbucket.org',
    'https://github.com/octo',
    'https://git.example.com/acme/widgets',
    'https://git.example.com/projects/PRJ',
    'ftp://git.example.com/scm/prj/w.git',
    'file:///tmp/repo',
    'https://exa mple.com/projects/P/repos/r',
    'ssh://git@git.example.com:7999/scm/prj/widgets.git',
    'git@bitbucket.org:acme',
    'https://[::1/projects/P/repos/r',
  ])('%j lists the accepted forms', (input) => {
    const error = thrown(() => parseRepository(input));
    expect(error.source).toBe('REPOSITORY');
    expect(error.message).toMatch(/^REPOSITORY: /);
    for (const form of FORMS) expect(error.message).toContain(form);
  });

  it.each([
    ['acme/bad name', /contains spaces/],
    ['acme/wid$gets', /repository slug "wid\$gets" is not valid/],
    ['acme/..', /repository slug "\.\." is not valid/],
    ['https://git.example.com/projects/1PRJ/repos/w', /project key "1PRJ" is not valid/],
    ['https://git.example.com/projects/P-RJ/repos/w', /project key "P-RJ" is not valid/],
    ['https://git.example.com/users/j%2Fsmith/repos/w', /user slug "j\/smith" is not valid/],
    ['https://bitbucket.org/acme/wid%zzgets', /"wid%zzgets" is not valid: it is not valid percent-encoding/],
    ['https://bitbucket.org/acme/widgets/pull-requests/0', /pull request id "0" is not valid/],
    ['https://github.com/octo/repo/pull/99999999999999999999', /pull request id "99999999999999999999" is not valid/],
  ])('%j says which part is wrong', (input, message) => {
    const error = thrown(() => parseRepository(input));
    expect(error.source).toBe('REPOSITORY');
    expect(error.message).toMatch(message);
  });

  it.each<[string, ParseRepositoryOptions]>([
    ['https://jsmith:Sup3rS3cretPw@git.example.com/acme/widgets', {}],
    ['https://ghp_T0kenT0kenT0ken@git.example.com/nothing', {}],
    ['https://jsmith:Sup3rS3cretPw@git.example.com/projects/PRJ/repos/widgets', { platform: 'bitbucket-cloud' }],
    ['https://x-token-auth:Sup3rS3cretPw@bitbucket.org/acme/widgets', { platform: 'github' }],
    ['https://x-token-auth:Sup3rS3cretPw@bitbucket.org/acme/bad$name', {}],
    ['https://jsmith:Sup3r/S3cretPw@git.example.com/projects/PRJ/repos/widgets', {}],
    ['https://jsmith:Sup3r%40S3cretPw@bitbucket.org/acme', {}],
    ['jsmith:Sup3rS3cretPw@bitbucket.org/acme/widgets', {}],
    ['https://git.example.com/projects/PRJ/repos/widgets?private_token=Sup3rS3cretPw', { platform: 'github' }],
  ])('%j never echoes the credentials', (input, options) => {
    const error = thrown(() => parseRepository(input, options));
    for (const secret of ['Sup3rS3cretPw', 'Sup3r', 'S3cretPw', 'T0kenT0ken']) expect(error.message).not.toContain(secret);
  });

  it.each([
    'https://x-token-auth:s3cr3tT0ken@bitbucket.org/acme/widgets.git',
    'https://jsmith:s3cr3tT0ken@git.example.com/scm/prj/widgets.git',
    'ssh://git:s3cr3tT0ken@git.example.com:7999/prj/widgets.git',
  ])('%j is refused, not silently stripped: the password would sit in clear text and not be used', (input) => {
    const error = thrown(() => parseRepository(input));
    expect(error.source).toBe('REPOSITORY');
    expect(error.message).toMatch(/carries a password or token \(user:password@\)\. Remove it from the URL/);
    expect(error.message).not.toContain('s3cr3tT0ken');
  });

  it('refuses a pull request id past 32 bits', () => {
    expect(parseRepository('https://bitbucket.org/acme/widgets/pull-requests/2147483647').pullRequest).toBe(2147483647);
    expect(thrown(() => parseRepository('https://bitbucket.org/acme/widgets/pull-requests/2147483648')).message).toMatch(/pull request id "2147483648" is not valid: it must be a whole number from 1 to 2147483647/);
  });

  it('echoes at most 200 characters of a long input', () => {
    const input = `https://git.example.com/${'abcdefghij'.repeat(150)}`;
    const error = thrown(() => parseRepository(input));
    expect(error.message).toContain('abcdefghij'.repeat(10));
    expect(error.message).not.toContain('abcdefghij'.repeat(21));
  });

  it('refuses an invalid platform or GitHub server URL with their own source, without echoing them', () => {
    const platform = thrown(() => parseRepository('a/b', { platform: 'gitlab' as never }));
    expect(platform.source).toBe('PLATFORM');
    const server = thrown(() => parseRepository('a/b', { githubServerUrl: 'not a url:s3cr3tValue' }));
    expect(server.source).toBe('GITHUB_SERVER_URL');
    expect(server.message).not.toContain('s3cr3tValue');
  });
});
