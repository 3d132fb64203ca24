/** The smallest JSON client the fakes' own tests need; the product's client is under test elsewhere. */

export interface JsonResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the answer was JSON, the text otherwise, undefined when empty. */
  // `any`: the fakes' tests poke into many response shapes; typing each would test the types, not the fakes.
  readonly body: any;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly authorization?: string;
  readonly headers?: Record<string, string>;
}

export async function call(method: string, url: string, options: CallOptions = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.authorization) headers['authorization'] = options.authorization;
  let payload: string | undefined;
  if (options.body !== undefined) {
    payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && (response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}
