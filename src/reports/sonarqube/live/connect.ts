/**
 * The server profile and an HTTP client for it: the same client as publishing (timeouts, retries,
 * redirects, CA_FILE, proxies, plain http refused off loopback), with SONAR_TOKEN under the scheme
 * the server accepts, registered in the run's redactor in every encoding it travels in.
 */
import { createRunClient, type HttpClient, type NetworkContext } from '../../../http/index.js';
import { serverFailure } from './failures.js';
import { isCloud, sonarAuth, type SonarServer } from './server.js';

export interface ConnectOptions extends NetworkContext {
  url: string;
  token: string;
  /** report-task.txt's `organization`, else SONAR_ORGANIZATION. */
  organization?: string;
  /** report-task.txt's `serverVersion`; asked of `api/server/version` when absent. */
  version?: string;
  /** Epoch ms after which no request is started or retried. */
  deadline: number;
}

export interface Connection {
  server: SonarServer;
  http: HttpClient;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  const url = options.url.replace(/\/+$/, '');
  // Without a server: no credentials.
  const client = (server?: SonarServer) =>
    createRunClient(options, { baseUrl: url, auth: server === undefined ? { kind: 'none' } : sonarAuth(server, options.token), deadline: options.deadline });
  const cloud = isCloud(url, options.organization);
  const organization = options.organization === undefined ? {} : { organization: options.organization };
  if (cloud) {
    const server: SonarServer = { url, cloud, ...organization };
    return { server, http: client(server) };
  }
  // Needs no credentials (and a Bearer token would be refused by 9.9 before we know it is 9.9).
  const version = options.version ?? (await serverVersion(client()));
  const server: SonarServer = { url, cloud, version, ...organization };
  return { server, http: client(server) };
}

async function serverVersion(http: HttpClient): Promise<string> {
  try {
    const { body } = await http.request<unknown>({ method: 'GET', url: 'api/server/version', headers: { accept: 'text/plain' } });
    const version = String(body ?? '').trim();
    if (!/^\d+(\.\d+)*/.test(version)) throw new Error(`it answered ${JSON.stringify(version.slice(0, 40))} instead of a version number`);
    return version;
  } catch (error) {
    throw serverFailure(error, 'the server version (api/server/version)', 'no permission (anyone may read it)');
  }
}
