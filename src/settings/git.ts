/**
 * The last resort for COMMIT: the checkout's HEAD. Injected into loadSettings so tests need no git.
 *
 * Read from the files git keeps (HEAD, the loose ref, packed-refs; a worktree's `.git` file and
 * `commondir`), as `git rev-parse HEAD` would resolve them: a child process costs ~4 % of a
 * start. git itself runs only when the files say something this reader does not follow
 * (GIT_DIR set, a symbolic ref to a symbolic ref, the reftable format, an unborn branch).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Full SHA of HEAD in `dir`, or undefined when `dir` is no git checkout (or git is missing). */
export type GitHead = (dir: string) => string | undefined;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export const gitHead: GitHead = (dir) => {
  if (process.env['GIT_DIR']) return revParse(dir);
  const gitDir = findGitDir(resolve(dir));
  if (!gitDir) return undefined;
  const fromFiles = headFromFiles(gitDir);
  return fromFiles === 'ask-git' ? revParse(dir) : fromFiles;
};

/** The nearest `.git` from `dir` up: a directory, or a file saying `gitdir: <path>` (worktrees, submodules). */
function findGitDir(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return dotGit;
    if (stat?.isFile()) {
      const target = /^gitdir: (.+)$/m.exec(read(dotGit) ?? '')?.[1]?.trim();
      return target ? resolve(at, target) : undefined;
    }
    if (dirname(at) === at) return undefined;
  }
}

function headFromFiles(gitDir: string): string | undefined | 'ask-git' {
  const head = read(join(gitDir, 'HEAD'))?.trim();
  if (!head) return 'ask-git';
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  // reftable keeps refs in binary tables and leaves HEAD pointing at "refs/heads/.invalid".
  if (!ref || existsSync(join(gitDir, 'reftable'))) return 'ask-git';
  const commonDir = commonDirOf(gitDir);
  for (const base of new Set([gitDir, commonDir])) {
    const loose = read(join(base, ref))?.trim();
    if (loose !== undefined) return SHA.test(loose) ? loose : 'ask-git';
  }
  for (const line of (read(join(commonDir, 'packed-refs')) ?? '').split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return 'ask-git';
}

/** A linked worktree's refs live in the main repository's git directory, named by `commondir`. */
function commonDirOf(gitDir: string): string {
  const common = read(join(gitDir, 'commondir'))?.trim();
  if (!common) return gitDir;
  return isAbsolute(common) ? common : resolve(gitDir, common);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function revParse(dir: string): string | undefined {
  try {
    // Loaded only here: most runs never start git, and node:child_process costs ~4 ms to load.
    const { execFileSync } = process.getBuiltinModule('node:child_process');
    const sha = execFileSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return SHA.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
