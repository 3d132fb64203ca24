/**
 * Datafold's answers on the wire: FastAPI error bodies (input-formats.md §3: `{"detail": "…"}`,
 * and for refused input `{"detail": [{loc, msg, type}]}` with pydantic's v1 wording), the diff as
 * `POST /api/v1/datadiffs` and `GET /api/v1/datadiffs/{id}` return it, and its summary_results.
 */
import type { Reply } from '../fake-server.js';
import { summaryResults } from './results.js';
import { DEFAULT_DATA_SOURCE_TYPE, isEnded, type DatafoldDiff, type DatafoldState } from './state.js';

export interface ValidationItem {
  readonly loc: ReadonlyArray<string | number>;
  readonly msg: string;
  readonly type: string;
}

export function detail(status: number, message: string): Reply {
  return { status, body: { detail: message } };
}

export function unprocessable(items: readonly ValidationItem[]): Reply {
  return { status: 422, body: { detail: items } };
}

/** Fields the response carries even when the create body left them out (`ApiDataDiffFull` defaults). */
const CONFIG_DEFAULTS = {
  table1: null,
  table2: null,
  query1: null,
  query2: null,
  filter1: null,
  filter2: null,
  include_columns: null,
  exclude_columns: null,
  archived: false,
  purged: false,
  infer_pk: false,
};

/**
 * The config as sent, with defaults, plus the job's state (input-formats.md §3.1, §3.2). `done` is
 * true once the job has ended (done, failed, cancelled); the description does not say more.
 * `diff_stats` stays null: the product reads summary_results instead.
 */
export function diffJson(diff: DatafoldDiff): Record<string, unknown> {
  return {
    ...CONFIG_DEFAULTS,
    ...diff.config,
    id: diff.id,
    user_id: diff.userId,
    kind: diff.kind,
    // "Auto-selected if omitted: 'join' when both data sources are the same, 'fetch_and_join' otherwise."
    algorithm: diff.config['algorithm'] ?? (diff.kind === 'in_db' ? 'join' : 'fetch_and_join'),
    status: diff.status,
    done: isEnded(diff.status),
    source: 'api',
    result_statuses: {},
    diff_stats: null,
    created_at: diff.createdAt,
    updated_at: diff.updatedAt,
    finished_at: diff.finishedAt,
  };
}

/**
 * summary_results for the diff's current status. The description has no body for a cancelled
 * diff or one waiting for a person (`needs_*`): those keep answering the in-flight word, and only
 * the status endpoint tells them apart — a client must read it.
 */
export function summaryJson(state: DatafoldState, diff: DatafoldDiff): Record<string, unknown> {
  const { outcome, finishedWord, inFlightWord } = diff.plan;
  if (diff.status === 'failed' && outcome.status === 'failed') return { status: 'failed', error: { ...outcome.error } };
  if (diff.status !== 'done' || outcome.status !== 'done') return { status: inFlightWord };
  if ('body' in outcome) return { ...outcome.body, status: finishedWord };
  const source = state.dataSources.get(diff.dataSource2Id);
  return summaryResults(outcome.results, {
    status: finishedWord,
    pkColumns: diff.pkColumns,
    kind: diff.kind,
    dataSource: { id: diff.dataSource2Id, type: source?.type ?? DEFAULT_DATA_SOURCE_TYPE },
  });
}
