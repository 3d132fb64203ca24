/**
 * settings → source → report → decorations → publish → outcome. Plain functions all the way down;
 * the entrypoint only picks the front end and sets the exit code.
 */
import type { CiContext, Environment } from './ci/context.js';
import { FORK_NOTICE, refusedForForkToken } from './ci/github-fork.js';
import { compose, type RunPlan } from './compose.js';
import { ExitCode, InputError, PublishError, ServerError } from './core/errors.js';
import { createLogger, type Logger } from './core/logger.js';
import { Redactor } from './core/redact.js';
import type { FrontEnd } from './frontends/front-end.js';
import { redacting } from './frontends/redacting.js';
import { formatDryRun } from './output/dry-run.js';
import { reportOutputs } from './output/outputs.js';
import type { PublishResult } from './publish/publish.js';
import type { Decorations } from './render/decorations.js';
import { renderDecorations } from './render/index.js';
import { judgeReport } from './reports/data-diff-verdict.js';
import type { Report } from './reports/model.js';
import { describeRepository, formatRepository } from './repository/format.js';
import { loadSettings } from './settings/load.js';
import { secretValues, secretVariableNames } from './settings/secrets.js';
import type { Settings } from './settings/settings.js';
import { loadReport } from './sources/index.js';
import { VERSION } from './version.js';
import { shortCommit } from './core/commits.js';

export interface RunOptions {
  argv: string[];
  env: Environment;
  cwd: string;
  frontEnd: FrontEnd;
}

