/**
 * GitHub's documented limits (api-contracts.md §3), as hard constants the fake enforces whether or
 * not the OpenAPI description is at hand: a client that only passes because validation was off is
 * not tested.
 */

export const GITHUB_LIMITS = {
  /** §3.1 pagination: `per_page` default and maximum (larger values are silently capped). */
  defaultPerPage: 30,
  maxPerPage: 100,
  /** §3.3: in characters; longer answers 422 "Body is too long (maximum is 65536 characters)". */
  commentBody: 65536,
  /** §3.4: `output.summary` / `output.text`, in characters (schema) and, observed, in bytes too. */
  checkRunOutputText: 65535,
  /** §3.4: `output.annotations` per request (`maxItems: 50`); more go in later PATCHes. */
  annotationsPerRequest: 50,
  /** §3.4 annotation fields: title in characters, message and raw_details in bytes (64 KB). */
  annotationTitle: 255,
  annotationMessageBytes: 64 * 1024,
  annotationRawDetailsBytes: 64 * 1024,
  /** §3.4 `actions[]`: at most 3, label ≤ 20, description ≤ 40, identifier ≤ 20. */
  actions: 3,
  actionLabel: 20,
  actionDescription: 40,
  actionIdentifier: 20,
  /** §3.4: check runs with one name in one check suite; older ones are deleted past it. */
  checkRunsPerNamePerSuite: 1000,
  /** §3.5: statuses per sha + context, and `description` length. */
  statusesPerContext: 1000,
  statusDescription: 140,
  /** §3.6 secondary limits on content-generating requests. */
  contentCreationPerMinute: 80,
  contentCreationPerHour: 500,
} as const;

/** §3.6 primary limits, requests per hour, by the kind of credentials. */
export const HOURLY_RATE_LIMITS = {
  actions: 1000,
  app: 5000,
  'pat-classic': 5000,
  'pat-fine-grained': 5000,
  anonymous: 60,
} as const;

/** §3.1: `2022-11-28` is the baseline; `2026-03-10` drops `merge_commit_sha`, `assignee` and `rate`. */
export const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'] as const;
export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

export const GITHUB_MEDIA_TYPE = 'application/vnd.github+json';
