/** One import for tests that need the GitHub fake: the server, its seeding types, tokens and limits. */
export { startGitHub, type GitHubFake, type GitHubOptions, type SecondaryRateLimitOptions } from './github.js';
export { GitHubState } from './state.js';
export type { CheckAnnotation, CheckRunOutput, GitHubCheckRun, GitHubComment, GitHubPullRequest, GitHubRepository, GitHubStatus, NewPullRequest, PullRequestState, RepoRef } from './state.js';
export * from './tokens.js';
export { GITHUB_LIMITS, GITHUB_MEDIA_TYPE, HOURLY_RATE_LIMITS, SUPPORTED_API_VERSIONS, type ApiVersion } from './limits.js';
export { SECONDARY_RATE_LIMIT_MESSAGE, type BudgetChange, type RateBudget, type RateLimitedKind } from './rate-limits.js';
export { criticalPath, sequentialRoundTrips } from '../critical-path.js';
export type { Fault, FaultHandle, FaultMatch } from '../faults.js';
export type { RecordedRequest } from '../fake-server.js';
export { fakeSha } from '../sha.js';
