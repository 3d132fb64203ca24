/**
 * Who "we" are on Cloud, so only our own comments count as ours. `GET /user` is asked once, and
 * only when a comment carries a marker. Repository access tokens may lack the `account` scope and
 * be refused there; then the uuid Cloud puts on a comment we create is just as good, and until we
 * have created one every comment carrying a marker is taken for ours.
 */
import type { Logger } from '../../core/logger.js';
import { HttpError, type HttpClient } from '../../http/index.js';
import { explain } from '../core/failure.js';
import type { WireUser } from './wire.js';

/** 401: Cloud's "token … not supported for this endpoint"; 403: no account scope; 404: no such endpoint behind a proxy or fake. */
const REFUSED = new Set([401, 403, 404]);

export class CloudIdentity {
  private learned: string | undefined;
  private lookup: Promise<string | undefined> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly log: Logger,
  ) {}

  /** Our user's uuid, or undefined while it cannot be known. */
  async uuid(): Promise<string | undefined> {
    if (this.learned) return this.learned;
    const fromUser = await (this.lookup ??= this.fetch());
    return this.learned ?? fromUser;
  }

  /** From the `user` of a comment we just created: certain, whatever `/user` said. */
  learn(uuid: string | undefined): void {
    if (uuid) this.learned = uuid;
  }

  private async fetch(): Promise<string | undefined> {
    try {
      const uuid = (await this.http.request<WireUser | undefined>({ method: 'GET', url: 'user' })).body?.uuid;
      if (uuid) this.log.debug(`Bitbucket Cloud: the credentials belong to user ${uuid}`);
      return uuid;
    } catch (error) {
      if (error instanceof HttpError && REFUSED.has(error.status)) {
        this.log.debug(`Bitbucket Cloud: GET /user was refused (${error.status}); until this run creates a comment, every comment carrying a pr-insights marker counts as ours`);
        return undefined;
      }
      // A network failure is worth another try on the next call.
      this.lookup = undefined;
      throw explain(error, 'find out which Bitbucket user the credentials belong to', { permission: 'the account scope' });
    }
  }
}
