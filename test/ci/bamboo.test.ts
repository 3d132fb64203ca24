import { describe, expect, it } from '@jest/globals';
import { bamboo } from '../../src/ci/bamboo.js';

const SHA = 'd'.repeat(40);

describe('bamboo', () => {
  it('detects Bamboo by bamboo_buildKey', () => {
    expect(bamboo.detect({ bamboo_buildKey: 'SHOP-WEB-JOB1' })).toBe(true);
    expect(bamboo.detect({ bamboo_planKey: 'SHOP-WEB' })).toBe(false);
  });

  it('reads the plan repository, revision, branch, pull request and results URL', () => {
    const env = {
      bamboo_buildKey: 'SHOP-WEB0-JOB1',
      bamboo_buildResultKey: 'SHOP-WEB0-JOB1-17',
      bamboo_resultsUrl: 'https://bamboo.example.com/browse/SHOP-WEB0-JOB1-17',
      bamboo_planRepository_repositoryUrl: 'https://builder:hunter22@bitbucket.example.com/scm/shop/web.git',
      bamboo_planRepository_revision: SHA,
      bamboo_planRepository_branchName: 'feature/q',
      bamboo_repository_pr_key: '31',
      bamboo_build_working_directory: '/home/bamboo/xml-data/build-dir/SHOP-WEB0-JOB1',
    };
    expect(bamboo.context(env)).toEqual({
      system: 'bamboo',
      repository: 'https://bitbucket.example.com/scm/shop/web.git',
      pullRequest: 31,
      commit: SHA,
      branch: 'feature/q',
      buildUrl: 'https://bamboo.example.com/browse/SHOP-WEB0-JOB1-17',
      workspaceDir: '/home/bamboo/xml-data/build-dir/SHOP-WEB0-JOB1',
    });
  });

  it('ignores a pull request key that is not a number', () => {
    expect(bamboo.context({ bamboo_buildKey: 'K', bamboo_repository_pr_key: '${bamboo.repository.pr.key}' }).pullRequest).toBeUndefined();
  });
});
