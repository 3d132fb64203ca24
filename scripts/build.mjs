// Bundles src/index.ts into dist/. esbuild: ~0.2 s, deterministic output, and `tsc --noEmit` stays
// the type gate (a bundler that type-checks would only duplicate it). Code splitting keeps
// @actions/core (and the undici 6 it drags in) and our proxy/CA agent in chunks that only load
// when the Action front end, or a proxy or CA file, needs them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function bundle(outdir) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { index: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'external',
    sourcemap: false,
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
    banner: {
      js: "import { createRequire as __prInsightsCreateRequire } from 'node:module'; const require = __prInsightsCreateRequire(import.meta.url);",
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  await bundle(out);
}
