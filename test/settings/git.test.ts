import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

  (hasGit ? it : it.skip)('agrees with git rev-parse from a subdirectory, with packed refs, detached, and in a linked worktree', () => {
    const dir = tempDir({ 'a.txt': 'a\n', 'sub/b.txt': 'b\n' });
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }).trim();
    const commit = (message: string) => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', message);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    commit('a');
    expect(gitHead(join(dir, 'sub'))).toBe(git(dir, 'rev-parse', 'HEAD'));
    git(dir, 'pack-refs', '--all');
    expect(readdirSync(join(dir, '.git/refs/heads'))).toEqual([]);
    expect(gitHead(dir)).toBe(git(dir, 'rev-parse', 'HEAD'));
    const first = git(dir, 'rev-parse', 'HEAD');
    commit('b');
    git(dir, 'checkout', '-q', '--detach', first);
    expect(gitHead(dir)).toBe(first);
    const tree = join(dir, 'wt');
    git(dir, 'worktree', 'add', '-q', '-b', 'side', tree, 'HEAD');
    git(tree, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'c');
    expect(gitHead(tree)).toBe(git(tree, 'rev-parse', 'HEAD'));
    expect(gitHead(tree)).not.toBe(first);
  });

  it('reads a branch from packed-refs through a `.git` file, with no git needed', () => {
    const sha = 'a'.repeat(40);
    const dir = tempDir({
      'checkout/.git': 'gitdir: ../repo.git\n',
      'repo.git/HEAD': 'ref: refs/heads/main\n',
      'repo.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${'b'.repeat(40)} refs/heads/other\n${sha} refs/heads/main\n`,
    });
    expect(gitHead(join(dir, 'checkout'))).toBe(sha);
  });

  it('is undefined outside a checkout', () => {
    expect(gitHead(tempDir())).toBeUndefined();
  });
});
