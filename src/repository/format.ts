/**
 * The canonical text of a reference, for settings echoes, outputs and logs.
 *
 * `formatRepository` names the repository, not a pull request: `pullRequest` is left out (it is a
 * separate setting downstream), and so is `fromSsh`, since the canonical form is the web URL.
 * `parseRepository(formatRepository(ref))` therefore gives back `ref` without those two fields —
 * for a GitHub Enterprise ref, when parsed with `platform: 'github'` or that server as
 * `githubServerUrl`, as any GitHub Enterprise URL must be.
 */
import { PLATFORM_LABEL } from './messages.js';
import type { RepositoryRef } from './reference.js';
import { CLOUD_ORIGIN } from './bitbucket-cloud.js';
import { GITHUB_ORIGIN } from './github.js';

// Names from parseRepository need no escaping; a hand-built ref must still yield one URL path segment per name.
const segment = encodeURIComponent;

export function formatRepository(ref: RepositoryRef): string {
  switch (ref.platform) {
    case 'bitbucket-cloud':
      return `${CLOUD_ORIGIN}/${segment(ref.workspace)}/${segment(ref.slug)}`;
    case 'bitbucket-data-center': {
      const owner = ref.projectKey.startsWith('~') ? `users/${segment(ref.projectKey.slice(1))}` : `projects/${segment(ref.projectKey)}`;
      return `${ref.baseUrl}/${owner}/repos/${segment(ref.slug)}`;
    }
    case 'github':
      return `${ref.serverUrl}/${segment(ref.owner)}/${segment(ref.repo)}`;
  }
}

/** e.g. `Bitbucket Data Center KEY/slug at https://host/ctx, pull request #12`. */
export function describeRepository(ref: RepositoryRef): string {
  const pullRequest = ref.pullRequest === undefined ? '' : `, pull request #${ref.pullRequest}`;
  switch (ref.platform) {
    case 'bitbucket-cloud':
      return `${PLATFORM_LABEL[ref.platform]} ${ref.workspace}/${ref.slug}${pullRequest}`;
    case 'bitbucket-data-center': {
      const ssh = ref.fromSsh ? ' (from an SSH clone URL)' : '';
      return `${PLATFORM_LABEL[ref.platform]} ${ref.projectKey}/${ref.slug} at ${ref.baseUrl}${ssh}${pullRequest}`;
    }
    case 'github': {
      const server = ref.serverUrl === GITHUB_ORIGIN ? '' : ` at ${ref.serverUrl}`;
      return `${PLATFORM_LABEL[ref.platform]} ${ref.owner}/${ref.repo}${server}${pullRequest}`;
    }
  }
}
