import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
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
    const code = graph.map((f) => f.text).join('\n');
    for (const marker of ['rest/insights', 'check-runs', 'api/server/version', 'api/v1/datadiffs/${']) expect(code).not.toContain(marker);
    // Each file costs the start-up about a millisecond: a new lazy import beside src/online.ts splits the start-up into more.
    expect(graph.length).toBeLessThanOrEqual(5);

    // What Node itself loaded by the end of a dry run that names a repository: node:tls and
    // node:crypto come with the HTTP client and the platforms' ids, node:child_process with git.
    const report = join(repoRoot, 'test/fixtures/reports/sonarqube/project-status-ok.json');
    const probe = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nloaded='+JSON.stringify(process.moduleLoadList)))";
    const run = spawnSync(process.execPath, ['--import', probe, join(repoRoot, 'dist/index.js'), '--dry-run', report, '--repository', 'acme/shop', '--commit', 'a'.repeat(40)], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
      cwd: tmpdir(),
    });
    expect(run.status).toBe(0);
    const loaded = (JSON.parse(/loaded=(.*)$/m.exec(run.stderr)![1]!) as string[]).filter((m) => m.startsWith('NativeModule '));
    expect(loaded.length).toBeGreaterThan(10);
    for (const module of ['tls', 'crypto', 'child_process', 'http', 'https']) expect(loaded).not.toContain(`NativeModule ${module}`);
  });
});

/** The files dist/index.js loads before it runs: itself and what it imports statically, file by file. */
async function staticGraph(entry: string): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (files.some((f) => f.path === path)) continue;
    const text = await readFile(path, 'utf8');
    files.push({ path, text });
    for (const [, spec] of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}$,\s*]+from\s*)?["'](\.[^"']+)["']/g)) pending.push(join(dirname(path), spec!));
  }
  return files;
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
