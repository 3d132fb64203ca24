import type { FrontEnd, FrontEndFactory } from './front-end.js';
import { withInputNames } from './input-names.js';
import { workflowAnnotations } from './workflow-annotations.js';

/** A 1 MiB step-summary limit applies; a cut summary beats an upload that fails. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

export const actionFrontEnd: FrontEndFactory = {
  name: 'action',
  // `run:` steps also have GITHUB_ACTIONS. A `uses:` step names the action it runs, and gets INPUT_*
  // variables for the inputs given under `with:` (and for `token`, its default; see settings/generated.ts).
  matches: (env) =>
    env['GITHUB_ACTIONS'] === 'true' && (Boolean(env['GITHUB_ACTION_REPOSITORY']) || Object.keys(env).some((k) => k.startsWith('INPUT_'))),
  async create() {
    // Loaded only here, so the CLI and the pipe never load @actions/core (and the undici it pulls in).
    const core = await import('@actions/core');
    // One `::error::` per failure: a last line that repeats an error already shown (the failing
    // report's headline) is not made a second annotation.
    const errors: string[] = [];
    return {
      name: 'action',
      log: (level, raw) => {
        const message = withInputNames(raw);
        // Only the lines DEBUG asked for reach here: shown in the step's log, not as `::debug::`,
        // which GitHub hides unless the whole run is re-run in debug mode.
        if (level === 'debug') core.info(`debug: ${message}`);
        else if (level === 'info') core.info(message);
        else if (level === 'warn') core.warning(message);
        else {
          errors.push(message);
          core.error(message);
        }
      },
      logGroups: { start: (title) => core.startGroup(title), end: () => core.endGroup() },
      stdout: (text, group) => {
        if (group) core.startGroup(group);
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        if (group) core.endGroup();
      },
      getInput: (name) => core.getInput(name),
      maskSecret: (value) => core.setSecret(value),
      async setOutputs(outputs) {
        for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
      },
      async writeSummary(markdown) {
        if (!process.env['GITHUB_STEP_SUMMARY']) return;
        const text = markdown.length > SUMMARY_LIMIT ? `${markdown.slice(0, SUMMARY_LIMIT)}\n\n… (summary cut at 1 MiB)\n` : markdown;
        await core.summary.addRaw(text, true).write();
      },
      annotate(annotations, notice) {
        for (const a of workflowAnnotations(annotations)) {
          const where = a.file ? { file: a.file, ...(a.line !== undefined ? { startLine: a.line } : {}) } : {};
          (a.level === 'error' ? core.error : core.warning)(a.message, { title: a.title, ...where });
        }
        core.notice(notice, { title: 'pr-insights could not write to the pull request' });
      },
      finish(ok, raw) {
        const message = withInputNames(raw);
        if (ok || errors.some((e) => message.includes(e))) core.info(message);
        else core.setFailed(message);
      },
    } satisfies FrontEnd;
  },
};