export async function run({ argv, env, cwd, frontEnd: rawFrontEnd }: RunOptions): Promise<number> {
  const redactor = new Redactor(secretVariableNames().map((name) => env[name]));
  const frontEnd = redacting(rawFrontEnd, redactor);
  const log = createLogger(frontEnd.log, redactor, env['RUNNER_DEBUG'] === '1', frontEnd.logGroups);
  let settings: Settings | undefined;
  try {
    const loaded = await loadSettings({ argv, env, cwd, ...(frontEnd.getInput ? { getInput: frontEnd.getInput } : {}) });
    if (loaded.help) {
      frontEnd.stdout(loaded.help);
      return ExitCode.Pass;
    }
    if (loaded.version) {
      frontEnd.stdout(VERSION);
      return ExitCode.Pass;
    }
    settings = loaded.settings;
    for (const secret of secretValues(settings)) {
      redactor.add(secret);
      frontEnd.maskSecret(secret);
    }
    if (settings.username && settings.password) redactor.addBasic(settings.username, settings.password);
    log.setDebug(settings.debug || log.debugEnabled);
    log.debug(`pr-insights ${VERSION} on node ${process.versions.node}, front end ${frontEnd.name}, CI ${loaded.ci.system}`);
    log.debug(`settings from: ${Object.entries(loaded.origins).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    return await runWith(settings, loaded.ci, { env, cwd, frontEnd, log, redactor, example: loaded.example === true });
  } catch (error) {
    return fail(error, log, frontEnd, settings, settings?.json ?? argv.includes('--json'));
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
  const read = await loadReport(settings, { cwd: ctx.cwd, workdir, log, example: ctx.example, env: ctx.env, redactor: ctx.redactor, ...(ci.branch ? { branch: ci.branch } : {}) });
  const dryRun = settings.dryRun || ctx.example;
  const plan = await compose(settings, ci, read, { env: ctx.env, log, redactor: ctx.redactor, dryRun });
  const report = judgeReport(read, plan.thresholds);
  const decorations = renderDecorations(report, plan.render);
  const exitCode = ctx.example || decorations.outcome === 'pass' ? ExitCode.Pass : ExitCode.ReportFails;
  const outputs = reportOutputs(report);
  log[headlineLevel(decorations)](decorations.headline);

  if (!plan.publishing) {
    if (plan.repository) {
      // The target a real run would resolve, so it can be checked before going live.
      const { pullRequest } = plan;
      const where = describeRepository({ ...plan.repository, ...(pullRequest !== undefined ? { pullRequest } : {}) });
      log.info(`would publish to ${where}${settings.commit ? `, commit ${shortCommit(settings.commit)}` : ''}`);
    }
    if (settings.json) frontEnd.stdout(JSON.stringify(jsonResult(report, decorations, plan, exitCode, settings, outputs), null, 2), 'Result (JSON)');
    else frontEnd.stdout(formatDryRun(decorations, settings.publish), 'Dry run: what would be sent');
    await frontEnd.setOutputs(outputs);
    await frontEnd.writeSummary(decorations.comment.markdown);
    frontEnd.finish(exitCode === ExitCode.Pass, `dry run: nothing was sent (${decorations.headline})`);
    return exitCode;
  }

  const { platform, target, wanted } = plan.publishing;
  log.debug(`publishing to ${describeRepository(platform.repository)}, commit ${shortCommit(target.commit)}`);
  // Loaded here, not at start: a dry run never compiles the platforms (online.ts); compose has already loaded them.
  const { createPlatformApi, publish } = await import('./online.js');
  const api = await createPlatformApi(platform);
  const result = await publishOrFallBack(() => publish(api, decorations, target, wanted, log), decorations, ci, ctx);
  for (const line of result.published) log.info(`published: ${line}`);
  for (const line of result.skipped) log.warn(`skipped: ${line}`);
  const { comment, report: checkRun } = result.urls;
  const published = { ...outputs, ...(comment ? { 'comment-url': comment } : {}), ...(checkRun ? { 'check-run-url': checkRun } : {}) };
  if (settings.json) {
    const json = { ...jsonResult(report, decorations, plan, exitCode, settings, published), published: result.published, skipped: result.skipped, pullRequests: result.pullRequests };
    frontEnd.stdout(JSON.stringify(json, null, 2), 'Result (JSON)');
  }
  await frontEnd.setOutputs(published);
  await frontEnd.writeSummary(decorations.comment.markdown);
  frontEnd.finish(exitCode === ExitCode.Pass, decorations.headline);
  return exitCode;
}

/** A failing report is an error line, a warning (or a failure FAIL_ON lets pass) a warning line. */
function headlineLevel(decorations: Decorations): 'info' | 'warn' | 'error' {
  if (decorations.outcome === 'fail') return 'error';
  return decorations.verdict === 'warn' || decorations.verdict === 'fail' ? 'warn' : 'info';
}

/**
 * A fork's read-only token refuses every write: the run still shows the report where the runner
 * can (job summary, annotations) and exits by the report, not 3 (ci/github-fork.ts).
 */
async function publishOrFallBack(send: () => Promise<PublishResult>, decorations: Decorations, ci: CiContext, ctx: Context): Promise<PublishResult> {
  try {
    return await send();
  } catch (error) {
    if (!refusedForForkToken(error, ci)) throw error;
    // The notice says what to do; this line is the detail, not another warning.
    ctx.log.info(error.message);
    if (ctx.frontEnd.annotate) ctx.frontEnd.annotate(decorations.insight.annotations, FORK_NOTICE);
    else ctx.log.warn(FORK_NOTICE);
    return { published: [], skipped: [], pullRequests: [], urls: {} };
  }
}

function jsonResult(report: Report, decorations: Decorations, plan: RunPlan, exitCode: number, settings: Settings, outputs: Record<string, string>) {
  return {
    version: VERSION,
    dryRun: plan.publishing === undefined,
    exitCode,
    reportType: report.kind,
    format: report.format,
    reportId: decorations.reportId,
    verdict: report.verdict,
    outcome: decorations.outcome,
    headline: decorations.headline,
    ...(plan.repository
      ? {
          target: {
            platform: plan.repository.platform,
            repository: formatRepository(plan.repository),
            ...(plan.pullRequest !== undefined ? { pullRequest: plan.pullRequest } : {}),
            ...(settings.commit ? { commit: settings.commit } : {}),
          },
        }
      : {}),
    outputs,
    decorations: { comment: decorations.comment, insight: decorations.insight, status: decorations.status },
  };
}

function fail(error: unknown, log: Logger, frontEnd: FrontEnd, settings: Settings | undefined, json: boolean): number {
  const { code, message } = describeFailure(error, settings);
  frontEnd.finish(false, message);
  // A script that asked for --json reads the failure on stdout too, in the same shape every time.
  if (json) {
    const source = error instanceof InputError ? error.source : undefined;
    // A setting is named as its variable or flag (`REPORT`, `--fail-on`); anything else at fault is a file.
    const at = source === undefined ? {} : /^(?:[A-Z][A-Z0-9_]*|--?[a-z][\w-]*)$/.test(source) ? { setting: source } : { file: source };
    frontEnd.stdout(JSON.stringify({ version: VERSION, exitCode: code, error: { code, message, ...at } }, null, 2));
  }
  if (log.debugEnabled && error instanceof Error && error.stack) log.debug(error.stack);
  return code;
}

function describeFailure(error: unknown, settings: Settings | undefined): { code: ExitCode; message: string } {
  if (error instanceof InputError) return { code: ExitCode.BadInput, message: `${error.message} (nothing was sent)` };
  if (error instanceof PublishError) return { code: ExitCode.PublishFailed, message: error.message };
  if (error instanceof ServerError) return { code: ExitCode.PublishFailed, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: ExitCode.PublishFailed, message: `unexpected error: ${message}${settings?.debug ? '' : ' (set DEBUG=true for details)'}` };
}
