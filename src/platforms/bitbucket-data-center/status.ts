/**
 * Commit build status. Servers from 7.14 store it per repository; older ones only have the
 * deprecated, repository-less `/rest/build-status/1.0`, which a 404 from the first gives away.
 * The answer holds for the whole run.
 */
import { isNotFound } from '../core/failure.js';
import type { StatusDecoration } from '../../render/decorations.js';
import type { DcClient } from './client.js';
import { failed, missing, REPO_READ, repositoryNotFound } from './failure.js';
import { buildStatusBody, fullCommit, legacyBuildStatusBody, type DcBuildStatusBody } from './wire.js';
import { shortCommit } from '../../core/commits.js';

export interface StatusPublisher {
  publish(commit: string, status: StatusDecoration, context: { branch?: string }): Promise<void>;
}

export function createStatusPublisher(client: DcClient): StatusPublisher {
  let legacyOnly = false;

  async function legacy(sha: string, body: DcBuildStatusBody, about: string): Promise<void> {
    try {
      await client.request({ method: 'POST', url: client.legacyBuildsOf(sha), body: legacyBuildStatusBody(body) });
    } catch (error) {
      throw failed(error, `set the ${about} through the legacy build-status API`, {
        permission: 'a licensed user (LICENSED)',
        notFound: `check the server URL in REPOSITORY, including its context path (e.g. https://host/bitbucket)`,
      });
    }
  }

  return {
    async publish(commit, status, context) {
      const sha = fullCommit(commit, 'a build status');
      const body = buildStatusBody(status, client.webUrl, context.branch);
      const about = `build status "${body.key}" on ${shortCommit(sha)} in ${client.where}`;
      if (legacyOnly) return legacy(sha, body, about);
      try {
        await client.request({ method: 'POST', url: `${client.repoApi}/commits/${sha}/builds`, body });
      } catch (error) {
        // Only a missing resource means an old server; a missing repository or commit is the user's to fix.
        if (!isNotFound(error) || missing(error) !== 'resource') {
          throw failed(error, `set the ${about}`, { permission: REPO_READ, notFound: `${repositoryNotFound(client)}, and that the commit has been pushed to it` });
        }
        legacyOnly = true;
        client.log.info(`${client.where}: no repository build-status resource (Bitbucket Data Center before 7.14); using the legacy /rest/build-status/1.0 API for this run`);
        await legacy(sha, body, about);
      }
    },
  };
}
