import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths.js';

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

describe('dist/', () => {
  it('is what `npm run build` makes from src/ now (a GitHub Action runs the committed bundle)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pr-insights-dist-'));
    try {
      const { bundle } = (await import(pathToFileURL(join(repoRoot, 'scripts/build.mjs')).href)) as { bundle(dir: string): Promise<void> };
      await bundle(out);
      const fresh = await files(out);
      const committed = await files(join(repoRoot, 'dist'));
      expect(committed.map((f) => relative(join(repoRoot, 'dist'), f))).toEqual(fresh.map((f) => relative(out, f)));
      for (const f of fresh) {
        const name = relative(out, f);
        const mine = await readFile(join(repoRoot, 'dist', name), 'utf8');
        if (mine !== (await readFile(f, 'utf8'))) throw new Error(`dist/${name} is stale: run npm run build and commit dist/`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('starts with a shebang so `npx pr-insights` runs it', async () => {
    const text = await readFile(join(repoRoot, 'dist/index.js'), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('keeps @actions/core out of the entry chunk (only the Action front end loads it)', async () => {
    const text = await readFile(join(repoRoot, 'dist/index.js'), 'utf8');
    expect(text).not.toContain('::add-mask::');
    const chunks = await files(join(repoRoot, 'dist/chunks'));
    const withCore = [];
    for (const c of chunks) if ((await readFile(c, 'utf8')).includes('add-mask')) withCore.push(c);
    expect(withCore.length).toBeGreaterThan(0);
  });

  it('starts without the platforms, the HTTP client or the live sources: they load only when a run publishes or reads a server', async () => {
    const graph = await staticGraph(join(repoRoot, 'dist/index.js'));
    // node:tls and node:crypto come with the HTTP client and the platforms' ids, node:child_process with git (git.ts).
    for (const builtin of ['node:tls', 'node:crypto', 'node:child_process', 'node:http', 'node:https']) expect(graph.builtins).not.toContain(builtin);
    const code = graph.files.map((f) => f.text).join('\n');
    for (const marker of ['rest/insights', 'check-runs', 'api/server/version', 'api/v1/datadiffs/${']) expect(code).not.toContain(marker);
    // Each file costs the start-up about a millisecond: a new lazy import beside src/online.ts splits the start-up into more.
    expect(graph.files.length).toBeLessThanOrEqual(5);
  });
});

/** The files dist/index.js loads before it runs (static `import … from`), and the Node built-ins they name. */
async function staticGraph(entry: string): Promise<{ files: { path: string; text: string }[]; builtins: string[] }> {
  const files: { path: string; text: string }[] = [];
  const builtins = new Set<string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (files.some((f) => f.path === path)) continue;
    const text = await readFile(path, 'utf8');
    files.push({ path, text });
    for (const [, spec] of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}$,\s*]+from\s*)?["']([^"']+)["']/g)) {
      if (spec!.startsWith('.')) pending.push(join(dirname(path), spec!));
      else builtins.add(spec!.startsWith('node:') ? spec! : `node:${spec}`);
    }
  }
  return { files, builtins: [...builtins] };
}

describe('package.json', () => {
  it('has the version the bundle reports, and a bin for npx', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; type: string };
    const { VERSION } = await import('../../src/version.js');
    expect(VERSION).toBe(pkg.version);
    expect(pkg.bin['pr-insights']).toBe('dist/index.js');
    expect(pkg.type).toBe('module');
  });
});
