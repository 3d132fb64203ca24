import type { PlatformName } from '../repository/reference.js';
import type { ReportKind } from '../reports/model.js';
import type { DiffRequest } from '../reports/datafold/live/diff-config.js';
import type { ThresholdSet } from '../reports/threshold-config.js';

import type { Decoration } from '../platforms/platform.js';
import type { FailOn } from '../render/decorations.js';
import type { CommentMode } from '../publish/comment-mode.js';

export type { CommentMode, Decoration, FailOn };



/**
 * Resolved settings, after every source (flags, Action inputs, environment, YAML, CI defaults)
 * was merged by precedence and validated against the settings schema.
 */
export interface Settings {
  repository?: string;
  platform?: PlatformName;
  token?: string;
  username?: string;
  password?: string;
  pullRequest?: number;
  commit?: string;
  /** Path of the report file (relative paths resolve against the working directory). */
  report?: string;
  /** Path of a SonarQube `api/issues/search` JSON (one page or an array of pages). */
  issues?: string;
  /** SonarQube Server or Cloud base URL, for reading the gate live. */
  sonarHostUrl?: string;
  sonarToken?: string;
  /** Path of the scanner's report-task.txt. */
  reportTask?: string;
  /** Read the latest analysis of this project's PR or branch instead of a report-task.txt. */
  sonarProjectKey?: string;
  sonarOrganization?: string;
  /** Repository-relative folder of the analysed project (sonar.projectBaseDir in a monorepo). */
  pathPrefix?: string;
  datafoldApiKey?: string;
  datafoldHost: string;
  /** Datafold diffs created earlier (by Datafold's own CI or SDK) to read. */
  datafoldDiffIds?: string[];
  /** Seconds to wait for a live source (SonarQube's analysis, Datafold's diffs) to finish. */
  waitTimeout: number;
  /** The `default:` part of the data-diff thresholds, as a YAML flow mapping. */
  thresholds?: string;
  reportType?: ReportKind;
  /** Unset means the default for the report's kind (DEFAULT_REPORT_IDS), known once the report is read. */
  reportId?: string;
  title?: string;
  publish: Decoration[];
  commentMode: CommentMode;
  failOn: FailOn;
  apiUrl?: string;
  /** URL of the full results (SonarQube dashboard, Datafold diff); defaults to what the report or report-task.txt gives. */
  link?: string;
  caFile?: string;
  /** Seconds the whole run may spend on the network, retries included. */
  timeout: number;
  dryRun: boolean;
  debug: boolean;
  config?: string;
  /** CLI only: print a machine-readable result on stdout. */
  json: boolean;
  // Not rows of the table: what the config file's sections add (src/settings/config-file.ts).
  /** The data-diff thresholds in force: the `thresholds:` section with THRESHOLDS merged over its `default:`; unset when neither is given. */
  thresholdSet?: ThresholdSet;
  /** Datafold diffs to create, from the `datafold: diffs:` section. */
  datafoldDiffs?: DiffRequest[];
}
