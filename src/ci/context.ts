export type Environment = Readonly<Record<string, string | undefined>>;

export type CiSystemName = 'bitbucket-pipelines' | 'github-actions' | 'jenkins' | 'bamboo' | 'generic';

/**
 * What a CI system tells us about the build, as defaults for settings. Every field is optional:
 * explicit settings always win. One module per CI system produces it from the environment.
 */
export interface CiContext {
  system: CiSystemName;
  /** Repository in any accepted form (slug or URL). */
  repository?: string;
  pullRequest?: number;
  /** Full SHA the report belongs to (the PR head on GitHub, not the merge commit). */
  commit?: string;
  /** Source branch of the build. */
  branch?: string;
  /** Link to this build, for statuses. */
  buildUrl?: string;
  /** Clone directory / workspace, where relative paths and `.pr-insights.yml` are found. */
  workspaceDir?: string;
  /**
   * Bitbucket Pipelines auth proxy for credential-less Code Insights:
   * `http://localhost:29418`, or `http://host.docker.internal:29418` inside a pipe's container.
   */
  pipelinesProxy?: string;
  /** GitHub API base (`GITHUB_API_URL`). */
  apiUrl?: string;
  /** GitHub server (`GITHUB_SERVER_URL`). */
  serverUrl?: string;
  /** What started the build (`GITHUB_EVENT_NAME`: pull_request, workflow_run, push…). */
  event?: string;
  /**
   * The pull request's head is in a fork. On `pull_request` GitHub then hands out a read-only
   * token (api-contracts.md §3.1): writes fail, and the run falls back to what the runner shows.
   */
  fromFork?: boolean;
}

/** One module per CI system: recognises its environment and reads its context. */
export interface CiSystem {
  name: CiSystemName;
  detect(env: Environment): boolean;
  /** The CI's own variables that hold secrets (its job tokens), masked from the first line on. */
  secretVariables?: readonly string[];
  /** May read files the CI points at (the GitHub event payload). */
  context(env: Environment): CiContext;
}
