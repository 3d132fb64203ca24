/**
 * settings → report → decorations → publish → outcome. Plain functions all the way down; the
 * entrypoint only picks the front end and sets the exit code.
 */
import { ExitCode, InputError, PublishError } from './core/errors.js';
import type { FrontEnd } from './frontends/front-end.js';
import { createLogger, type Logger } from './core/logger.js';
import { redacting } from './frontends/redacting.js';
import { formatDryRun } from './output/dry-run.js';
import { reportOutputs } from './output/outputs.js';
import { createPlatformApi } from './platforms/registry.js';
import { publish, type PublishResult } from './publish/publish.js';
import { Redactor } from './core/redact.js';
import { renderDecorations } from './render/index.js';
import type { Decorations } from './render/decorations.js';
import type { Report } from './reports/model.js';
import { loadReport } from './reports/load.js';
import { resolveRepository } from './repository/from-settings.js';
import type { CiContext, Environment } from './ci/context.js';
import { DEFAULT_REPORT_IDS } from './settings/definitions.js';
import { loadSettings } from './settings/load.js';
import type { Settings } from './settings/settings.js';
import type { PlatformApi } from './platforms/platform.js';
import type { RepositoryRef } from './repository/reference.js';
import { VERSION } from './version.js';

export interface RunOptions {
  argv: string[];
  env: Environment;
  cwd: string;
  frontEnd: FrontEnd;
}

/** Variables that may hold a secret before settings are even parsed, so no early error can leak one. */
const SECRET_VARIABLES = ['TOKEN', 'PASSWORD', 'PR_INSIGHTS_TOKEN', 'PR_INSIGHTS_PASSWORD', 'INPUT_TOKEN', 'INPUT_PASSWORD', 'GITHUB_TOKEN', 'BITBUCKET_STEP_OIDC_TOKEN'];

