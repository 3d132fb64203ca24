/**
 * The open issues of the analysis, as findings to annotate: a pull request's issues, or a branch's
 * (the main branch's too) on new code only; unresolved only (input-formats.md §1.6). Above the
 * 10,000-result cap the search is narrowed by severity, most severe first, so what is left out is
 * the least severe, and its count is known.
 */
import type { HttpClient } from '../../../http/index.js';
import type { Finding } from '../../model.js';
import { sonarIssuesFromPages } from '../issues.js';
import { issueUrl, withPrefix, type AnalysisRef } from './links.js';
import { firstPage, MAX_RESULTS, remainingPages, type Page, type Query } from './search.js';
import { parameterNames, type SonarServer } from './server.js';

const ACTION = 'api/issues/search';
/** Legacy severities, most severe first: each issue has exactly one, on every version (§1.6). */
const SEVERITIES = ['BLOCKER', 'CRITICAL', 'MAJOR', 'MINOR', 'INFO'] as const;

export interface AnalysisScope {
  projectKey: string;
  ref: AnalysisRef;
}

export interface FoundIssues {
  /** The most severe open issues, at most 10,000. */
  findings: Finding[];
  /** Every open issue the search matched. */
  total: number;
}

function issueQuery(server: SonarServer, scope: AnalysisScope): Query {
  const names = parameterNames(server);
  const query: Query = { [names.issueComponents]: scope.projectKey, resolved: 'false' };
  // In a pull request everything is new code; a branch (the main one too) shows its new code only.
  if (scope.ref.pullRequest !== undefined) query['pullRequest'] = scope.ref.pullRequest;
  else {
    if (scope.ref.branch !== undefined) query['branch'] = scope.ref.branch;
    query[names.issueNewCode] = 'true';
  }
  if (server.cloud && server.organization !== undefined) query['organization'] = server.organization;
  return query;
}

export async function readIssues(http: HttpClient, server: SonarServer, scope: AnalysisScope, pathPrefix: string | undefined): Promise<FoundIssues> {
  const query = issueQuery(server, scope);
  const first = await firstPage(http, ACTION, query);
  const pages = first.total <= MAX_RESULTS ? [first.page, ...(await remainingPages(http, ACTION, query, first.total))] : await bySeverity(http, query);
  const findings = sonarIssuesFromPages(pages, `SonarQube ${ACTION}`).findings.slice(0, MAX_RESULTS);
  return {
    findings: findings.map((f) => {
      const path = withPrefix(pathPrefix, f.path);
      return { ...f, ...(path !== undefined && { path }), link: issueUrl(server.url, scope.projectKey, f.id, scope.ref) };
    }),
    total: Math.max(first.total, findings.length),
  };
}

/** One search per severity: their first pages at once, then as many further pages as the 10,000 left allow. */
async function bySeverity(http: HttpClient, query: Query): Promise<Page[]> {
  const queries = SEVERITIES.map((severity) => ({ ...query, severities: severity }));
  const firsts = await Promise.all(queries.map((q) => firstPage(http, ACTION, q)));
  let budget = MAX_RESULTS;
  const wanted = firsts.map(({ total }) => {
    const take = Math.min(total, budget);
    budget -= take;
    return take;
  });
  const rest = await Promise.all(queries.map((q, i) => remainingPages(http, ACTION, q, wanted[i]!)));
  return firsts.flatMap((first, i) => (wanted[i]! > 0 ? [first.page, ...rest[i]!] : []));
}
