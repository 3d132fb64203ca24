/**
 * An HTTP client for one server of this run. Every client shares the run's redactor (so each
 * credential is masked everywhere), the environment's proxies and CAs, CA_FILE, and the debug log;
 * only the server, the credentials and the deadline differ. Retries and rate-limit waits are said
 * at info level, whichever server it is: a platform, SonarQube or Datafold that does not answer is
 * not minutes of silence.
 */
import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redact.js';
import { createHttpClient } from './client.js';
import type { HttpAuth, HttpClient } from './types.js';

export interface NetworkContext {
  redactor: Redactor;
  env: Readonly<Record<string, string | undefined>>;
  caFile?: string;
  log: Logger;
}

export interface RunClientOptions {
  baseUrl: string;
  auth: HttpAuth;
  /** Epoch ms after which no request is started or retried. */
  deadline?: number;
  /** A plain-HTTP forward proxy (the Bitbucket Pipelines auth proxy). */
  forwardProxy?: string;
}

export function createRunClient(context: NetworkContext, options: RunClientOptions): HttpClient {
  const { deadline, ...server } = options;
  return createHttpClient({
    ...server,
    redactor: context.redactor,
    env: context.env,
    ...(context.caFile ? { caFile: context.caFile } : {}),
    ...(deadline === undefined ? {} : { deadline }),
    logger: (line) => context.log.debug(line),
    progress: (line) => context.log.info(line),
  });
}
