import { describe, expect, it } from '@jest/globals';
import { bitbucketPipelines } from '../../src/ci/bitbucket-pipelines.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const step = {
  CI: 'true',
  BITBUCKET_BUILD_NUMBER: '42',
  BITBUCKET_PIPELINE_UUID: '{5b8f6f7e-0000-4000-8000-000000000000}',
  BITBUCKET_COMMIT: SHA,
  BITBUCKET_CLONE_DIR: '/opt/atlassian/pipelines/agent/build',
  BITBUCKET_WORKSPACE: 'acme',
  BITBUCKET_REPO_SLUG: 'shop',
  BITBUCKET_REPO_FULL_NAME: 'acme/shop',
  BITBUCKET_BRANCH: 'feature/x',
};

describe('bitbucket-pipelines', () => {
  it('detects a step by its build number or pipeline uuid', () => {
    expect(bitbucketPipelines.detect(step)).toBe(true);
    expect(bitbucketPipelines.detect({ BITBUCKET_PIPELINE_UUID: '{x}' })).toBe(true);
    expect(bitbucketPipelines.detect({ CI: 'true', BITBUCKET_BUILD_NUMBER: '' })).toBe(false);
  });

  it('reads a pull-request step', () => {
    expect(bitbucketPipelines.context({ ...step, BITBUCKET_PR_ID: '7' })).toEqual({
      system: 'bitbucket-pipelines',
      repository: 'acme/shop',
      pullRequest: 7,
      commit: SHA,
      branch: 'feature/x',
      workspaceDir: '/opt/atlassian/pipelines/agent/build',
      buildUrl: 'https://bitbucket.org/acme/shop/pipelines/results/42',
      pipelinesProxy: 'http://localhost:29418',
    });
  });

  it('has no pull request on a branch build (the PR is looked up later)', () => {
    expect(bitbucketPipelines.context(step).pullRequest).toBeUndefined();
  });

  it('builds the repository from workspace and slug when the full name is missing', () => {
    const { BITBUCKET_REPO_FULL_NAME: _, ...older } = step;
    expect(bitbucketPipelines.context(older).repository).toBe('acme/shop');
    const { BITBUCKET_WORKSPACE: __, ...oldest } = older;
    expect(bitbucketPipelines.context({ ...oldest, BITBUCKET_REPO_OWNER: 'legacy' }).repository).toBe('legacy/shop');
  });

  it("reaches the auth proxy through the host's name from a pipe's container", () => {
    for (const storage of ['BITBUCKET_PIPE_STORAGE_DIR', 'BITBUCKET_PIPE_SHARED_STORAGE_DIR']) {
      const context = bitbucketPipelines.context({ ...step, [storage]: '/opt/atlassian/pipelines/agent/build/.bitbucket/pipelines/generated/pipeline/pipes' });
      expect(context).toMatchObject({ pipelinesProxy: 'http://host.docker.internal:29418' });
    }
  });
});
