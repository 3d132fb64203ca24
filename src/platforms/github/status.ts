/**
 * Commit statuses (api-contracts.md §3.5). The context (REPORT_ID) makes a re-run replace the
 * shown status. A status standing in for a refused check run has the same context as the one the
 * status step sends, so it is only posted when this run has not posted that one already.
 */
import { explain } from '../core/failure.js';
import { HINTS, type GitHubContext } from './context.js';
import type { WireStatus } from './wire.js';
import { shortCommit } from '../../core/commits.js';

export class StatusWriter {
  private readonly sent = new Map<string, Promise<void>>();

  constructor(private readonly ctx: GitHubContext) {}

  publish(commit: string, body: WireStatus): Promise<void> {
    const pending = this.post(commit, body);
    this.sent.set(key(commit, body), pending);
    return pending;
  }

  /** `body`, unless this run already posts a status with its context on `commit` (that one says more). */
  publishUnlessSent(commit: string, body: WireStatus): Promise<void> {
    return this.sent.get(key(commit, body)) ?? this.publish(commit, body);
  }

  private async post(commit: string, body: WireStatus): Promise<void> {
    try {
      // A repeated POST only adds an identical status to the context, so a lost answer may be retried.
      await this.ctx.http.request({ method: 'POST', url: `${this.ctx.repo}/statuses/${encodeURIComponent(commit)}`, body, expect: [201], idempotent: true });
    } catch (error) {
      throw explain(error, `set the commit status "${body.context}" on ${shortCommit(commit)}`, HINTS.statuses);
    }
  }
}

/** Contexts compare case-insensitively on GitHub. */
function key(commit: string, body: WireStatus): string {
  return `${commit.toLowerCase()} ${body.context.toLowerCase()}`;
}
