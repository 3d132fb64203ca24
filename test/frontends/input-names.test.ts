import { describe, expect, it } from '@jest/globals';
import { withInputNames } from '../../src/frontends/input-names.js';

describe('withInputNames', () => {
  it('names the Action input for each setting variable', () => {
    expect(withInputNames('REPOSITORY: missing; set REPOSITORY (or run inside a CI system)')).toBe('input `repository`: missing; set input `repository` (or run inside a CI system)');
    expect(withInputNames('set `PULL_REQUEST` to choose one')).toBe('set input `pull-request` to choose one');
  });

  it('leaves names that only contain a setting alone (GITHUB_TOKEN is not TOKEN)', () => {
    expect(withInputNames('the workflow\'s GITHUB_TOKEN (secrets.GITHUB_TOKEN)')).toBe('the workflow\'s GITHUB_TOKEN (secrets.GITHUB_TOKEN)');
    expect(withInputNames('SONAR_TOKEN and TOKEN')).toBe('input `sonar-token` and input `token`');
  });
});
