/**
 * What the Datafold fake remembers: data sources, API keys (and which data sources each may use),
 * data diffs, and how each diff will behave while a client polls it. Tests seed it before a run
 * and read it afterwards; the route handlers create and poll diffs through it.
 *
 * A diff's life is counted in polls, not time (no timing in tests): every GET of its status or of
 * its summary_results is one poll. The first `inFlightPolls` polls see it in flight (`waiting`,
 * then `processing`); later ones see its outcome.
 */
import { checkSeed, type ResultsSeed } from './results.js';

/** `JobStatus` of the published description (input-formats.md §3.2). */
export type JobStatus = 'needs_confirmation' | 'needs_authentication' | 'waiting' | 'queued' | 'processing' | 'done' | 'failed' | 'cancelled';

/** What summary_results says while the diff is not finished: `running`/`pending` (OpenAPI), `waiting` (older docs, data-diff). */
export type InFlightWord = 'running' | 'pending' | 'waiting';
/** What summary_results says once it is: `done` (OpenAPI) or `success` (older docs, data-diff). */
export type FinishedWord = 'done' | 'success';

export type DiffOutcome =
  /** `results`: a compact description the fake expands; `body`: the exact summary_results body (its `status` is replaced by the finished word). */
  | { readonly status: 'done'; readonly results: ResultsSeed }
  | { readonly status: 'done'; readonly body: Readonly<Record<string, unknown>> }
  /** `ApiDataDiffError`: both fields required, e.g. `NoSuchTableException` / `DATABASE.SCHEMA.TABLE_1`. */
  | { readonly status: 'failed'; readonly error: { readonly error_type: string; readonly error_value: string } }
  | { readonly status: 'cancelled' | 'needs_confirmation' | 'needs_authentication' };

export interface DiffPlan {
  /** Polls that see the diff in flight before its outcome shows (default 2: `waiting`, `processing`). */
  readonly inFlightPolls?: number;
  /** Default: done, identical, no rows. */
  readonly outcome?: DiffOutcome;
  /** Default `running`. */
  readonly inFlightWord?: InFlightWord;
  /** Default `done`. */
  readonly finishedWord?: FinishedWord;
}

export type ResolvedPlan = Required<DiffPlan>;

export interface DataSource {
  readonly id: number;
  readonly name: string;
  /** Datafold's data source type (`snowflake`, `bigquery`, …); dependencies default to it. */
  readonly type: string;
}

export interface ApiKey {
  readonly key: string;
  readonly userId: number;
  /** Data source ids the key may use; every one when undefined. */
  readonly dataSources?: readonly number[];
}

/** The create body as sent: snake_case, as on the wire. */
export type DiffConfig = Readonly<Record<string, unknown>>;

export interface DatafoldDiff {
  readonly id: number;
  /** The create body as sent (or seeded). */
  readonly config: DiffConfig;
  readonly dataSource1Id: number;
  readonly dataSource2Id: number;
  /** Table paths as arrays (`['DB', 'SCHEMA', 'TABLE']`) or queries; null when not given. */
  readonly table1: readonly string[] | null;
  readonly table2: readonly string[] | null;
  readonly query1: string | null;
  readonly query2: string | null;
  readonly pkColumns: readonly string[];
  readonly filter1: string | null;
  readonly filter2: string | null;
  readonly includeColumns: readonly string[] | null;
  readonly excludeColumns: readonly string[] | null;
  /** `in_db` when both sides are the same data source (the description's `DiffKind`). */
  readonly kind: 'in_db' | 'cross_db';
  readonly userId: number;
  readonly createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  status: JobStatus;
  /** Status and summary_results GETs so far. */
  polls: number;
  /** Replace fields to change what later polls see. */
  plan: ResolvedPlan;
}

export type DiffMatch = Readonly<Record<string, unknown>> | ((config: DiffConfig) => boolean);

/** A data source seeded without a type, or a diff seeded without its data source, is taken for Snowflake. */
export const DEFAULT_DATA_SOURCE_TYPE = 'snowflake';

const ENDED: readonly JobStatus[] = ['done', 'failed', 'cancelled'];

const DEFAULT_PLAN: ResolvedPlan = {
  inFlightPolls: 2,
  outcome: { status: 'done', results: { rows: { base: 0, head: 0 } } },
  inFlightWord: 'running',
  finishedWord: 'done',
};

export class DatafoldState {
  readonly dataSources = new Map<number, DataSource>();
  readonly apiKeys: ApiKey[] = [];
  readonly diffs = new Map<number, DatafoldDiff>();
  private readonly defaultPlan: ResolvedPlan;
  private readonly plans: Array<{ match: (config: DiffConfig) => boolean; plan: DiffPlan }> = [];
  private nextDiffId: number;
  private readonly clock: () => Date;

