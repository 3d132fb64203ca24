/**
 * What run() needs from a platform. Adapters (bitbucket-cloud/, bitbucket-data-center/, github/)
 * implement it over the one HTTP client; they know nothing of SonarQube or data-diff.
 */
import type { Decorations } from '../render/decorations.js';

export interface PublishTarget {
  /** Full SHA the decorations belong to. */
  commit: string;
  /** Explicit or CI-given PR id; otherwise the adapter looks PRs up by commit, then branch. */
  pullRequest?: number;
  branch?: string;
}

export interface PublishResult {
  /** Human-readable lines of what was published, e.g. "comment updated on PR #12". */
  published: string[];
  /** What was deliberately skipped and why, e.g. "comment: no open pull request for abc1234". */
  skipped: string[];
  /** Pull requests decorated. */
  pullRequests: number[];
}

export interface Platform {
  readonly name: string;
  publish(decorations: Decorations, target: PublishTarget): Promise<PublishResult>;
}
