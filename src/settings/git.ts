/** The last resort for COMMIT: the checkout's HEAD. Injected into loadSettings so tests need no git. */
import { execFileSync } from 'node:child_process';

/** Full SHA of HEAD in `dir`, or undefined when `dir` is no git checkout (or git is missing). */
export type GitHead = (dir: string) => string | undefined;

export const gitHead: GitHead = (dir) => {
  try {
    const sha = execFileSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
};
