export { createHttpClient } from './client.js';
export { createRunClient, type NetworkContext, type RunClientOptions } from './run-client.js';
export { readCaBundle } from './dispatcher.js';
export { isLoopback } from './url.js';
export { HttpClientError, HttpError, NetworkError, UnsafeRequestError } from './errors.js';
export type { NetworkErrorKind, UnsafeReason } from './errors.js';
export { platformErrorText } from './error-body.js';
export { mapLimit } from '../core/concurrency.js';
export type { HttpAuth, HttpClient, HttpClientOptions, HttpLogger, HttpMethod, HttpRequest, HttpResponse, QueryValue } from './types.js';
