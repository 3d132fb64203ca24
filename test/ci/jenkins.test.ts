import { describe, expect, it } from '@jest/globals';
import { jenkins } from '../../src/ci/jenkins.js';

const SHA = 'c'.repeat(40);
const job = {
  JENKINS_URL: 'https://jenkins.example.com/',
  JENKINS_HOME: '/var/jenkins_home',
  BUILD_URL: 'https://jenkins.example.com/job/shop/job/PR-12/3/',
  BUILD_NUMBER: '3',
  JOB_NAME: 'shop/PR-12',
  WORKSPACE: '/var/jenkins_home/workspace/shop_PR-12',
  GIT_URL: 'ssh://git@bitbucket.example.com:7999/shop/web.git',
  GIT_COMMIT: SHA,
};

describe('jenkins', () => {
  it('detects Jenkins by JENKINS_URL or JENKINS_HOME', () => {
    expect(jenkins.detect({ JENKINS_URL: 'https://j/' })).toBe(true);
    expect(jenkins.detect({ JENKINS_HOME: '/var/jenkins_home' })).toBe(true);
    expect(jenkins.detect({ BUILD_URL: 'https://ci.example.com/3' })).toBe(false);
  });

  it('reads a Bitbucket Branch Source pull-request build: the repository from CHANGE_URL', () => {
    const env = {
      ...job,
      BRANCH_NAME: 'PR-12',
      CHANGE_ID: '12',
      CHANGE_BRANCH: 'feature/z',
      CHANGE_TARGET: 'main',
      CHANGE_URL: 'https://bitbucket.example.com/projects/SHOP/repos/web/pull-requests/12',
    };
    expect(jenkins.context(env)).toEqual({
      system: 'jenkins',
      repository: 'https://bitbucket.example.com/projects/SHOP/repos/web',
      pullRequest: 12,
      commit: SHA,
      branch: 'feature/z',
      buildUrl: 'https://jenkins.example.com/job/shop/job/PR-12/3/',
      workspaceDir: '/var/jenkins_home/workspace/shop_PR-12',
    });
  });

  it.each([
    ['https://bitbucket.org/acme/shop/pull-requests/4/overview', 'https://bitbucket.org/acme/shop'],
    ['https://github.com/octo/shop/pull/9', 'https://github.com/octo/shop'],
  ])('strips the pull request tail of %s', (changeUrl, repository) => {
    expect(jenkins.context({ ...job, CHANGE_ID: '4', CHANGE_URL: changeUrl }).repository).toBe(repository);
  });

  it('falls back to GIT_URL on a branch build, without credentials', () => {
    const branch = jenkins.context({ ...job, BRANCH_NAME: 'main' });
    expect(branch).toMatchObject({ repository: 'ssh://git@bitbucket.example.com:7999/shop/web.git', branch: 'main' });
    expect(branch.pullRequest).toBeUndefined();
    const withToken = jenkins.context({ ...job, GIT_URL: 'https://ci-bot:s3cret-token@bitbucket.example.com/scm/shop/web.git' });
    expect(withToken.repository).toBe('https://bitbucket.example.com/scm/shop/web.git');
  });
});
