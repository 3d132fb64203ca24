/** A repository on one of the supported platforms, resolved from any accepted form. */
export type PlatformName = 'bitbucket-cloud' | 'bitbucket-data-center' | 'github';

export interface BitbucketCloudRepository {
  platform: 'bitbucket-cloud';
  workspace: string;
  slug: string;
  /** From a `/pull-requests/N` tail. */
  pullRequest?: number;
}

export interface BitbucketDataCenterRepository {
  platform: 'bitbucket-data-center';
  /**
   * Web/REST base with any context path and port, no trailing slash, e.g.
   * `https://git.example.com:8443/bitbucket`. For an SSH clone URL it is `https://host` and
   * `fromSsh` is set, because the REST base cannot be known from SSH (API_URL says it).
   */
  baseUrl: string;
  /** Upper-case project key, or `~user` for a personal repository. */
  projectKey: string;
  slug: string;
  pullRequest?: number;
  fromSsh?: boolean;
}

export interface GitHubRepository {
  platform: 'github';
  owner: string;
  repo: string;
  /** `https://github.com` or a GitHub Enterprise server URL. */
  serverUrl: string;
  pullRequest?: number;
}

export type RepositoryRef = BitbucketCloudRepository | BitbucketDataCenterRepository | GitHubRepository;
