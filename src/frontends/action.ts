import type { FrontEnd, FrontEndFactory } from './front-end.js';

/** A 1 MiB step-summary limit applies; a cut summary beats an upload that fails. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;

export const actionFrontEnd: FrontEndFactory = {
  name: 'action',
  // `run:` steps also have GITHUB_ACTIONS. A `uses:` step names the action it runs, and gets INPUT_*
  // variables for the inputs given under `with:` (action.yml declares no defaults, see settings/generated.ts).
  matches: (env) =>
    env['GITHUB_ACTIONS'] === 'true' && (Boolean(env['GITHUB_ACTION_REPOSITORY']) || Object.keys(env).some((k) => k.startsWith('INPUT_'))),
  async create() {
    // Loaded only here, so the CLI and the pipe never load @actions/core (and the undici it pulls in).
    const core = await import('@actions/core');
    return {
      name: 'action',
      log: (level, message) => {
        if (level === 'debug') core.debug(message);
        else if (level === 'info') core.info(message);
        else if (level === 'warn') core.warning(message);
        else core.error(message);
      },
      stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
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
      finish: (ok, message) => (ok ? core.info(message) : core.setFailed(message)),
    };
  },
};
