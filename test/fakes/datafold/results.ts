/**
 * Expands a compact description of a finished diff into the `summary_results` body Datafold
 * answers (input-formats.md §3.3; the description's `ApiDataDiffSummaryForDone`). Every pair is
 * `[dataset1, dataset2]`: dataset 1 the base (production), dataset 2 the head (the PR).
 *
 * The fake derives the numbers the way data-diff's `--cloud` mode reads them back (removed =
 * `pks.exclusives[0]`, added = `[1]`, changed = `values.rows_with_differences`), so a seed and
 * the report parsed from its body agree. `distincts` is the fake's approximation (rows minus
 * null and duplicate keys); Datafold does not document it further.
 */

export type Pair = readonly [number, number];

/** `list`: the current description's array of `ApiCIDependency`; `deps`: the older docs' `{deps: {<kind>: [...]}}`. */
export type DependencyShape = 'list' | 'deps';

export interface DependencySeed {
  /** `item_type` (list) or the `deps` key: `hightouch`, `dashboard`, `table`, … */
  readonly itemType: string;
  readonly name: string;
  /** Default `[name]`. */
  readonly path?: readonly string[];
  /** Default: dataset 2's data source and its type. */
  readonly dataSourceId?: number;
  readonly dataSourceType?: string;
  readonly popularity?: number;
}

export interface ResultsSeed {
  /** Row counts per dataset and how they differ (added/removed/changed default 0). */
  readonly rows: { readonly base: number; readonly head: number; readonly added?: number; readonly removed?: number; readonly changed?: number };
  /** Compared columns (not the key) → values that differ; 0 for a column that matches. */
  readonly columns?: Readonly<Record<string, number>>;
  readonly pkNulls?: Pair;
  readonly pkDuplicates?: Pair;
  /** Type-changed columns are left out of the value comparison, as Datafold does. */
  readonly schemaChanges?: { readonly added?: readonly string[]; readonly removed?: readonly string[]; readonly typeChanged?: readonly string[] };
  readonly dependencies?: readonly DependencySeed[];
  /** Default `list`. */
  readonly dependencyShape?: DependencyShape;
}

export interface ResultsContext {
  readonly status: 'done' | 'success';
  readonly pkColumns: readonly string[];
  /** Cross-database diffs have no `schema` section (`ApiCrossDataDiffSummaryForDone`). */
  readonly kind: 'in_db' | 'cross_db';
  readonly dataSource: { readonly id: number; readonly type: string };
}

/** Throws on a seed no real diff could produce, so a mistake shows where the test seeds, not as a 500 mid-run. */
export function checkSeed(seed: ResultsSeed): void {
  const { base, head, added = 0, removed = 0, changed = 0 } = seed.rows;
  const counts = [base, head, added, removed, changed, ...(seed.pkNulls ?? []), ...(seed.pkDuplicates ?? []), ...Object.values(seed.columns ?? {})];
  check(counts.every((n) => Number.isInteger(n) && n >= 0), 'counts must be whole numbers, 0 or more');
  check(removed <= base && added <= head, 'rows.removed must not exceed rows.base, nor rows.added rows.head');
  check(changed <= base - removed, 'rows.changed must not exceed the rows in both datasets (base − removed)');
  for (const [name, differing] of Object.entries(seed.columns ?? {})) {
    check(differing <= changed, `columns.${name}: a column's differing values lie in changed rows (0 … rows.changed)`);
  }
}

export function summaryResults(seed: ResultsSeed, ctx: ResultsContext): Record<string, unknown> {
  checkSeed(seed);
  const { base, head, added = 0, removed = 0, changed = 0 } = seed.rows;
  const matched = base - removed;
  const nulls = seed.pkNulls ?? [0, 0];
  const dupes = seed.pkDuplicates ?? [0, 0];
  const columns = Object.entries(seed.columns ?? {});
  const body: Record<string, unknown> = {
    status: ctx.status,
    pks: {
      total_rows: [base, head],
      nulls: [...nulls],
      dupes: [...dupes],
      exclusives: [removed, added],
      distincts: [Math.max(0, base - nulls[0] - dupes[0]), Math.max(0, head - nulls[1] - dupes[1])],
    },
    values: {
      total_rows: matched,
      rows_with_differences: changed,
      total_values: matched * columns.length,
      values_with_differences: columns.reduce((sum, [, differing]) => sum + differing, 0),
      compared_columns: columns.length,
      columns_with_differences: columns.filter(([, differing]) => differing > 0).length,
      // `match` is the percent (0–100) of matching values in the column.
      columns_diff_stats: columns.map(([name, differing]) => ({
        column_name: name,
        match: matched > 0 ? (100 * (matched - differing)) / matched : 100,
        values_different: differing,
      })),
    },
    dependencies: dependencies(seed, ctx),
    // Materialization was not requested: every entry is null (ApiMaterializedResults).
    materialized_results: { diff: null, duplicates1: null, duplicates2: null, exclusives: null },
  };
  if (ctx.kind === 'in_db') body['schema'] = schema(seed, ctx, columns.length);
  return body;
}

function schema(seed: ResultsSeed, ctx: ResultsContext, compared: number): Record<string, unknown> {
  const added = [...(seed.schemaChanges?.added ?? [])];
  const removed = [...(seed.schemaChanges?.removed ?? [])];
  const typeChanged = [...(seed.schemaChanges?.typeChanged ?? [])];
  const shared = ctx.pkColumns.length + compared + typeChanged.length;
  return {
    columns_mismatched: [removed.length, added.length],
    column_type_mismatches: typeChanged.length,
    column_reorders: 0,
    column_counts: [shared + removed.length, shared + added.length],
    column_type_differs: typeChanged,
    exclusive_columns: [removed, added],
  };
}

function dependencies(seed: ResultsSeed, ctx: ResultsContext): unknown {
  const deps = seed.dependencies ?? [];
  if (seed.dependencyShape === 'deps') {
    const byKind: Record<string, Array<{ name: string; path: string[] }>> = {};
    for (const dep of deps) (byKind[dep.itemType] ??= []).push({ name: dep.name, path: [...(dep.path ?? [dep.name])] });
    return { deps: byKind };
  }
  return deps.map((dep) => {
    const path = [...(dep.path ?? [dep.name])];
    const type = dep.dataSourceType ?? ctx.dataSource.type;
    return {
      uid: `${type}:${dep.itemType}:${path.join('.')}`,
      item_type: dep.itemType,
      name: dep.name,
      path,
      data_source_id: dep.dataSourceId ?? ctx.dataSource.id,
      data_source_type: type,
      popularity: dep.popularity ?? null,
    };
  });
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`Datafold fake results seed: ${message}`);
}
