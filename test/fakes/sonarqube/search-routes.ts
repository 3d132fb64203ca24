/**
 * `api/issues/search` and `api/hotspots/search` (input-formats.md §1.6): paging with the
 * 10,000-result cap, the parameter names of each version, and the traps that come with them —
 * 9.9 ignoring `components`, so the search covers every project, branch and pull request
 * (`IssueQueryFactory` narrows branch and pull request only through a component).
 */
import { Rejection, type Reply } from '../fake-server.js';
import { branchRef, findBranch, requirePermission, type SonarContext, type SonarRoute } from './context.js';
import { isResolved, issueStatusOf, type Issue } from './findings.js';
import { parameterNames } from './profile.js';
import { booleanParam, listParam, MAX_PAGE_SIZE, pageParams, param } from './request-params.js';
import type { BranchRef, SonarAnalysis, SonarProject, StoredHotspot, StoredIssue } from './state.js';
import { componentJson, hotspotJson, issueJson, sonarError } from './wire.js';

export const SEARCH_ROUTES: readonly SonarRoute[] = [
  { action: 'api/issues/search', name: 'issues.search', handler: searchIssues },
  { action: 'api/hotspots/search', name: 'hotspots.search', handler: searchHotspots },
];

/** `IssueSyncProgress.MSG_IN_PROGRESS`, answered with 503 while issues are re-indexed (§1.2). */
export const REINDEXING_MESSAGE = 'Results are temporarily unavailable. Indexing of issues is in progress.';

type Found<T> = { item: T; analysis: SonarAnalysis };

function searchIssues(ctx: SonarContext): Reply {
  const q = ctx.query;
  const names = parameterNames(ctx.profile);
  requirePermission(ctx, ['browse']);
  if (ctx.state.takeReindexing()) return sonarError(503, REINDEXING_MESSAGE);
  const page = pageParams(q, MAX_PAGE_SIZE);
  const organization = param(q, 'organization');
  if (ctx.profile.cloud && organization === undefined) return sonarError(400, "The 'organization' parameter is missing");

  const componentKeys = listParam(q, ...names.issueComponents);
  const ref = branchRef(param(q, 'branch'), param(q, 'pullRequest'));
  const inNewCode = booleanParam(q, ...names.issueNewCode) === true;
  // "One and only one component must be provided when searching in new code period" — what a 9.9
  // client sending `components` + `inNewCodePeriod` gets, its component being ignored.
  if (inNewCode && componentKeys?.length !== 1) return sonarError(400, 'One and only one component must be provided when searching in new code period');

  const inOrganization = (p: SonarProject) => organization === undefined || p.organization === organization;
  const analyses = componentKeys === undefined
    ? [...ctx.state.projects.values()].filter(inOrganization).flatMap((p) => allBranches(ctx, p))
    : componentKeys.flatMap((key) => {
        const project = ctx.state.projects.get(key);
        const analysis = project && inOrganization(project) ? ctx.state.latestAnalysis(project, ref) : undefined;
        // An unknown component (or branch of it) matches nothing: an empty page, not a 404.
        return analysis ? [analysis] : [];
      });
  for (const analysis of analyses) requirePermission(ctx, ['browse'], analysis.project.key);

  const keep = issueFilter(ctx, inNewCode);
  const found: Found<StoredIssue>[] = analyses.flatMap((analysis) =>
    analysis.issues.filter((i) => keep(i, analysis)).map((item) => ({ item, analysis })),
  );
  const slice = found.slice(page.offset, page.offset + page.limit);
  // The top-level duplicates were deprecated in 9.8 and are absent from the 10.x example (§1.6).
  const legacyPaging = ctx.profile.cloud || ctx.profile.before('10.0');
  return {
    status: 200,
    body: {
      ...(legacyPaging ? { total: found.length, p: page.page, ps: page.limit } : {}),
      paging: { pageIndex: page.page, pageSize: page.limit, total: found.length },
      issues: slice.map(({ item, analysis }) => issueJson(item, analysis, ctx.profile)),
      components: components(slice, true),
      facets: [],
    },
  };
}

/** Every branch and pull request of a project, as a search without a component covers them all. */
function allBranches(ctx: SonarContext, project: SonarProject): SonarAnalysis[] {
  const refs = new Map<string, BranchRef>([[JSON.stringify({}), {}]]);
  for (const analysis of ctx.state.analyses.values()) {
    if (analysis.project === project) refs.set(JSON.stringify(analysis.ref), analysis.ref);
  }
  return [...refs.values()].flatMap((ref) => ctx.state.latestAnalysis(project, ref) ?? []);
}

