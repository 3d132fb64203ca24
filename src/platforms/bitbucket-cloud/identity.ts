/**
 * Who "we" are on Cloud: `GET /user`'s uuid, asked once, and only when a comment carries a marker.
 * Repository, project and workspace access tokens are refused there (they have no `account`
 * scope); then we are unknown until Cloud names the author of a comment we create or update, and
 * a marked comment by an author we cannot tell apart from ours is never touched (see
 * publish/sticky-comment.ts). Comments carry no other unforgeable sign of who wrote them, and
 * neither reports nor build statuses name their author (bitbucket-cloud spec: `report`, `commitstatus`).
 */
import type { Logger } from '../../core/logger.js';
import { HttpError, type HttpClient } from '../../http/index.js';
import { explain } from '../core/failure.js';
import { SelfIdentity } from '../core/identity.js';
import type { WireUser } from './wire.js';

/** 401: Cloud's "token … not supported for this endpoint"; 403: no account scope; 404: no such endpoint behind a proxy or fake. */
const REFUSED = new Set([401, 403, 404]);

export function cloudIdentity(http: HttpClient, log: Logger): SelfIdentity {
  return new SelfIdentity(async () => {
    try {
      const uuid = (await http.request<WireUser | undefined>({ method: 'GET', url: 'user' })).body?.uuid;
      if (uuid) log.debug(`Bitbucket Cloud: the credentials belong to user ${uuid}`);
      return uuid;
    } catch (error) {
      if (error instanceof HttpError && REFUSED.has(error.status)) {
        log.debug(`Bitbucket Cloud: GET /user was refused (${error.status}); comments count as ours only once Cloud names us as the author of one this run writes`);
        return undefined;
      }
      throw explain(error, 'find out which Bitbucket user the credentials belong to', { permission: 'the account scope' });
    }
  });
}
