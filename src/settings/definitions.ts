/**
 * Every setting, once. The schema, the four sources (flags, Action inputs, environment, YAML),
 * `--help`, action.yml, bitbucket-pipe.yml and the README table are all derived from this table,
 * so adding a setting here is the whole job and nothing can disagree with it.
 */
import type { ReportKind } from '../reports/model.js';
import type { Settings } from './settings.js';

export type SettingKey = keyof Settings;

/** How a text value (a variable, an input, a flag) becomes the schema's type. */
export type ValueKind = 'string' | 'boolean' | 'integer' | 'list';

export interface SettingDefinition {
  key: SettingKey;
  /** Pipe / environment variable, also read as `PR_INSIGHTS_<variable>`. Absent: not read from the environment. */
  variable?: string;
  /** Further variables read after `variable`, in order (e.g. GitHub's `RUNNER_DEBUG`). */
  variableAliases?: readonly string[];
  /** Action input and config-file key (kebab-case). Absent: no input. */
  input?: string;
  /**
   * Long CLI flag without dashes. Absent for secrets on purpose: a flag's value shows up in
   * process lists and shell history.
   */
  flag?: string;
  /** The value also comes as the one positional argument. */
  positional?: boolean;
  /** Shown after the flag in `--help`, e.g. `<file>`. */
  placeholder?: string;
  /** Accepted in the YAML config file (its key is `input`). */
  inConfigFile: boolean;
  kind: ValueKind;
  /** Never echoed, refused in config files, masked by the caller. */
  secret?: boolean;
  description: string;
  /** Applied when no source sets the setting. */
  default?: string | number | boolean | readonly string[];
  /** What happens when nothing sets it and there is no fixed default (Markdown). */
  defaultText?: string;
  /** One sentence for any validation failure, instead of ajv's wording. */
  expected?: string;
  /** JSON Schema (2020-12) of the resolved value. */
  schema: Record<string, unknown>;
}

const DECORATIONS = ['comment', 'insights', 'status'] as const;

/** Report ids by report type; the runner applies them once the report type is known (see `reportId`). */
export const DEFAULT_REPORT_IDS: Readonly<Record<ReportKind, string>> = {
  'quality-gate': 'sonarqube',
  'data-diff': 'data-diff',
};

/**
 * https anywhere; plain http only to this machine (a local fake, an SSH tunnel), because the token
 * would otherwise cross the network in clear text.
 */
const SAFE_URL = '^(?:https://|http://(?:localhost|127(?:\\.\\d{1,3}){3}|\\[::1\\])(?::\\d+)?(?:[/?#]|$))';

