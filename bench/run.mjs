// npm run bench: bundles each TypeScript benchmark in bench/ (they drive the loopback fakes in
// test/fakes) with esbuild and runs them one after the other with the same Node. Arguments are
// passed to every benchmark; `npm run bench -- --only <name>` runs the one whose file starts so.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const benches = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
  .sort();

// Inside the project so the external packages resolve from node_modules.
const dir = fileURLToPath(new URL('../node_modules/.cache/pr-insights-bench/', import.meta.url));
mkdirSync(dir, { recursive: true });
let status = 0;
try {
  for (const file of benches) {
    const out = join(dir, file.replace(/\.ts$/, '.mjs'));
    await build({ entryPoints: [join(benchDir, file)], outfile: out, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
    console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
    const result = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    status ||= result.status ?? 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = status;
