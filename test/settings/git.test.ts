import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { gitHead } from '../../src/settings/git.js';
import { tempDir } from './temp.js';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('gitHead', () => {
  (hasGit ? it : it.skip)('reads HEAD of a real checkout', () => {
    const dir = tempDir({ 'a.txt': 'a\n' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    git('init', '-q');
    git('add', 'a.txt');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'a');
    expect(gitHead(dir)).toBe(git('rev-parse', 'HEAD').trim());
  });

  it('is undefined outside a checkout', () => {
    expect(gitHead(tempDir())).toBeUndefined();
  });
});
