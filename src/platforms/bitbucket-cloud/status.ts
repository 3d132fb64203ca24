/** The commit build status; its key (REPORT_ID) makes a re-run overwrite instead of adding one. */
import { explain } from '../core/failure.js';
import type { StatusDecoration } from '../../render/decorations.js';
import { HINTS, type CloudContext } from './context.js';
import { statusBody } from './wire.js';
import { shortCommit } from '../../core/commits.js';

export async function publishStatus(ctx: CloudContext, commit: string, status: StatusDecoration, context: { branch?: string }): Promise<void> {
  const body = statusBody(status, context.branch);
  try {
    // POST with an existing key overwrites it, so a retry after a lost answer is harmless.
    await ctx.http.request({ method: 'POST', url: `${ctx.repo}/commit/${encodeURIComponent(commit)}/statuses/build`, body, expect: [200, 201], idempotent: true });
  } catch (error) {
    throw explain(error, `set the build status "${body.key}" on ${shortCommit(commit)}`, HINTS.status);
  }
}
