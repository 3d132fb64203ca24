/**
 * Everything the analysis says, in three round trips: the gate (input-formats.md §1.4), then at
 * once page 1 of the issues, the hotspots and the measures, then the remaining pages in parallel.
 * The gate is the report; the rest enriches it, and a 403 there (analysis tokens lack Browse,
 * §1.2) costs only that part, with a warning.
 */
import { InputError, ServerError } from '../../../core/errors.js';
import type { Logger } from '../../../core/logger.js';
import { numberFormat } from '../../../core/number-format.js';
import type { HttpClient } from '../../../http/index.js';
import type { Measure, QualityGateReport } from '../../model.js';
import { parseProjectStatus } from '../project-status.js';
import { isForbidden, serverFailure } from './failures.js';
import { readHotspots } from './hotspots.js';
import { readIssues, type AnalysisScope } from './issues.js';
import { refQuery, type AnalysisRef } from './links.js';
import { readMeasures } from './measures.js';
import type { SonarServer } from './server.js';

/** The gate of one analysis (stable), or of the latest analysis of a branch or pull request. */
export type GateQuery = { analysisId: string } | { projectKey: string; ref: AnalysisRef };

/** Not a SonarQube metric: the hotspots search's own count, shown beside the measures. */
export const HOTSPOTS_TO_REVIEW = 'security_hotspots_to_review';

const BROWSE_NOTE = "analysis tokens have only 'Execute Analysis'; use a user token";

export interface ResultsOptions {
  http: HttpClient;
  server: SonarServer;
  scope: AnalysisScope;
  gate: GateQuery;
  pathPrefix?: string;
  log: Logger;
}

export async function readResults(options: ResultsOptions): Promise<QualityGateReport> {
  const { http, server, scope, log } = options;
  const gate = await readGate(http, options.gate);
  const enrich = <T>(what: string, read: () => Promise<T>) => enrichment(what, read, log, scope.projectKey);
  const [issues, hotspots, measures] = await Promise.all([
    enrich('issues', () => readIssues(http, server, scope, options.pathPrefix)),
    enrich('security hotspots', () => readHotspots(http, server, scope, options.pathPrefix)),
    enrich('measures', () => readMeasures(http, server, scope)),
  ]);

  const findings = [...(issues?.findings ?? []), ...(hotspots?.findings ?? [])];
  const total = (issues?.total ?? 0) + (hotspots?.total ?? 0);
  if (total > findings.length) {
    const formatNumber = (n: number) => numberFormat().format(n);
    log.warn(
      `${formatNumber(total)} open issues and hotspots to review: the ${formatNumber(findings.length)} most severe are read, ` +
        `${formatNumber(total - findings.length)} left out (SonarQube answers at most 10,000 results per search)`,
    );
  }
  const shown: Measure[] = [...(measures ?? [])];
  if (hotspots) shown.push({ metricKey: HOTSPOTS_TO_REVIEW, metricName: 'Security Hotspots to Review', metricType: 'INT', value: String(hotspots.total) });
  return {
    ...gate,
    findings,
    ...(total > findings.length && { findingsTotal: total }),
    ...(shown.length > 0 && { measures: shown }),
  };
}

async function readGate(http: HttpClient, query: GateQuery): Promise<QualityGateReport> {
  const params =
    'analysisId' in query
      ? { analysisId: query.analysisId }
      : { projectKey: query.projectKey, ...refQuery(query.ref) };
  const what = 'the quality gate (api/qualitygates/project_status)';
  let json: unknown;
  try {
    json = (await http.request({ method: 'GET', url: 'api/qualitygates/project_status', query: params })).body;
  } catch (error) {
    throw serverFailure(error, what, "'Browse' or 'Execute Analysis' on the project");
  }
  try {
    // Already parsed: the text is never read again.
    return parseProjectStatus({ path: `SonarQube ${what}`, text: '', json });
  } catch (error) {
    throw unexpectedShape(error);
  }
}

/** Undefined when the token may not read this part; any other failure stops the run. */
async function enrichment<T>(what: string, read: () => Promise<T>, log: Logger, projectKey: string): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isForbidden(error)) {
      log.warn(`SonarQube ${what} not read: SONAR_TOKEN lacks the 'Browse' permission on ${projectKey} (${BROWSE_NOTE}). The gate is published without them.`);
      return undefined;
    }
    throw error instanceof InputError ? unexpectedShape(error) : serverFailure(error, `the ${what} of ${projectKey}`, `'Browse' on the project (${BROWSE_NOTE})`);
  }
}

/** What SonarQube answered cannot be read: the server's failure, not the user's input. */
function unexpectedShape(error: unknown): Error {
  if (!(error instanceof InputError)) return error instanceof Error ? error : new Error(String(error));
  return new ServerError(`SonarQube answered in an unexpected shape: ${error.message}. Nothing was published.`, { cause: error });
}
