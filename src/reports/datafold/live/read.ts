/**
 * Data diffs read live from Datafold Cloud: diffs created earlier (DATAFOLD_DIFF_IDS) and diffs this
 * step creates from the config file's `datafold: diffs:` list, created concurrently, then polled
 * until each has ended or WAIT_TIMEOUT has passed. Each ended diff becomes one model, named by its
 * config entry's `model` (else its table2 path) or, for an existing diff, by its own table2, so
 * thresholds match the names a user reads.
 *
 * A dry run reads from Datafold but creates nothing: it says which diffs it would create.
 */
import { ServerError } from '../../../core/errors.js';
import type { Logger } from '../../../core/logger.js';
import { mapLimit } from '../../../http/index.js';
import type { DataDiffReport, ModelDiff } from '../../model.js';
import { dataDiffVerdict } from '../../verdict.js';
import { DATAFOLD_TOOL, isInFlight, modelOfSummary } from '../summary-results.js';
import type { DatafoldApi, DiffStatus } from './api.js';
import type { DiffRequest } from './diff-config.js';
import { pollUntilEnded, type PollOptions } from '../../../core/poll.js';

const DATAFOLD_LIVE_FORMAT = 'datafold-live';

/** Creates sent at once: enough to start 50 diffs in a few round trips, few enough not to look like a flood. */
export const CREATE_CONCURRENCY = 8;

/** The first poll comes soon (a small diff is done in seconds), later ones back off to data-diff's 20 s. */
export const POLL_PACE = { firstIntervalMs: 500, maxIntervalMs: 20_000, concurrency: 8 } as const;

export interface LiveReadOptions {
  api: DatafoldApi;
  /** DATAFOLD_HOST without a trailing slash: links go to `{host}/datadiffs/{id}/overview`. */
  host: string;
  /** DATAFOLD_DIFF_IDS. */
  existing: readonly number[];
  /** The config file's `datafold: diffs:`. */
  create: readonly DiffRequest[];
  dryRun: boolean;
  /** WAIT_TIMEOUT, in seconds: said in the timeout message. */
  waitSeconds: number;
  poll: Omit<PollOptions, 'progress'>;
  log: Logger;
  /** Called with the progress of the wait; see poll.ts. */
  progress?: PollOptions['progress'];
}

interface Tracked {
  id: number;
  /** Set from the config entry, or from the diff's own table2 on its first status. */
  name: string | undefined;
  status: DiffStatus | undefined;
  /** Whether DATAFOLD_DIFF_IDS named it (what to do about a cancelled diff differs). */
  existing: boolean;
}

export async function readDatafoldLive(options: LiveReadOptions): Promise<DataDiffReport> {
  const { api, log } = options;
  const tracked: Tracked[] = options.existing.map((id) => ({ id, name: undefined, status: undefined, existing: true }));
  if (options.dryRun) {
    for (const request of options.create) log.info(`dry run: would create a Datafold diff for ${request.name} (${describe(request)})`);
  } else if (options.create.length > 0) {
    const ids = await mapLimit(options.create, CREATE_CONCURRENCY, (request) => api.create(request));
    log.info(`Datafold: created ${ids.length === 1 ? 'diff' : 'diffs'} ${ids.join(', ')}`);
    options.create.forEach((request, i) => tracked.push({ id: ids[i]!, name: request.name, status: undefined, existing: false }));
  }

  const models = await pollUntilEnded(
    tracked,
    async (diff) => {
      diff.status = await api.status(diff.id, diff.existing ? 'DATAFOLD_DIFF_IDS' : 'datafold: diffs');
      diff.name ??= diff.status.table2?.join('.') ?? `Datafold diff ${diff.id}`;
      return ended(diff, options);
    },
    { ...options.poll, ...(options.progress && { progress: options.progress }) },
  );

  const running = tracked.filter((_, i) => models[i] === undefined);
  if (running.length > 0) {
    const list = running.map((d) => `${d.name ?? 'diff'} (diff ${d.id}, ${d.status?.status ?? 'not answered'})`).join(', ');
    throw new ServerError(
      `Datafold diffs still running after WAIT_TIMEOUT (${options.waitSeconds} s): ${list}; nothing was published. ` +
        `Raise WAIT_TIMEOUT, or read them once they finish with DATAFOLD_DIFF_IDS=${tracked.map((d) => d.id).join(',')}`,
    );
  }
  const done = models as ModelDiff[];
  const report: DataDiffReport = { kind: 'data-diff', format: DATAFOLD_LIVE_FORMAT, tool: DATAFOLD_TOOL, verdict: dataDiffVerdict(done), models: done };
  return done.length === 1 && done[0]!.link !== undefined ? { ...report, link: done[0]!.link } : report;
}

/** The model of a diff that has ended; undefined while it runs (and while its results are still being written). */
async function ended(diff: Tracked, options: LiveReadOptions): Promise<ModelDiff | undefined> {
  const status = diff.status!;
  const link = `${options.host}/datadiffs/${diff.id}/overview`;
  const about: Omit<ModelDiff, 'status'> = {
    name: diff.name!,
    ...(status.table1 && { base: status.table1.join('.') }),
    ...(status.table2 && { head: status.table2.join('.') }),
    ...(status.pkColumns && status.pkColumns.length > 0 && { primaryKey: status.pkColumns }),
    link,
  };
  const failed = (error: string): ModelDiff => ({ ...about, status: 'failed', error });
  switch (status.status) {
    case 'done':
    case 'failed': {
      const summary = await options.api.summaryResults(diff.id);
      if (isInFlight(summary['status'])) return status.status === 'failed' ? failed('Datafold reported the diff as failed without details') : undefined;
      return { ...modelOfSummary(summary, `Datafold summary_results of diff ${diff.id}`), ...about };
    }
    case 'cancelled':
      return failed(`the diff was cancelled in Datafold; ${diff.existing ? 'create it again, then update DATAFOLD_DIFF_IDS' : 're-run this step to create it again'}`);
    case 'needs_confirmation':
      return failed(`the diff waits for someone to confirm it in Datafold: open ${link} and confirm it, then re-run this step`);
    case 'needs_authentication':
      return failed("Datafold needs credentials for the diff's data source: sign in to the data source in Datafold, then re-run this step");
    default:
      return undefined;
  }
}

/** "ANALYTICS.PROD.ORDERS → ANALYTICS.PR_42.ORDERS", or "query → query". */
function describe(request: DiffRequest): string {
  const side = (table: string[] | undefined) => (table ? table.join('.') : 'query');
  return `${side(request.body.table1)} → ${side(request.body.table2)}`;
}
