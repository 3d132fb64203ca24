// npm run bench: bundles the TypeScript benchmark (it drives the loopback fakes in test/fakes)
// with esbuild and runs it with the same Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Inside the project so the external packages resolve from node_modules.
const dir = fileURLToPath(new URL('../node_modules/.cache/pr-insights-bench/', import.meta.url));
mkdirSync(dir, { recursive: true });
const out = join(dir, 'publish.bench.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('./publish.bench.ts', import.meta.url))],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
rmSync(dir, { recursive: true, force: true });
process.exitCode = result.status ?? 1;