export const SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'repository',
    variable: 'REPOSITORY',
    input: 'repository',
    flag: 'repository',
    placeholder: '<slug|url>',
    inConfigFile: true,
    kind: 'string',
    description:
      'Repository to decorate: a Bitbucket Cloud slug `workspace/repo`, or a Bitbucket Cloud, Bitbucket Data Center or GitHub repository URL.',
    defaultText: "the CI's own (`BITBUCKET_REPO_FULL_NAME`, `GITHUB_REPOSITORY`, the Jenkins or Bamboo git URL)",
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'platform',
    variable: 'PLATFORM',
    input: 'platform',
    flag: 'platform',
    placeholder: '<name>',
    inConfigFile: true,
    kind: 'string',
    description: '`bitbucket-cloud`, `bitbucket-data-center` or `github`.',
    defaultText: 'inferred from the repository and the CI',
    schema: { type: 'string', enum: ['bitbucket-cloud', 'bitbucket-data-center', 'github'] },
  },
  {
    key: 'token',
    variable: 'TOKEN',
    input: 'token',
    inConfigFile: false,
    kind: 'string',
    secret: true,
    description:
      'Bearer token: a Bitbucket Cloud repository, project or workspace access token, a Data Center HTTP access token, or a GitHub token. Environment or Action input only.',
    defaultText: 'none; inside Bitbucket Pipelines, Code Insights go through the auth proxy without one',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'username',
    variable: 'USERNAME',
    input: 'username',
    inConfigFile: true,
    kind: 'string',
    description: 'Basic auth user, with PASSWORD: an Atlassian account email (Cloud API token) or a Data Center user.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'password',
    variable: 'PASSWORD',
    input: 'password',
    inConfigFile: false,
    kind: 'string',
    secret: true,
    description: 'Basic auth password, with USERNAME: an Atlassian API token, or a Data Center password or token. Environment or Action input only.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'pullRequest',
    variable: 'PULL_REQUEST',
    input: 'pull-request',
    flag: 'pull-request',
    placeholder: '<id>',
    inConfigFile: true,
    kind: 'integer',
    description: 'Pull request id.',
    defaultText: "the CI's own (`BITBUCKET_PR_ID`, the GitHub event, Jenkins `CHANGE_ID`, Bamboo), else looked up by commit, then by branch",
    expected: 'expected a pull request id (a positive whole number up to 2147483647)',
    // Pull request ids are 32-bit on every platform; a larger number is a typo, not an id.
    schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
  },
  {
    key: 'commit',
    variable: 'COMMIT',
    input: 'commit',
    flag: 'commit',
    placeholder: '<sha>',
    inConfigFile: true,
    kind: 'string',
    description: 'Full commit SHA the report belongs to.',
    defaultText: "the CI's own (`BITBUCKET_COMMIT`, the PR head on GitHub, `GIT_COMMIT`, Bamboo's revision), else `git rev-parse HEAD`",
    expected: 'expected a full commit SHA: 40 (or 64) lower-case hex characters',
    schema: { type: 'string', pattern: '^(?:[0-9a-f]{40}|[0-9a-f]{64})$' },
  },
  {
    key: 'report',
    variable: 'REPORT',
    input: 'report',
    flag: 'report',
    positional: true,
    placeholder: '<file>',
    inConfigFile: true,
    kind: 'string',
    description: 'Path of the report file: a quality gate (SonarQube) or a data diff (data-diff, Datafold). Required, unless the report is read live from SonarQube or Datafold (their settings below).',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'issues',
    variable: 'ISSUES',
    input: 'issues',
    flag: 'issues',
    placeholder: '<file>',
    inConfigFile: true,
    kind: 'string',
    description: 'Path of a SonarQube `api/issues/search` JSON (one page or several) whose issues become annotations.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'sonarHostUrl',
    variable: 'SONAR_HOST_URL',
    input: 'sonar-host-url',
    flag: 'sonar-host-url',
    placeholder: '<url>',
    inConfigFile: true,
    kind: 'string',
    description: 'SonarQube Server or SonarQube Cloud base URL, to read the quality gate live instead of from a file.',
    defaultText: "`serverUrl` from the scanner's `report-task.txt`",
    expected: 'expected an https:// URL (http:// only for localhost)',
    schema: { type: 'string', format: 'uri', pattern: SAFE_URL },
  },
  {
    key: 'sonarToken',
    variable: 'SONAR_TOKEN',
    input: 'sonar-token',
    inConfigFile: false,
    kind: 'string',
    secret: true,
    description: 'SonarQube token: a user token, or a project or global analysis token (the gate only: issues, hotspots and measures need Browse). Environment or Action input only.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'reportTask',
    variable: 'REPORT_TASK',
    input: 'report-task',
    flag: 'report-task',
    placeholder: '<file>',
    inConfigFile: true,
    kind: 'string',
    description: "Path of the scanner's `report-task.txt`: the analysis to wait for and read.",
    defaultText: 'the first found of `.scannerwork/`, `target/sonar/`, `build/sonar/`, `.sonarqube/out/.sonar/` in the workspace (and under `PATH_PREFIX`)',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'sonarProjectKey',
    variable: 'SONAR_PROJECT_KEY',
    input: 'sonar-project-key',
    flag: 'sonar-project-key',
    placeholder: '<key>',
    inConfigFile: true,
    kind: 'string',
    description: "Read the latest analysis of this SonarQube project's pull request or branch, instead of a `report-task.txt`.",
    schema: { type: 'string', minLength: 1, maxLength: 400 },
  },
  {
    key: 'sonarOrganization',
    variable: 'SONAR_ORGANIZATION',
    input: 'sonar-organization',
    flag: 'sonar-organization',
    placeholder: '<key>',
    inConfigFile: true,
    kind: 'string',
    description: 'SonarQube Cloud organization.',
    defaultText: '`organization` from `report-task.txt`',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
  {
    key: 'pathPrefix',
    variable: 'PATH_PREFIX',
    input: 'path-prefix',
    flag: 'path-prefix',
    placeholder: '<dir>',
    inConfigFile: true,
    kind: 'string',
    description: 'Repository-relative folder of the analysed project (`sonar.projectBaseDir` in a monorepo), put in front of annotation paths.',
    expected: 'expected a relative folder inside the repository, without `..`',
    schema: { type: 'string', minLength: 1, pattern: '^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[^\\\\]+$' },
  },
  {
    key: 'datafoldApiKey',
    variable: 'DATAFOLD_API_KEY',
    input: 'datafold-api-key',
    inConfigFile: false,
    kind: 'string',
    secret: true,
    description: 'Datafold API key, to read data diffs live from Datafold Cloud. Environment or Action input only.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'datafoldHost',
    variable: 'DATAFOLD_HOST',
    input: 'datafold-host',
    flag: 'datafold-host',
    placeholder: '<url>',
    inConfigFile: true,
    kind: 'string',
    description: 'Datafold base URL: a regional or dedicated host.',
    default: 'https://app.datafold.com',
    expected: 'expected an https:// URL (http:// only for localhost)',
    schema: { type: 'string', format: 'uri', pattern: SAFE_URL },
  },
  {
    key: 'datafoldDiffIds',
    variable: 'DATAFOLD_DIFF_IDS',
    input: 'datafold-diff-ids',
    flag: 'datafold-diff-ids',
    placeholder: '<list>',
    inConfigFile: true,
    kind: 'list',
    description: "Comma list of Datafold data diff ids created earlier (by Datafold's own CI or SDK) to read.",
    expected: 'expected a comma list of Datafold data diff ids (whole numbers)',
    schema: { type: 'array', items: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' }, minItems: 1, maxItems: 500, uniqueItems: true },
  },
  {
    key: 'waitTimeout',
    variable: 'WAIT_TIMEOUT',
    input: 'wait-timeout',
    flag: 'wait-timeout',
    placeholder: '<seconds>',
    inConfigFile: true,
    kind: 'integer',
    description: "Seconds to wait for a live source to finish (SonarQube's analysis, Datafold's diffs).",
    default: 300,
    expected: 'expected a whole number of seconds from 1 to 3600',
    schema: { type: 'integer', minimum: 1, maximum: 3600 },
  },
  {
    key: 'thresholds',
    variable: 'THRESHOLDS',
    input: 'thresholds',
    flag: 'thresholds',
    placeholder: '<yaml>',
    inConfigFile: false,
    kind: 'string',
    description:
      'Data-diff thresholds for every model, as a YAML flow mapping, e.g. `{rows-changed: {fail: 5%}, schema-changes: fail}`; per-model thresholds go in the `thresholds:` section of `.pr-insights.yml`.',
    defaultText: 'none: a difference warns, a model that could not be diffed fails',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'reportType',
    variable: 'REPORT_TYPE',
    input: 'report-type',
    flag: 'report-type',
    placeholder: '<type>',
    inConfigFile: true,
    kind: 'string',
    description: '`quality-gate` or `data-diff`.',
    defaultText: "detected from the report's content",
    schema: { type: 'string', enum: ['quality-gate', 'data-diff'] },
  },
  {
    // No fixed default: it depends on the report type, which may only be known once the report is
    // read, so the runner applies DEFAULT_REPORT_IDS.
    key: 'reportId',
    variable: 'REPORT_ID',
    input: 'report-id',
    flag: 'report-id',
    placeholder: '<id>',
    inConfigFile: true,
    kind: 'string',
    description:
      'Stable id of this report: the Code Insights key, the status key and the comment marker. Give each report its own when several decorate one pull request (a monorepo).',
    defaultText: '`sonarqube` or `data-diff`, by report type',
    // Bitbucket Cloud build-status keys are at most 40 characters.
    expected: 'expected 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit',
    schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$' },
  },
  {
    key: 'title',
    variable: 'TITLE',
    input: 'title',
    flag: 'title',
    placeholder: '<text>',
    inConfigFile: true,
    kind: 'string',
    description: 'Report title.',
    defaultText: 'by report type',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'link',
    variable: 'LINK',
    input: 'link',
    flag: 'link',
    placeholder: '<url>',
    inConfigFile: true,
    kind: 'string',
    description: 'URL of the full results, e.g. the SonarQube dashboard or the Datafold diff.',
    defaultText: "the dashboard in SonarQube's `report-task.txt`, when found",
    expected: 'expected an http(s) URL',
    schema: { type: 'string', format: 'uri', pattern: '^https?://' },
  },
  {
    key: 'publish',
    variable: 'PUBLISH',
    input: 'publish',
    flag: 'publish',
    placeholder: '<list>',
    inConfigFile: true,
    kind: 'list',
    description: 'Comma list of what to publish: `comment`, `insights`, `status`.',
    default: ['comment', 'insights'],
    expected: `expected a comma list of at least one of ${DECORATIONS.map((d) => `"${d}"`).join(', ')}`,
    schema: { type: 'array', items: { type: 'string', enum: [...DECORATIONS] }, minItems: 1, uniqueItems: true },
  },
  {
    key: 'commentMode',
    variable: 'COMMENT_MODE',
    input: 'comment-mode',
    flag: 'comment-mode',
    placeholder: '<mode>',
    inConfigFile: true,
    kind: 'string',
    description:
      'What happens to the sticky comment: `update` it in place, `recreate` it (posted anew, at the bottom), `delete-on-pass` (removed when the report passes), `off-on-pass` (posted only when something needs attention).',
    default: 'update',
    schema: { type: 'string', enum: ['update', 'recreate', 'delete-on-pass', 'off-on-pass'] },
  },
  {
    key: 'failOn',
    variable: 'FAIL_ON',
    input: 'fail-on',
    flag: 'fail-on',
    placeholder: '<level>',
    inConfigFile: true,
    kind: 'string',
    description: 'When the step fails: `failure` (gate failed, diff over thresholds), `warning` (also on warnings), `never`.',
    default: 'failure',
    schema: { type: 'string', enum: ['failure', 'warning', 'never'] },
  },
  {
    key: 'apiUrl',
    variable: 'API_URL',
    input: 'api-url',
    flag: 'api-url',
    placeholder: '<url>',
    inConfigFile: true,
    kind: 'string',
    description:
      'API base URL for Bitbucket Cloud (`https://api.bitbucket.org/2.0`) or GitHub (`GITHUB_API_URL`); Data Center takes its base from the repository URL.',
    defaultText: 'per platform',
    expected: 'expected an https:// URL (http:// only for localhost)',
    schema: { type: 'string', format: 'uri', pattern: SAFE_URL },
  },
  {
    key: 'caFile',
    variable: 'CA_FILE',
    input: 'ca-file',
    flag: 'ca-file',
    placeholder: '<file>',
    inConfigFile: true,
    kind: 'string',
    description: 'PEM bundle of extra CA certificates, e.g. for a Data Center behind an internal CA.',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'timeout',
    variable: 'TIMEOUT',
    input: 'timeout',
    flag: 'timeout',
    placeholder: '<seconds>',
    inConfigFile: true,
    kind: 'integer',
    description: 'Seconds the whole run may spend talking to servers, retries included; a hung server gives up well before it.',
    default: 120,
    expected: 'expected a whole number of seconds from 1 to 3600',
    schema: { type: 'integer', minimum: 1, maximum: 3600 },
  },
  {
    key: 'dryRun',
    variable: 'DRY_RUN',
    input: 'dry-run',
    flag: 'dry-run',
    inConfigFile: true,
    kind: 'boolean',
    description: 'Render everything and print it; send nothing.',
    default: false,
    schema: { type: 'boolean' },
  },
  {
    key: 'debug',
    variable: 'DEBUG',
    // GitHub sets it when a run is re-run with debug logging.
    variableAliases: ['RUNNER_DEBUG'],
    input: 'debug',
    flag: 'debug',
    inConfigFile: true,
    kind: 'boolean',
    description: 'Verbose logging; secrets stay masked.',
    default: false,
    schema: { type: 'boolean' },
  },
  {
    key: 'config',
    variable: 'CONFIG',
    input: 'config',
    flag: 'config',
    placeholder: '<file>',
    // A config file naming another config file would be a chain nobody can follow.
    inConfigFile: false,
    kind: 'string',
    description: 'YAML config file; its keys are the Action input names.',
    defaultText: '`.pr-insights.yml` in the workspace, when present',
    schema: { type: 'string', minLength: 1 },
  },
  {
    key: 'json',
    flag: 'json',
    inConfigFile: false,
    kind: 'boolean',
    description: 'Print a machine-readable result on stdout (CLI only).',
    default: false,
    schema: { type: 'boolean' },
  },
];

const BY_KEY = new Map(SETTINGS.map((d) => [d.key, d]));

export function definitionOf(key: SettingKey): SettingDefinition {
  const definition = BY_KEY.get(key);
  if (!definition) throw new Error(`no setting ${key}`);
  return definition;
}

/** The name a user knows a setting by, for messages that are not about one source. */
export function displayName(definition: SettingDefinition): string {
  return definition.variable ?? `--${definition.flag ?? definition.key}`;
}

/** A default as the text a user would type (`comment,insights`, `false`). */
export function defaultAsText(definition: SettingDefinition): string | undefined {
  const value = definition.default;
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Where a setting can be given, for messages: "--config, CONFIG or the `config` input". */
export function sourcesOf(definition: SettingDefinition): string {
  const ways = [
    definition.flag ? `--${definition.flag}` : undefined,
    definition.variable,
    definition.input ? `the \`${definition.input}\` input` : undefined,
  ].filter((way): way is string => way !== undefined);
  return ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways.at(-1)!}` : ways.join('');
}

/** Descriptions are Markdown; a terminal or YAML metadata shows them without code spans. */
export function plainText(markdown: string): string {
  return markdown.replace(/`/g, '');
}
