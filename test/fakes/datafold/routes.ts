/**
 * The data diff endpoints of Datafold Cloud's REST API (input-formats.md §3.1–3.3; the published
 * description's `/api/v1/datadiffs…` operations). Handlers run after the fake has checked the
 * `Authorization: Key …` header and judged the body against the description.
 */
import { isRecord } from '../insight-data.js';
import { Rejection, type FakeRequest, type Reply } from '../fake-server.js';
import type { Params } from '../router.js';
import type { SpecViolation } from '../spec-validator.js';
import { bodyRefusals, dataSourceRefusal, violationItems } from './create-rules.js';
import type { ApiKey, DatafoldDiff, DatafoldState } from './state.js';
import { detail, diffJson, summaryJson, unprocessable } from './wire.js';

export interface DatafoldContext {
  readonly req: FakeRequest;
  readonly params: Params;
  readonly state: DatafoldState;
  readonly key: ApiKey;
  /** What the spec (or JSON itself) found wrong with the body, already recorded. */
  readonly violation: SpecViolation | undefined;
}

export interface DatafoldRoute {
  readonly method: string;
  readonly template: string;
  readonly name: string;
  readonly handler: (ctx: DatafoldContext) => Reply;
}

const DIFFS = '/api/v1/datadiffs';
const DIFF = `${DIFFS}/{datadiff_id}`;

export const DATAFOLD_ROUTES: readonly DatafoldRoute[] = [
  { method: 'POST', template: DIFFS, name: 'datadiffs.create', handler: createDiff },
  { method: 'GET', template: DIFF, name: 'datadiffs.get', handler: (ctx) => ({ status: 200, body: diffJson(ctx.state.poll(findDiff(ctx))) }) },
  {
    method: 'GET',
    template: `${DIFF}/summary_results`,
    name: 'datadiffs.summaryResults',
    handler: (ctx) => ({ status: 200, body: summaryJson(ctx.state, ctx.state.poll(findDiff(ctx))) }),
  },
  {
    method: 'POST',
    template: `${DIFF}/cancel`,
    name: 'datadiffs.cancel',
    handler: (ctx) => {
      const diff = ctx.state.cancel(findDiff(ctx));
      return { status: 200, body: { id: diff.id, status: diff.status } };
    },
  },
];

function createDiff(ctx: DatafoldContext): Reply {
  const body = ctx.req.body.present ? ctx.req.body.value : undefined;
  const refusals = bodyRefusals(body);
  if (refusals.length > 0 || !isRecord(body)) return unprocessable(refusals);
  const refused = dataSourceRefusal(body, ctx.state, ctx.key);
  if (refused) return refused;
  if (ctx.violation) return unprocessable(violationItems(ctx.violation));
  const diff = ctx.state.addDiff(body, undefined, ctx.key.userId);
  return { status: 200, body: diffJson(diff) };
}

/** The id is an integer path parameter (FastAPI refuses anything else with 422); the key must reach both data sources. */
function findDiff(ctx: DatafoldContext): DatafoldDiff {
  const raw = ctx.params['datadiff_id']!;
  if (!/^-?\d+$/.test(raw)) {
    throw new Rejection(unprocessable([{ loc: ['path', 'datadiff_id'], msg: 'value is not a valid integer', type: 'type_error.integer' }]));
  }
  const diff = ctx.state.diff(Number(raw));
  if (!diff) throw new Rejection(detail(404, `Data diff ${raw} not found`));
  if (!ctx.state.mayUse(ctx.key, diff.dataSource1Id) || !ctx.state.mayUse(ctx.key, diff.dataSource2Id)) {
    throw new Rejection(detail(403, `This API key has no access to the data sources of data diff ${raw}`));
  }
  return diff;
}
