/** Data Center's errors: a 401 that may mean a missing permission, and what its 404s say is missing. */
import { HttpError } from '../../http/index.js';
import { explain, type OperationHints, type PlatformOperationError } from '../core/failure.js';
import type { DcClient } from './client.js';

/** Data Center answers 401 for bad credentials and for a missing permission alike: users must not rotate a good token. */
export function failed(error: unknown, doing: string, hints: OperationHints): PlatformOperationError {
  return explain(error, doing, {
    ...hints,
    unauthorized:
      hints.unauthorized ??
      `the server answers 401 both when TOKEN (or USERNAME and PASSWORD) is invalid or expired and when the credentials lack ${hints.permission}; check both`,
  });
}

/** What a 404 on a repository-scoped resource most likely means. */
export function repositoryNotFound(client: DcClient): string {
  const { projectKey, slug } = client.repository;
  return (
    `check REPOSITORY (project key ${projectKey}, repository slug ${slug}, and the context path of the server URL, e.g. https://host/bitbucket) ` +
    'and that the credentials can see the repository'
  );
}

/**
 * What a 404 says is missing, from the server's text: "Project X does not exist.",
 * "Repository X/y does not exist.", "Commit 'abc' does not exist in repository 'y'." — or, for
 * anything else, the resource itself (an API the server does not have, such as on old versions).
 */
export function missing(error: unknown): 'repository' | 'commit' | 'resource' {
  const message = error instanceof HttpError ? (error.platformMessage ?? '') : '';
  if (/\bcommit\b.*\bdoes not exist\b/i.test(message)) return 'commit';
  if (/\b(project|repository)\b.*\bdoes not exist\b/i.test(message)) return 'repository';
  return 'resource';
}

export const REPO_READ = 'REPO_READ on the repository';
