/**
 * Publishes decorations through one platform adapter. The three decorations are independent and
 * go out concurrently: the insight report (then its annotation batches), the build status, and
 * PR discovery with the sticky comment (COMMENT_MODE, comment-mode.ts). A failure in one does not
 * stop the others, and the error says what was published, what may have been (a write that failed
 * after it was sent), and what was not.
 */
import { PublishError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Decoration, PlatformApi } from '../platforms/platform.js';
import type { Decorations } from '../render/decorations.js';
import { shortCommit } from '../core/commits.js';
import { findPullRequests } from './find-pull-requests.js';
import { mayHaveLanded } from './landed.js';
import type { CommentMode } from './comment-mode.js';
import { commentQuery, upsertStickyComment, type StickyOutcome } from './sticky-comment.js';


export interface PublishTarget {
  commit: string;
  pullRequest?: number;
  branch?: string;
  /** COMMENT_MODE; `update` when not given. */
  commentMode?: CommentMode;
}

export interface PublishResult {
  published: string[];
  skipped: string[];
  pullRequests: number[];
  /** Web pages of what was written, where the platform names them (the Action's comment-url, check-run-url). */
  urls: { comment?: string; report?: string };
}

interface Step {
  name: Decoration;
  run(): Promise<{ published: string[]; skipped: string[]; pullRequests?: number[]; urls?: PublishResult['urls'] }>;
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
        const urls = r.url ? { report: r.url } : {};
        // What the platform really holds: a stand-in is named as what it is, not as the report.
        if (r.instead) return { published: [`${r.instead} on ${at}, in place of the ${api.names.report}`], skipped: [], urls };
        const notes = [
          ...(r.annotationsOmitted ? [`${r.annotationsOmitted} lower-severity annotations left out: platform limit`] : []),
          ...(r.note ? [r.note] : []),
        ];
        const said = notes.length ? ` (${notes.join('; ')})` : '';
        return { published: [`${api.names.report} "${decorations.reportId}" on ${at} with ${r.annotationsSent} annotations${said}`], skipped: [], urls };
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
        const { pullRequest } = target;
        // A known PR's comments are read while the PR itself is (wasted only when it is closed or moved on).
        const early = pullRequest === undefined ? undefined : api.listComments(pullRequest, commentQuery(decorations.reportId));
        early?.catch(() => undefined);
        const search = await findPullRequests(api, target, log);
        const published: string[] = [];
        const notes = search.note ? [`comment: ${search.note}`] : [];
        const urls: PublishResult['urls'] = {};
        const mode = target.commentMode ?? 'update';
        const comment = { reportId: decorations.reportId, body: decorations.comment.markdown, commit: target.commit, mode, passes: decorations.verdict === 'pass' };
        for (const pr of search.pullRequests) {
          const { outcome, url } = await upsertStickyComment(api, pr, comment, log, pr.id === pullRequest ? early : undefined);
          const skippedWhy = SKIPPED[outcome]?.(mode);
          if (skippedWhy) notes.push(`comment on PR #${pr.id}: ${skippedWhy}`);
          else published.push(`comment ${outcome} on PR #${pr.id}${outcome === 'deleted' ? ` (the report passes; COMMENT_MODE=${mode})` : ''}`);
          urls.comment ??= url;
        }
        return { published, skipped: notes, pullRequests: search.pullRequests.map((pr) => pr.id), urls };
      },
    });
  }

  const settled = await Promise.allSettled(steps.map((s) => s.run()));
  const result: PublishResult = { published: [], skipped, pullRequests: [], urls: {} };
  const failures: { name: Decoration; error: unknown }[] = [];
  settled.forEach((s, i) => {
    const step = steps[i]!;
    if (s.status === 'fulfilled') {
      result.published.push(...s.value.published);
      result.skipped.push(...s.value.skipped);
      result.pullRequests.push(...(s.value.pullRequests ?? []));
      Object.assign(result.urls, s.value.urls);
    } else {
      failures.push({ name: step.name, error: s.reason });
    }
  });

  if (failures.length) {
    const reasons = (list: typeof failures) => list.map((f) => `${f.name}: ${f.error instanceof Error ? f.error.message : String(f.error)}`).join('; ');
    const maybe = failures.filter((f) => mayHaveLanded(f.error));
    const not = failures.filter((f) => !mayHaveLanded(f.error));
    const said = [
      result.published.length ? `Published: ${result.published.join('; ')}.` : maybe.length ? 'Nothing was certainly published.' : 'Nothing was published.',
      ...(maybe.length ? [`May have been published (the request failed after it was sent): ${reasons(maybe)}.`] : []),
      ...(not.length ? [`Not published: ${reasons(not)}`] : []),
    ];
    throw new PublishError(said.join(' '), { cause: failures[0]!.error, failures: failures.map((f) => f.error) });
  }
  return result;
}

/** Outcomes that leave no comment of this run's on the PR, and why. */
const SKIPPED: Partial<Record<StickyOutcome, (mode: CommentMode) => string>> = {
  'skipped-stale': () => "a newer commit is the PR's head",
  'not-posted': (mode) => `the report passes, so none is posted (COMMENT_MODE=${mode})`,
};
