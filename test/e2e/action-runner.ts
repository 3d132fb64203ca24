/**
 * Runs the built bundle the way the GitHub Actions runner runs a `uses:` step of this Action: the
 * inputs action.yml declares become `INPUT_*` variables (those given under `with:`, and the
 * declared defaults with their expressions evaluated), beside the runner's own GITHUB_* variables,
 * an event payload at GITHUB_EVENT_PATH, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { inputVariable } from '../../src/settings/action-inputs.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';
import { runBundle, type BundleRun } from '../support/run-bundle.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;

export interface ActionRun extends BundleRun {
  /** GITHUB_OUTPUT, parsed from the runner's `name<<delimiter` form. */
  outputs: Record<string, string>;
  summary: string;
  /** Every file the step wrote that the runner reads, as text: for "no secret anywhere" checks. */
  files: string;
}

export interface ActionStep {
  /** The `with:` block; `${{ … }}` are evaluated by `expressions`. */
  with?: Record<string, string>;
  /** Values of the expressions a workflow may use, e.g. `{ 'github.token': … , 'secrets.X': … }`. */
  expressions?: Record<string, string>;
  event: string;
  payload: unknown;
  /** The runner's variables that differ by test: GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SHA… */
  env: Record<string, string>;
  /** The workspace (GITHUB_WORKSPACE and the working directory); a fresh directory by default. */
  workspace?: string;
}

function evaluate(text: string, expressions: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = expressions[name];
    if (value === undefined) throw new Error(`the test gives no value for the expression ${name}`);
    return value;
  });
}

export async function runAction(step: ActionStep): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const workspace = step.workspace ?? mkdtempSync(join(tmpdir(), 'workspace-'));
  const eventPath = join(dir, 'event.json');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(eventPath, JSON.stringify(step.payload));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const expressions = step.expressions ?? {};
  const inputs: Record<string, string> = {};
  for (const [name, declared] of Object.entries(action.inputs)) {
    const given = step.with?.[name] ?? declared.default;
    if (given !== undefined) inputs[inputVariable(name)] = evaluate(given, expressions);
  }
  for (const name of Object.keys(step.with ?? {})) {
    if (!(name in action.inputs)) throw new Error(`action.yml declares no input ${name}`);
  }
  const run = await runBundle({
    cwd: workspace,
    env: {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__prinsights_pr-insights',
      GITHUB_ACTION_REPOSITORY: 'prinsights/pr-insights',
      GITHUB_EVENT_NAME: step.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_WORKFLOW: 'CI',
      RUNNER_TEMP: dir,
      ...step.env,
      ...inputs,
    },
  });
  const output = readFileSync(outputFile, 'utf8');
  const summary = readFileSync(summaryFile, 'utf8');
  return { ...run, outputs: parseOutputs(output), summary, files: `${output}\n${summary}` };
}

/** `name<<ghadelimiter_…\nvalue\nghadelimiter_…` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!start) continue;
    const end = lines.indexOf(start[2]!, i + 1);
    outputs[start[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
