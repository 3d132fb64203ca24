import { describe, expect, it } from '@jest/globals';
import { describeRepository, formatRepository } from '../../src/repository/format.js';
import { parseRepository } from '../../src/repository/parse.js';
import type { RepositoryRef } from '../../src/repository/reference.js';

const cloud: RepositoryRef = { platform: 'bitbucket-cloud', workspace: 'acme', slug: 'widgets' };
const project: RepositoryRef = { platform: 'bitbucket-data-center', baseUrl: 'https://git.example.com:8443/bitbucket', projectKey: 'PRJ', slug: 'widgets' };
const personal: RepositoryRef = { platform: 'bitbucket-data-center', baseUrl: 'https://git.example.com', projectKey: '~jsmith', slug: 'scratch' };
const ssh: RepositoryRef = { platform: 'bitbucket-data-center', baseUrl: 'https://git.example.com', projectKey: 'PRJ', slug: 'widgets', fromSsh: true };
const github: RepositoryRef = { platform: 'github', owner: 'octo-org', repo: 'Hello-World', serverUrl: 'https://github.com' };
const enterprise: RepositoryRef = { platform: 'github', owner: 'octo-org', repo: 'Hello-World', serverUrl: 'https://ghe.example.com' };

describe('formatRepository', () => {
  it.each<[RepositoryRef, string]>([
    [cloud, 'https://bitbucket.org/acme/widgets'],
    [project, 'https://git.example.com:8443/bitbucket/projects/PRJ/repos/widgets'],
    [personal, 'https://git.example.com/users/jsmith/repos/scratch'],
    [ssh, 'https://git.example.com/projects/PRJ/repos/widgets'],
    [github, 'https://github.com/octo-org/Hello-World'],
    [enterprise, 'https://ghe.example.com/octo-org/Hello-World'],
    [{ ...cloud, pullRequest: 5 }, 'https://bitbucket.org/acme/widgets'],
    [{ ...github, pullRequest: 5 }, 'https://github.com/octo-org/Hello-World'],
  ])('%o → %s', (ref, expected) => {
    expect(formatRepository(ref)).toBe(expected);
  });

  it('keeps a hand-built name with URL syntax inside one path segment', () => {
    const odd: RepositoryRef = { platform: 'bitbucket-data-center', baseUrl: 'https://h', projectKey: '~a/b', slug: 'c?d' };
    expect(formatRepository(odd)).toBe('https://h/users/a%2Fb/repos/c%3Fd');
  });

  it('parses back to the reference without pullRequest and fromSsh', () => {
    expect(parseRepository(formatRepository({ ...project, pullRequest: 9 }))).toStrictEqual(project);
    expect(parseRepository(formatRepository(ssh))).toStrictEqual({ platform: 'bitbucket-data-center', baseUrl: 'https://git.example.com', projectKey: 'PRJ', slug: 'widgets' });
    expect(parseRepository(formatRepository(personal))).toStrictEqual(personal);
    expect(parseRepository(formatRepository(enterprise), { platform: 'github' })).toStrictEqual(enterprise);
  });
});

describe('describeRepository', () => {
  it.each<[RepositoryRef, string]>([
    [cloud, 'Bitbucket Cloud acme/widgets'],
    [{ ...cloud, pullRequest: 12 }, 'Bitbucket Cloud acme/widgets, pull request #12'],
    [project, 'Bitbucket Data Center PRJ/widgets at https://git.example.com:8443/bitbucket'],
    [personal, 'Bitbucket Data Center ~jsmith/scratch at https://git.example.com'],
    [ssh, 'Bitbucket Data Center PRJ/widgets at https://git.example.com (from an SSH clone URL)'],
    [github, 'GitHub octo-org/Hello-World'],
    [{ ...enterprise, pullRequest: 3 }, 'GitHub octo-org/Hello-World at https://ghe.example.com, pull request #3'],
  ])('%o → %s', (ref, expected) => {
    expect(describeRepository(ref)).toBe(expected);
  });
});
