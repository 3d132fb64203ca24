/**
 * What a SonarQube route handler gets: the request, the state, the profile it plays and the caller,
 * after the fake has checked the query against the web-services list and authenticated the token.
 */
import { Rejection, type FakeRequest, type Reply } from '../fake-server.js';
import type { MetricDefinition } from './metrics.js';
import type { SonarProfile } from './profile.js';
import type { BranchRef, SonarProject, SonarState } from './state.js';
import { hasPermission, type SonarPermission, type SonarToken } from './tokens.js';
import type { SonarAction } from './web-services.js';
import { INSUFFICIENT_PRIVILEGES, sonarError } from './wire.js';

export interface SonarContext {
  readonly req: FakeRequest;
  readonly query: URLSearchParams;
  readonly state: SonarState;
  readonly profile: SonarProfile;
  /** Undefined only on routes that take anonymous callers. */
  readonly token: SonarToken | undefined;
  readonly metrics: ReadonlyMap<string, MetricDefinition>;
}

export interface SonarRoute {
  readonly action: SonarAction;
  /** Recorded on each request and usable in fault matchers: `issues.search`, `ce.task`, … */
  readonly name: string;
  /** Answers without credentials (`api/server/version`). */
  readonly anonymous?: boolean;
  readonly handler: (ctx: SonarContext) => Reply;
}

/** 403 "Insufficient privileges" unless the caller has one of `permissions` on the project. */
export function requirePermission(ctx: SonarContext, permissions: readonly SonarPermission[], projectKey?: string): void {
  const token = ctx.token;
  if (!token || !permissions.some((p) => hasPermission(token, p, projectKey))) throw new Rejection(INSUFFICIENT_PRIVILEGES);
}

/**
 * The project and branch a request names, 404 in `ComponentFinder`'s words when either is unknown.
 * `api/measures/component` words it per component, the others per project.
 */
export function findBranch(ctx: SonarContext, projectKey: string, ref: BranchRef, wording: 'project' | 'component'): SonarProject {
  const project = ctx.state.projects.get(projectKey);
  if (project && ctx.state.hasBranch(project, ref)) return project;
  const { branch, pullRequest } = ref;
  let message: string;
  if (wording === 'project') {
    if (!project) message = `Project '${projectKey}' not found`;
    else if (pullRequest !== undefined) message = `Pull request '${pullRequest}' in project '${projectKey}' not found`;
    else message = `Branch '${branch}' in project '${projectKey}' not found`;
  } else if (pullRequest !== undefined) message = `Component '${projectKey}' of pull request '${pullRequest}' not found`;
  else if (branch !== undefined) message = `Component '${projectKey}' on branch '${branch}' not found`;
  else message = `Component key '${projectKey}' not found`;
  throw new Rejection(sonarError(404, message));
}

export function branchRef(branch: string | undefined, pullRequest: string | undefined): BranchRef {
  return { ...(branch === undefined ? {} : { branch }), ...(pullRequest === undefined ? {} : { pullRequest }) };
}
