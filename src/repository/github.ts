/** GitHub references: `owner/repo` on github.com or a GitHub Enterprise server, plus an ignored page tail. */
import { InputError } from '../core/errors.js';
import { githubOwner, githubRepo, pullRequestIn } from './names.js';
import type { GitHubRepository } from './reference.js';

export const GITHUB_ORIGIN = 'https://github.com';

const GITHUB_HOSTS: ReadonlySet<string> = new Set(['github.com', 'www.github.com', 'ssh.github.com']);

export function isGitHubDotCom(hostname: string): boolean {
  return GITHUB_HOSTS.has(hostname);
}

export interface GitHubServer {
  origin: string;
  hostname: string;
}

/** GITHUB_SERVER_URL reduced to its origin; github.com in any spelling is `https://github.com`. */
export function githubServer(serverUrl: string): GitHubServer {
  let url: URL | undefined;
  try {
    url = new URL(serverUrl.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InputError('is not an http(s) URL', { source: 'GITHUB_SERVER_URL' });
  }
  if (isGitHubDotCom(url.hostname)) return { origin: GITHUB_ORIGIN, hostname: 'github.com' };
  return { origin: url.origin, hostname: url.hostname };
}

/** `undefined` when the path is too short to name a repository. */
export function githubRepository(serverUrl: string, segments: readonly string[]): GitHubRepository | undefined {
  const [owner, repo, ...tail] = segments;
  if (owner === undefined || repo === undefined) return undefined;
  return {
    platform: 'github',
    owner: githubOwner(owner),
    repo: githubRepo(repo),
    serverUrl,
    ...pullRequestIn(tail, 'pull'),
  };
}
