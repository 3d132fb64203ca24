import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from './paths.js';

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const bundlePath = join(repoRoot, 'dist/index.js');

/**
 * The Node binaries the bundle must run on: the one running the tests (Node 24 from the
 * devDependency, as in the Action and the image) and the machine's own Node when it is another
 * major (the CLI's floor is Node 20).
 */
export const nodeRuntimes: string[] = (() => {
  const runtimes = [process.execPath];
  const ownMajor = process.versions.node.split('.')[0];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (!existsSync(candidate) || candidate === process.execPath) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (version && version.slice(1).split('.')[0] !== ownMajor) runtimes.push(candidate);
    break;
  }
  return runtimes;
})();

/** A clean environment: nothing from the machine's own CI variables may change what the bundle does. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export function runBundle(options: { args?: string[]; env?: Record<string, string | undefined>; cwd?: string; node?: string; timeoutMs?: number }): Promise<BundleRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, [bundlePath, ...(options.args ?? [])], {
      cwd: options.cwd ?? repoRoot,
      env: baseEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