  /** `defaultPlan`: what a diff no `planFor` matches does; its fields override the built-in default. */
  constructor(options: { clock?: () => Date; firstDiffId?: number; defaultPlan?: DiffPlan } = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.nextDiffId = options.firstDiffId ?? 1001;
    this.defaultPlan = { ...DEFAULT_PLAN, ...checked(options.defaultPlan) };
  }

  now(): string {
    return this.clock().toISOString();
  }

  addDataSource(source: { id: number; name?: string; type?: string }): DataSource {
    const added = { id: source.id, name: source.name ?? `source-${source.id}`, type: source.type ?? DEFAULT_DATA_SOURCE_TYPE };
    this.dataSources.set(added.id, added);
    return added;
  }

  addApiKey(key: string, options: { dataSources?: readonly number[]; userId?: number } = {}): ApiKey {
    const added: ApiKey = { key, userId: options.userId ?? this.apiKeys.length + 1, ...(options.dataSources ? { dataSources: options.dataSources } : {}) };
    this.apiKeys.push(added);
    return added;
  }

  apiKey(key: string): ApiKey | undefined {
    return this.apiKeys.find((k) => k.key === key);
  }

  mayUse(key: ApiKey, dataSourceId: number): boolean {
    return key.dataSources === undefined || key.dataSources.includes(dataSourceId);
  }

  /**
   * How diffs created with a matching body behave: `match` is a predicate over the create body,
   * or some of its fields compared as JSON (`{ table2: ['DB', 'PR_42', 'ORDERS'] }`). The first
   * matching plan wins; its fields override `defaultPlan`.
   */
  planFor(match: DiffMatch, plan: DiffPlan): void {
    const test = typeof match === 'function' ? match : (config: DiffConfig) => Object.entries(match).every(([k, v]) => JSON.stringify(config[k]) === JSON.stringify(v));
    this.plans.push({ match: test, plan: checked(plan) });
  }

  /** Stores a diff as the create endpoint does (no validation: seeding is the test's business). */
  addDiff(config: DiffConfig, plan?: DiffPlan, userId = 1): DatafoldDiff {
    const planned = checked(plan) ?? this.plans.find((p) => p.match(config))?.plan;
    const dataSource1Id = config['data_source1_id'] as number;
    const dataSource2Id = config['data_source2_id'] as number;
    const now = this.now();
    const diff: DatafoldDiff = {
      id: this.nextDiffId++,
      config,
      dataSource1Id,
      dataSource2Id,
      table1: (config['table1'] as string[] | undefined) ?? null,
      table2: (config['table2'] as string[] | undefined) ?? null,
      query1: (config['query1'] as string | undefined) ?? null,
      query2: (config['query2'] as string | undefined) ?? null,
      pkColumns: (config['pk_columns'] as string[] | undefined) ?? [],
      filter1: (config['filter1'] as string | undefined) ?? null,
      filter2: (config['filter2'] as string | undefined) ?? null,
      includeColumns: (config['include_columns'] as string[] | undefined) ?? null,
      excludeColumns: (config['exclude_columns'] as string[] | undefined) ?? null,
      kind: dataSource1Id === dataSource2Id ? 'in_db' : 'cross_db',
      userId,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
      status: 'waiting',
      polls: 0,
      plan: { ...this.defaultPlan, ...planned },
    };
    this.diffs.set(diff.id, diff);
    return diff;
  }

  diff(id: number): DatafoldDiff | undefined {
    return this.diffs.get(id);
  }

  /** One status or summary_results GET: counts it and moves the diff along its plan. */
  poll(diff: DatafoldDiff): DatafoldDiff {
    diff.polls += 1;
    if (isEnded(diff.status)) return diff;
    const { inFlightPolls, outcome } = diff.plan;
    const next: JobStatus = diff.polls > inFlightPolls ? outcome.status : diff.polls === 1 ? 'waiting' : 'processing';
    if (next !== diff.status) this.setStatus(diff, next);
    return diff;
  }

  /** `POST …/cancel`: no effect once the diff has ended (the description of the operation). */
  cancel(diff: DatafoldDiff): DatafoldDiff {
    if (!isEnded(diff.status)) this.setStatus(diff, 'cancelled');
    return diff;
  }

  private setStatus(diff: DatafoldDiff, status: JobStatus): void {
    diff.status = status;
    diff.updatedAt = this.now();
    if (isEnded(status)) diff.finishedAt = diff.updatedAt;
  }
}

function checked<T extends DiffPlan | undefined>(plan: T): T {
  const outcome = plan?.outcome;
  if (outcome?.status === 'done' && 'results' in outcome) checkSeed(outcome.results);
  return plan;
}

export function isEnded(status: JobStatus): boolean {
  return ENDED.includes(status);
}

