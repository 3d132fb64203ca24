/**
 * Decoding and normalising the name parts of a repository reference.
 *
 * Case rules: Bitbucket (Cloud and Data Center) matches workspaces, slugs and user slugs
 * case-insensitively and shows them in lower case, so they are lower-cased; Data Center project keys
 * are case-insensitive and shown in upper case, so they are upper-cased. GitHub owner and repository
 * names are case-insensitive too, but GitHub echoes the case it was given in links and logs, so they
 * are kept as given.
 */
import { invalidPart } from './messages.js';

const BITBUCKET_NAME = /^[a-z0-9._-]+$/;
const BITBUCKET_RULE = 'use letters, digits, ".", "_" and "-"';
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
const PROJECT_KEY_RULE = 'a project key is a letter followed by letters, digits or "_" (or ~user for a personal repository)';
// Data Center derives user slugs from user names, which may be e-mail addresses.
const USER_SLUG = /^[a-z0-9._@+-]+$/;
const USER_SLUG_RULE = 'use letters, digits, ".", "_", "-", "@" and "+"';
const GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
/** Pull request ids are 32-bit on every platform. */
const MAX_PULL_REQUEST = 2_147_483_647;

/** Percent-decodes one path segment; a decoded `/` then fails the name rules like any other bad character. */
export function decodeSegment(raw: string, what: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalidPart(what, raw, 'it is not valid percent-encoding');
  }
}

/**
 * Strips the one `.git` a clone URL adds. A name still ending in `.git` is refused: it could not be
 * written back in a form that parses to the same name.
 */
function withoutGitSuffix(raw: string, what: string): string {
  const name = raw.replace(/\.git$/i, '');
  if (/\.git$/i.test(name)) throw invalidPart(what, raw, 'a name cannot end in ".git"');
  return name;
}

// `.` and `..` would walk out of the repository in every REST path built from the name.
function onlyDots(name: string): boolean {
  return /^\.+$/.test(name);
}

function checked(name: string, pattern: RegExp, what: string, rule: string): string {
  if (!pattern.test(name) || onlyDots(name)) throw invalidPart(what, name, rule);
  return name;
}

export function bitbucketWorkspace(raw: string): string {
  return checked(decodeSegment(raw, 'workspace').toLowerCase(), BITBUCKET_NAME, 'workspace', BITBUCKET_RULE);
}

/** Repository slug on Cloud or Data Center; one `.git` suffix is a clone URL's, not the slug's. */
export function bitbucketSlug(raw: string): string {
  const slug = withoutGitSuffix(decodeSegment(raw, 'repository slug'), 'repository slug').toLowerCase();
  return checked(slug, BITBUCKET_NAME, 'repository slug', BITBUCKET_RULE);
}

/** `~name` for a personal repository's user slug. */
export function personalProjectKey(rawUserSlug: string): string {
  const user = decodeSegment(rawUserSlug, 'user slug').toLowerCase();
  return `~${checked(user, USER_SLUG, 'user slug', USER_SLUG_RULE)}`;
}

/** A Data Center project key, or `~user` when the segment names a personal project. */
export function dataCenterProjectKey(raw: string): string {
  const key = decodeSegment(raw, 'project key');
  if (key.startsWith('~')) return personalProjectKey(key.slice(1));
  return checked(key.toUpperCase(), PROJECT_KEY, 'project key', PROJECT_KEY_RULE);
}

export function githubOwner(raw: string): string {
  return checked(decodeSegment(raw, 'owner'), GITHUB_NAME, 'owner', BITBUCKET_RULE);
}

export function githubRepo(raw: string): string {
  const repo = withoutGitSuffix(decodeSegment(raw, 'repository name'), 'repository name');
  return checked(repo, GITHUB_NAME, 'repository name', BITBUCKET_RULE);
}

/**
 * The pull request id from a path tail that starts with `marker` (`pull-requests` on Bitbucket,
 * `pull` on GitHub). A non-numeric next part (`/pull-requests/new`) names a page, not a PR.
 */
export function pullRequestIn(tail: readonly string[], marker: string): { pullRequest?: number } {
  if (tail[0]?.toLowerCase() !== marker) return {};
  const id = tail[1];
  if (id === undefined || !/^\d+$/.test(id)) return {};
  const value = Number(id);
  if (id.length > 10 || value < 1 || value > MAX_PULL_REQUEST) {
    throw invalidPart('pull request id', id, `it must be a whole number from 1 to ${MAX_PULL_REQUEST}`);
  }
  return { pullRequest: value };
}
