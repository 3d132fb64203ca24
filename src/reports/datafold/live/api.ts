/**
 * The three Datafold Cloud calls a live read makes (input-formats.md §3.1–3.3): create a data diff,
 * read its status, read its summary_results. Authentication is `Authorization: Key <api key>`; the
 * client registers the key in the run's redactor. Failures become what a user can act on: a refused
 * key names DATAFOLD_API_KEY, a refused create (422) points at the config entry that asked for it,
 * an unknown id names DATAFOLD_DIFF_IDS; anything else is a server failure (exit 3).
 */
import { InputError, ServerError } from '../../../core/errors.js';
import { isRecord } from '../../../core/records.js';
import { HttpClientError, type HttpClient, type HttpRequest } from '../../../http/index.js';
import type { DiffRequest } from './diff-config.js';

/** `JobStatus` of the published description (input-formats.md §3.2). */
export type JobStatus = 'needs_confirmation' | 'needs_authentication' | 'waiting' | 'queued' | 'processing' | 'done' | 'failed' | 'cancelled';

/** The fields of `GET /api/v1/datadiffs/{id}` this source reads. */
export interface DiffStatus {
  id: number;
  /** A JobStatus; kept as text, so a status Datafold adds later reads as still in flight. */
  status: string;
  table1: string[] | undefined;
  table2: string[] | undefined;
  pkColumns: string[] | undefined;
}

export interface DatafoldApi {
  create(request: DiffRequest): Promise<number>;
  status(id: number, origin: string): Promise<DiffStatus>;
  summaryResults(id: number): Promise<Record<string, unknown>>;
}

/** Statuses read here rather than thrown by the client, so Datafold's own `detail` reaches the message. */
const ANSWERED = [200, 201, 401, 403, 404, 422];

export function datafoldApi(http: HttpClient): DatafoldApi {
  async function call(request: HttpRequest, what: string): Promise<{ status: number; body: unknown }> {
    try {
      return await http.request({ ...request, expect: ANSWERED });
    } catch (error) {
      if (error instanceof HttpClientError) throw new ServerError(`Datafold: could not ${what}: ${error.message}; nothing was published`, { cause: error });
      throw error;
    }
  }

  return {
    async create(request) {
      const what = `create the diff of ${request.name}`;
      // A create is not repeated after a failure that may have reached Datafold: it would start a second diff.
      const { status, body } = await call({ method: 'POST', url: 'api/v1/datadiffs', body: request.body, idempotent: false }, what);
      if (status === 422) throw refusedCreate(request, body);
      refuseAccess(status, body, what);
      return idOf(body, what);
    },
    async status(id, origin) {
      const what = `read data diff ${id}`;
      const { status, body } = await call({ method: 'GET', url: `api/v1/datadiffs/${id}` }, what);
      if (status === 404) {
        throw new InputError(`Datafold has no data diff ${id}, or this API key cannot see it (404${detailOf(body)})`, { source: origin });
      }
      refuseAccess(status, body, what);
      return diffStatus(body, id, what);
    },
    async summaryResults(id) {
      const what = `read the results of data diff ${id}`;
      const { status, body } = await call({ method: 'GET', url: `api/v1/datadiffs/${id}/summary_results` }, what);
      refuseAccess(status, body, what);
      if (!isRecord(body) || typeof body['status'] !== 'string') throw unexpected(what, 'an object with a status');
      return body;
    },
  };
}

/** 401 and 403 name the setting to fix; any other unexpected answer is Datafold's failure. */
function refuseAccess(status: number, body: unknown, what: string): void {
  if (status === 401) {
    throw new ServerError(
      `Datafold refused DATAFOLD_API_KEY (401${detailOf(body)}): the key is missing, mistyped or revoked. Create an API key in Datafold (Settings → Account) and set it as DATAFOLD_API_KEY, from a secured variable; nothing was published`,
    );
  }
  if (status === 403) {
    throw new ServerError(
      `Datafold: DATAFOLD_API_KEY may not ${what} (403${detailOf(body)}): its user has no access to the diff's data sources. Use the key of a user who can read them; nothing was published`,
    );
  }
  if (status !== 200 && status !== 201) throw new ServerError(`Datafold: could not ${what}: ${status}${detailOf(body)}; nothing was published`);
}

/**
 * A FastAPI 422 (`{"detail": [{loc, msg, type}]}`), shown against the config entry that asked for the
 * diff: `loc` is `["body", "<field>", …]`, and the field is one the entry set (or should have).
 */
function refusedCreate(request: DiffRequest, body: unknown): InputError {
  const items = isRecord(body) && Array.isArray(body['detail']) ? body['detail'].filter(isRecord) : [];
  const described = items.map((item) => {
    const loc = Array.isArray(item['loc']) ? item['loc'].map(String) : [];
    const field = (loc[0] === 'body' ? loc[1] : loc[0]) as keyof DiffRequest['fieldKey'] | undefined;
    const key = field === undefined ? undefined : request.fieldKey[field];
    const rest = loc.slice(loc[0] === 'body' ? 2 : 1);
    return {
      source: (field && request.fieldAt[field]) ?? request.at,
      pointer: key ? `${request.pointer}.${key}${rest.map((r) => (/^\d+$/.test(r) ? `[${r}]` : `.${r}`)).join('')}` : request.pointer,
      text: `${typeof item['msg'] === 'string' ? item['msg'] : 'refused'}${key ? '' : loc.length > 0 ? ` (${loc.join('.')})` : ''}`,
    };
  });
  const [first, ...others] = described;
  if (!first) return new InputError(`Datafold refused to create the diff of ${request.name} (422${detailOf(body)})`, { source: request.at, pointer: request.pointer });
  const more = others.map((o) => `; also ${o.pointer}: ${o.text}`).join('');
  return new InputError(`Datafold refused to create the diff of ${request.name} (422): ${first.text}${more}`, { source: first.source, pointer: first.pointer });
}

function idOf(body: unknown, what: string): number {
  const id = isRecord(body) ? body['id'] : undefined;
  if (typeof id !== 'number' || !Number.isInteger(id)) throw unexpected(what, 'the new diff with its id');
  return id;
}

function diffStatus(body: unknown, id: number, what: string): DiffStatus {
  if (!isRecord(body) || typeof body['status'] !== 'string') throw unexpected(what, 'the diff with its status');
  return { id, status: body['status'], table1: path(body['table1']), table2: path(body['table2']), pkColumns: path(body['pk_columns']) };
}

function path(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

function unexpected(what: string, expected: string): ServerError {
  return new ServerError(`Datafold: could not ${what}: the answer is not ${expected}; nothing was published`);
}

/** FastAPI's `{"detail": "…"}`, capped: shown to the user after the status code. */
function detailOf(body: unknown): string {
  const detail = isRecord(body) ? body['detail'] : undefined;
  return typeof detail === 'string' && detail.trim() !== '' ? `: ${detail.trim().slice(0, 200)}` : '';
}
