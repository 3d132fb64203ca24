/**
 * A Datafold Cloud REST fake on loopback: create a data diff, poll its status and its
 * summary_results, cancel it. Diffs move along a per-diff plan counted in polls, and every create
 * body is judged against Datafold's published OpenAPI description.
 *
 *   const datafold = await startDatafold();
 *   datafold.state.addDataSource({ id: 7 });
 *   datafold.state.planFor({ table2: ['DB', 'PR_42', 'ORDERS'] }, { outcome: { status: 'done', results: { rows: { base: 10, head: 12, added: 2 } } } });
 *   // client: host = datafold.url, header `Authorization: ${datafold.authorization}`
 *   expect(datafold.violations).toEqual([]);
 *   await datafold.close();
 */
import { bodyViolation } from '../body-check.js';
import { startFakeServer, type FakeRequest, type RecordedRequest, type Reply } from '../fake-server.js';
import type { Fault, FaultHandle } from '../faults.js';
import { Router, type RouteLookup } from '../router.js';
import { loadSpecValidator, type SpecValidationStatus, type SpecViolation } from '../spec-validator.js';
import { DATAFOLD_ROUTES, type DatafoldRoute } from './routes.js';
import { DatafoldState, type ApiKey, type DiffPlan } from './state.js';
import { detail } from './wire.js';

export * from './state.js';
export type { DependencySeed, DependencyShape, Pair, ResultsSeed } from './results.js';
export { peakConcurrency } from './concurrency.js';

export const DATAFOLD_API_KEY = 'datafold-fake-api-key';

export interface DatafoldOptions {
  /** The key with access to every data source (default DATAFOLD_API_KEY); add others with `state.addApiKey`. */
  readonly apiKey?: string;
  readonly dataSources?: ReadonlyArray<{ id: number; name?: string; type?: string }>;
  /** What diffs no `state.planFor` matches do. */
  readonly defaultPlan?: DiffPlan;
  /** Directory holding datafold-openapi.json; `false` turns spec validation off. */
  readonly specs?: string | false;
  readonly clock?: () => Date;
  /** Id of the first diff created (default 1001). */
  readonly firstDiffId?: number;
}

export interface DatafoldFake {
  /** The host, as a user configures it (`https://app.datafold.com`); paths start with `/api/v1`. */
  readonly url: string;
  readonly state: DatafoldState;
  readonly apiKey: string;
  /** `Key <apiKey>`, the header value Datafold expects. */
  readonly authorization: string;
  readonly requests: readonly RecordedRequest[];
  /** Create bodies the description (or JSON itself) rejected; a well-behaved client leaves this empty. */
  readonly violations: readonly SpecViolation[];
  readonly specValidation: SpecValidationStatus;
  /** The `POST /api/v1/datadiffs` requests, in arrival order (for `peakConcurrency`). */
  creates(): RecordedRequest[];
  setFault(fault: Fault): FaultHandle;
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startDatafold(options: DatafoldOptions = {}): Promise<DatafoldFake> {
  const state = new DatafoldState(options);
  const apiKey = options.apiKey ?? DATAFOLD_API_KEY;
  state.addApiKey(apiKey);
  for (const source of options.dataSources ?? []) state.addDataSource(source);
  const validator = loadSpecValidator('datafold', options.specs);
  const violations: SpecViolation[] = [];
  const router = new Router<DatafoldRoute>();
  for (const route of DATAFOLD_ROUTES) router.add(route.method, route.template, route.name, route);

  const handle = (req: FakeRequest, lookup: RouteLookup<DatafoldRoute>): Reply => {
    // Judged and recorded before anything else can answer, so `violations` misses nothing.
    const violation = bodyViolation('datafold', validator, req, req.url.pathname);
    if (violation) violations.push(violation);

    // FastAPI's own answers for paths and methods it has no route for.
    if (lookup.kind === 'not-found') return detail(404, 'Not Found');
    if (lookup.kind === 'method-not-allowed') return { ...detail(405, 'Method Not Allowed'), headers: { allow: lookup.allowed.join(', ') } };

    const key = authenticate(state, req);
    if (!key) return detail(401, req.auth.kind === 'none' ? 'Authentication required: send Authorization: Key <api key>' : 'Invalid API key');
    req.setIdentity(`user:${key.userId}`);
    return lookup.route.handler.handler({ req, params: lookup.params, state, key, violation });
  };

  const server = await startFakeServer<DatafoldRoute>({
    basePath: '',
    router,
    handle,
    errorReply: (status, message, fault) => {
      const reply = detail(status, message);
      if (fault?.kind !== 'rate-limit' || fault.retryAfterSeconds === null) return reply;
      return { ...reply, headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) } };
    },
  });

  return {
    url: server.origin,
    state,
    apiKey,
    authorization: `Key ${apiKey}`,
    requests: server.requests,
    violations,
    specValidation: validator.status,
    creates: () => server.requests.filter((r) => r.operation === 'datadiffs.create'),
    setFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}

/** `Authorization: Key <api key>` only (input-formats.md §3; the description's ApiKeyAuth); a bare key is refused. */
function authenticate(state: DatafoldState, req: FakeRequest): ApiKey | undefined {
  const match = /^Key\s+(\S+)\s*$/i.exec(req.headers.authorization?.trim() ?? '');
  return match ? state.apiKey(match[1]!) : undefined;
}
