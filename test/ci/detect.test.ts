import { describe, expect, it } from '@jest/globals';
import { CI_SYSTEMS, detectCi } from '../../src/ci/detect.js';
import { generic } from '../../src/ci/generic.js';

describe('detectCi', () => {
  it('tries each system in a fixed order, generic last', () => {
    expect(CI_SYSTEMS.map((s) => s.name)).toEqual(['bitbucket-pipelines', 'github-actions', 'jenkins', 'bamboo', 'generic']);
  });

  it.each([
    [{ BITBUCKET_BUILD_NUMBER: '1' }, 'bitbucket-pipelines'],
    [{ GITHUB_ACTIONS: 'true' }, 'github-actions'],
    [{ JENKINS_URL: 'https://j/' }, 'jenkins'],
    [{ bamboo_buildKey: 'A-B-J' }, 'bamboo'],
    [{ TEAMCITY_VERSION: '2025.07' }, 'generic'],
    [{}, 'generic'],
  ])('%j → %s', (env, system) => {
    expect(detectCi(env, '/work').system).toBe(system);
  });

  it('falls back to the working directory as the workspace', () => {
    expect(detectCi({}, '/home/me/shop')).toEqual({ system: 'generic', workspaceDir: '/home/me/shop' });
    expect(detectCi({ BITBUCKET_BUILD_NUMBER: '1', BITBUCKET_CLONE_DIR: '/clone' }, '/elsewhere').workspaceDir).toBe('/clone');
  });

  it('generic says nothing about the build', () => {
    expect(generic.detect({})).toBe(true);
    expect(generic.context({ GIT_COMMIT: 'e'.repeat(40) })).toEqual({ system: 'generic' });
  });
});