export async function run({ argv, env, cwd, frontEnd: rawFrontEnd }: RunOptions): Promise<number> {
  const redactor = new Redactor(SECRET_VARIABLES.map((name) => env[name]));
  const frontEnd = redacting(rawFrontEnd, redactor);
  const log = createLogger(frontEnd.log, redactor, env['RUNNER_DEBUG'] === '1');
  let settings: Settings | undefined;
  try {
    const loaded = loadSettings({ argv, env, cwd, ...(frontEnd.getInput ? { getInput: frontEnd.getInput } : {}) });
    if (loaded.help) {
      frontEnd.stdout(loaded.help);
      return ExitCode.Pass;
    }
    if (loaded.version) {
      frontEnd.stdout(VERSION);
      return ExitCode.Pass;
    }
    settings = loaded.settings;
    for (const secret of [settings.token, settings.password]) {
      if (!secret) continue;
      redactor.add(secret);
      frontEnd.maskSecret(secret);
    }
    if (settings.username && settings.password) redactor.addBasic(settings.username, settings.password);
    log.setDebug(settings.debug || log.debugEnabled);
    log.debug(`pr-insights ${VERSION} on node ${process.versions.node}, front end ${frontEnd.name}, CI ${loaded.ci.system}`);
    log.debug(`settings from: ${Object.entries(loaded.origins).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    return await runWith(settings, loaded.ci, { env, cwd, frontEnd, log, redactor, example: loaded.example === true });
  } catch (error) {
    return fail(error, log, frontEnd, settings);
  }
}

interface Context {
  env: Environment;
  cwd: string;
  frontEnd: FrontEnd;
  log: Logger;
  redactor: Redactor;
  example: boolean;
}

async function runWith(settings: Settings, ci: CiContext, ctx: Context): Promise<number> {
  const { frontEnd, log } = ctx;
  const workdir = ci.workspaceDir && !settings.report ? ci.workspaceDir : ctx.cwd;
  const report = await loadReport(settings, { cwd: ctx.cwd, workdir, example: ctx.example, log });
  // A repository that matches no form is bad input even in a dry run: the real run would fail the same way.
  const repository = resolveRepository(settings, ci);
  const commit = settings.commit ?? ci.commit;
  const dryRun = settings.dryRun || ctx.example;
  const target = dryRun ? undefined : await publishTarget(settings, ci, repository, commit, ctx);
  const reportId = settings.reportId ?? DEFAULT_REPORT_IDS[report.kind];
  const link = settings.link ?? linkOf(report);
  const decorations = renderDecorations(report, {
    reportId,
    failOn: settings.failOn,
    ...(settings.title ? { title: settings.title } : {}),
    ...(link ? { link } : {}),
    ...(commit ? { commit } : {}),
    ...(target ? { commentLimit: target.api.commentLimit } : {}),
  });
  // A status needs somewhere to point (Data Center requires a URL): the build itself is the next best place.
  if (!decorations.status.url && ci.buildUrl) decorations.status.url = ci.buildUrl;
  const exitCode = ctx.example || decorations.outcome === 'pass' ? ExitCode.Pass : ExitCode.ReportFails;
  const outputs = reportOutputs(report);
  log.info(decorations.headline);

  if (!target) {
    if (settings.json) frontEnd.stdout(JSON.stringify(jsonResult(report, decorations, settings, exitCode, true), null, 2));
    else frontEnd.stdout(formatDryRun(decorations, settings.publish));
    await frontEnd.setOutputs(outputs);
    await frontEnd.writeSummary(decorations.comment.markdown);
    frontEnd.finish(true, `dry run: nothing was sent (${decorations.headline})`);
    return exitCode;
  }

  const pullRequest = settings.pullRequest ?? ci.pullRequest ?? repository?.pullRequest;
  const result: PublishResult = await publish(
    target.api,
    decorations,
    { commit: target.commit, ...(pullRequest !== undefined ? { pullRequest } : {}), ...(ci.branch ? { branch: ci.branch } : {}) },
    settings.publish,
    log,
  );
  for (const line of result.published) log.info(`published: ${line}`);
  for (const line of result.skipped) log.warn(`skipped: ${line}`);
  if (settings.json) frontEnd.stdout(JSON.stringify({ ...jsonResult(report, decorations, settings, exitCode, false), published: result.published, skipped: result.skipped, pullRequests: result.pullRequests }, null, 2));
  await frontEnd.setOutputs(outputs);
  await frontEnd.writeSummary(decorations.comment.markdown);
  frontEnd.finish(exitCode === ExitCode.Pass, decorations.headline);
  return exitCode;
}

/** Publishing needs a repository and a commit; both are checked before anything is rendered or sent. */
async function publishTarget(
  settings: Settings,
  ci: CiContext,
  repository: RepositoryRef | undefined,
  commit: string | undefined,
  ctx: Context,
): Promise<{ api: PlatformApi; commit: string }> {
  if (!repository) throw new InputError('missing; set REPOSITORY (or run inside a CI system that names the repository)', { source: 'REPOSITORY' });
  if (!commit) throw new InputError('missing; set COMMIT to the full SHA the report belongs to', { source: 'COMMIT' });
  return { api: await createPlatformApi({ repository, settings, ci, env: ctx.env, log: ctx.log, redactor: ctx.redactor }), commit };
}

function linkOf(report: Report): string | undefined {
  return report.kind === 'quality-gate' ? report.dashboardUrl : report.link;
}

function jsonResult(report: Report, decorations: Decorations, settings: Settings, exitCode: number, dryRun: boolean) {
  return {
    version: VERSION,
    dryRun,
    exitCode,
    reportType: report.kind,
    format: report.format,
    reportId: decorations.reportId,
    verdict: report.verdict,
    outcome: decorations.outcome,
    headline: decorations.headline,
    outputs: reportOutputs(report),
    decorations: { comment: decorations.comment, insight: decorations.insight, status: decorations.status },
  };
}

function fail(error: unknown, log: Logger, frontEnd: FrontEnd, settings: Settings | undefined): number {
  if (error instanceof InputError) {
    frontEnd.finish(false, `${error.message} (nothing was sent)`);
    if (log.debugEnabled && error.stack) log.debug(error.stack);
    return ExitCode.BadInput;
  }
  if (error instanceof PublishError) {
    frontEnd.finish(false, error.message);
    if (log.debugEnabled && error.stack) log.debug(error.stack);
    return ExitCode.PublishFailed;
  }
  const message = error instanceof Error ? error.message : String(error);
  frontEnd.finish(false, `unexpected error: ${message}${settings?.debug ? '' : ' (set DEBUG=true for details)'}`);
  if (log.debugEnabled && error instanceof Error && error.stack) log.debug(error.stack);
  return ExitCode.PublishFailed;
}
