import type { CiContext } from '../ci/context.js';
import type { Settings } from '../settings/settings.js';
import { parseRepository } from './parse.js';
import type { RepositoryRef } from './reference.js';

/** REPOSITORY, else the CI's own; a bare `owner/repo` is GitHub inside GitHub Actions and Bitbucket Cloud elsewhere. */
export function resolveRepository(settings: Settings, ci: CiContext): RepositoryRef | undefined {
  const input = settings.repository ?? ci.repository;
  if (!input) return undefined;
  return parseRepository(input, {
    ...(settings.platform ? { platform: settings.platform } : {}),
    slugPlatform: ci.system === 'github-actions' ? 'github' : 'bitbucket-cloud',
    ...(ci.serverUrl ? { githubServerUrl: ci.serverUrl } : {}),
  });
}