function issueFilter(ctx: SonarContext, inNewCode: boolean): (issue: Issue, analysis: SonarAnalysis) => boolean {
  const q = ctx.query;
  const resolved = booleanParam(q, 'resolved');
  const statuses = listParam(q, 'statuses');
  const issueStatuses = listParam(q, 'issueStatuses');
  const resolutions = listParam(q, 'resolutions');
  const types = listParam(q, 'types');
  const severities = listParam(q, 'severities');
  const rules = listParam(q, 'rules');
  const qualities = listParam(q, 'impactSoftwareQualities');
  const impactSeverities = listParam(q, 'impactSeverities');
  return (issue, analysis) =>
    // In a pull request all of it is new code (`IssueQueryFactory` skips the period there).
    (!inNewCode || analysis.ref.pullRequest !== undefined || issue.newCode) &&
    (resolved === undefined || isResolved(issue) === resolved) &&
    (!statuses || statuses.includes(issue.status)) &&
    (!issueStatuses || issueStatuses.includes(issueStatusOf(issue))) &&
    (!resolutions || (issue.resolution !== undefined && resolutions.includes(issue.resolution))) &&
    (!types || types.includes(issue.type)) &&
    (!severities || severities.includes(issue.severity)) &&
    (!rules || rules.includes(issue.rule)) &&
    (!qualities || issue.impacts.some((i) => qualities.includes(i.softwareQuality))) &&
    (!impactSeverities || issue.impacts.some((i) => impactSeverities.includes(i.severity)));
}

/**
 * `ps` has no declared maximum here: larger pages are silently cut to 500 while `paging.pageSize`
 * repeats what was asked (`SearchOptions.setLimit`, hotspots `SearchAction`). The p × ps cap holds.
 */
function searchHotspots(ctx: SonarContext): Reply {
  const q = ctx.query;
  const projectNames = parameterNames(ctx.profile).hotspotProject;
  const projectParam = projectNames[projectNames.length - 1]!;
  const projectKey = param(q, ...projectNames);
  const hotspotKeys = listParam(q, 'hotspots');
  const branch = param(q, 'branch');
  const pullRequest = param(q, 'pullRequest');
  const refuse = (message: string) => new Rejection(sonarError(400, message));
  if (projectKey === undefined && !hotspotKeys) throw refuse(`A value must be provided for either parameter '${projectParam}' or parameter 'hotspots'`);
  if (branch !== undefined && projectKey === undefined) throw refuse(`Parameter 'branch' must be used with parameter '${projectParam}'`);
  if (pullRequest !== undefined && projectKey === undefined) throw refuse(`Parameter 'pullRequest' must be used with parameter '${projectParam}'`);
  if (branch !== undefined && pullRequest !== undefined) throw refuse("Only one of parameters 'branch' and 'pullRequest' can be provided");
  const page = pageParams(q);

  let analyses: SonarAnalysis[];
  if (projectKey !== undefined) {
    const ref = branchRef(branch, pullRequest);
    const project = findBranch(ctx, projectKey, ref, 'project');
    requirePermission(ctx, ['browse'], project.key);
    analyses = [ctx.state.latestAnalysis(project, ref)].filter((a) => a !== undefined);
  } else {
    requirePermission(ctx, ['browse']);
    analyses = [...ctx.state.projects.values()].flatMap((p) => allBranches(ctx, p));
  }

  const status = param(q, 'status');
  const resolution = param(q, 'resolution');
  const inNewCode = booleanParam(q, 'inNewCodePeriod') === true;
  const found: Found<StoredHotspot>[] = analyses.flatMap((analysis) =>
    analysis.hotspots
      .filter((h) =>
        (!hotspotKeys || hotspotKeys.includes(h.key)) &&
        (status === undefined || h.status === status) &&
        (resolution === undefined || h.resolution === resolution) &&
        (!inNewCode || analysis.ref.pullRequest !== undefined || h.newCode),
      )
      .map((item) => ({ item, analysis })),
  );
  const slice = found.slice(page.offset, page.offset + page.limit);
  return {
    status: 200,
    body: {
      paging: { pageIndex: page.page, pageSize: page.pageSize, total: found.length },
      hotspots: slice.map(({ item, analysis }) => hotspotJson(item, analysis)),
      components: components(slice, false),
    },
  };
}

/** `components[]` for a page: each file named and its project. */
function components(slice: ReadonlyArray<Found<{ componentKey: string }>>, withEnabled: boolean): Record<string, unknown>[] {
  const seen = new Map<string, Record<string, unknown>>();
  for (const { item, analysis } of slice) {
    for (const key of [item.componentKey, analysis.project.key]) {
      if (!seen.has(key)) seen.set(key, componentJson(key, analysis.project, analysis.ref, withEnabled));
    }
  }
  return [...seen.values()];
}
