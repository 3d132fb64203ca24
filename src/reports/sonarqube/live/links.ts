/**
 * Links into SonarQube's UI for an analysis of a pull request, a branch or the main branch: an
 * issue or hotspot opens only in the view of the branch or pull request it belongs to.
 */

/** Which branch of a project an analysis is of: the main branch when both are absent. */
export interface AnalysisRef {
  pullRequest?: string;
  branch?: string;
}

/** `{server}/dashboard?id=…[&pullRequest=…|&branch=…]` (input-formats.md §1.1, §1.8). */
export function dashboardUrl(server: string, projectKey: string, ref: AnalysisRef): string {
  return link(server, 'dashboard', { id: projectKey }, ref);
}

/** `{server}/project/issues?id=…&open=…`, as `issueLink` in report-task.ts builds it for files. */
export function issueUrl(server: string, projectKey: string, issueKey: string, ref: AnalysisRef): string {
  return link(server, 'project/issues', { id: projectKey, open: issueKey }, ref);
}

/**
 * `{server}/security_hotspots?id=…&hotspots=…`: the page SonarQube's own pull-request decoration
 * links a hotspot to (the reference material names no hotspot link; this is the UI's own route).
 */
export function hotspotUrl(server: string, projectKey: string, hotspotKey: string, ref: AnalysisRef): string {
  return link(server, 'security_hotspots', { id: projectKey, hotspots: hotspotKey }, ref);
}

/** Which analysis a search or a page is about: a pull request, a branch, or (neither) the main branch. */
export function refQuery(ref: AnalysisRef): { pullRequest: string } | { branch: string } | Record<string, never> {
  if (ref.pullRequest !== undefined) return { pullRequest: ref.pullRequest };
  return ref.branch !== undefined ? { branch: ref.branch } : {};
}

function link(server: string, page: string, params: Record<string, string>, ref: AnalysisRef): string {
  const query = new URLSearchParams({ ...params, ...refQuery(ref) });
  return `${server.replace(/\/+$/, '')}/${page}?${query.toString().replace(/\+/g, '%20')}`;
}

/** `PATH_PREFIX` in front of a path relative to the analysed project (`sonar.projectBaseDir` in a monorepo). */
export function withPrefix(prefix: string | undefined, path: string | undefined): string | undefined {
  if (path === undefined || !prefix) return path;
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
