import type { Redactor } from '../core/redact.js';

export type HttpAuth =
  | { kind: 'bearer'; token: string }
  /** A token under another scheme: Datafold's `Authorization: Key <api key>`. */
  | { kind: 'token'; scheme: string; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'none' };

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

export interface HttpRequest {
  method: HttpMethod;
  /** A path relative to `baseUrl` (its base path is kept) or an absolute URL. */
  url: string;
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that count as success; default any 2xx. */
  expect?: readonly number[];
  /** Whether repeating the request is harmless; default true for GET/HEAD/PUT/DELETE, false for POST/PATCH. */
  idempotent?: boolean;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the content type says JSON, text otherwise, undefined when there is no body. */
  body: T;
}

/** Receives debug lines, already redacted. */
export type HttpLogger = (line: string) => void;

export interface HttpClientOptions {
  baseUrl?: string;
  auth?: HttpAuth;
  /** The run's one Redactor; the client registers the credentials in it. */
  redactor: Redactor;
  userAgent?: string;
  /** Per attempt (connecting and the whole response), default 30 s. */
  timeoutMs?: number;
  /**
   * Per call across its retries, default 40 s: a hung server costs about this much. Waits a
   * server asks for (rate limits) do not count; they are bounded by `deadline`.
   */
  callTimeoutMs?: number;
  /** Overall: an absolute time (epoch ms or Date) or a signal; default 5 minutes from creation. */
  deadline?: number | Date | AbortSignal;
  /** Default 4. */
  maxAttempts?: number;
  /** The most a response body may hold, default 32 MiB: past it the request fails without reading on. */
  maxResponseBytes?: number;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) and NODE_EXTRA_CA_CERTS; the client never reads process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** PEM bundle added to Node's default roots. */
  caFile?: string;
  /** A plain-HTTP forward proxy (Bitbucket Pipelines auth proxy); replaces any proxy from `env`. */
  forwardProxy?: string;
  /** Debug lines: every request and its status. */
  logger?: HttpLogger;
  /** Lines a user should see while a call is retried or waits for a rate limit; default `logger`. */
  progress?: HttpLogger;
  sleep?: (ms: number) => Promise<void>;
  /** Returns a number in [0, 1). */
  random?: () => number;
  now?: () => number;
}

export interface HttpClient {
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
}
