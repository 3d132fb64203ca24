/**
 * Publishes decorations through one platform adapter. The three decorations are independent and
 * go out concurrently: the insight report (then its annotation batches), the build status, and
 * PR discovery followed by the sticky comment. A failure in one does not stop the others, and the
 * error says what was and was not published.
 */
import { PublishError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Decoration, PlatformApi } from '../platforms/platform.js';
import type { Decorations } from '../render/decorations.js';
import { shortCommit } from './commits.js';
import { findPullRequests } from './find-pull-requests.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface PublishTarget {
  commit: string;
  pullRequest?: number;
  branch?: string;
}

export interface PublishResult {
  published: string[];
  skipped: string[];
  pullRequests: number[];
}

interface Step {
  name: Decoration;
  run(): Promise<{ published: string[]; skipped: string[]; pullRequests?: number[] }>;
}

export async function publish(
  api: PlatformApi,
  decorations: Decorations,
  target: PublishTarget,
  wanted: readonly Decoration[],
  log: Logger,
): Promise<PublishResult> {
  const at = shortCommit(target.commit);
  const steps: Step[] = [];
  const skipped: string[] = [];

  const want = (name: Decoration) => {
    if (!wanted.includes(name)) return false;
    if (api.can[name]) return true;
    skipped.push(`${name}: ${api.cannotReason ?? `not possible with these credentials on ${api.displayName}`}`);
    return false;
  };

  if (want('insights')) {
    steps.push({
      name: 'insights',
      async run() {
        const r = await api.publishReport(target.commit, decorations.reportId, decorations.insight);
        const omitted = r.annotationsOmitted ? ` (${r.annotationsOmitted} lower-severity annotations left out: platform limit)` : '';
        return { published: [`${api.names.report} "${decorations.reportId}" on ${at} with ${r.annotationsSent} annotations${omitted}`], skipped: [] };
      },
    });
  }
  if (want('status')) {
    steps.push({
      name: 'status',
      async run() {
        await api.publishStatus(target.commit, decorations.status, target.branch ? { branch: target.branch } : {});
        return { published: [`${api.names.status} "${decorations.status.key}" (${decorations.status.state}) on ${at}`], skipped: [] };
      },
    });
  }
  if (want('comment')) {
    steps.push({
      name: 'comment',
      async run() {
        const search = await findPullRequests(api, target, log);
        const published: string[] = [];
        const notes = search.note ? [`comment: ${search.note}`] : [];
        for (const pr of search.pullRequests) {
          const outcome = await upsertStickyComment(api, pr, decorations.reportId, decorations.comment.markdown, target.commit, log);
          if (outcome === 'skipped-stale') notes.push(`comment on PR #${pr.id}: a newer commit is the PR's head`);
          else published.push(`comment ${outcome} on PR #${pr.id}`);
        }
        return { published, skipped: notes, pullRequests: search.pullRequests.map((pr) => pr.id) };
      },
    });
  }

  const settled = await Promise.allSettled(steps.map((s) => s.run()));
  const result: PublishResult = { published: [], skipped, pullRequests: [] };
  const failures: { name: Decoration; error: unknown }[] = [];
  settled.forEach((s, i) => {
    const step = steps[i]!;
    if (s.status === 'fulfilled') {
      result.published.push(...s.value.published);
      result.skipped.push(...s.value.skipped);
      result.pullRequests.push(...(s.value.pullRequests ?? []));
    } else {
      failures.push({ name: step.name, error: s.reason });
    }
  });

  if (failures.length) {
    const reasons = failures.map((f) => `${f.name}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
    const done = result.published.length ? `Published: ${result.published.join('; ')}.` : 'Nothing was published.';
    throw new PublishError(`${done} Not published: ${reasons.join('; ')}`, { cause: failures[0]!.error });
  }
  return result;
}
