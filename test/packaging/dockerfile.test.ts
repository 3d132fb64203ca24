// No Docker daemon on the build machine: the Dockerfile is checked statically.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';

const text = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(text);
const instructions = dockerfile.getInstructions();
const named = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword);

describe('Dockerfile', () => {
  it('builds on node 24 alpine, the runtime the Action declares', () => {
    const from = named('FROM');
    expect(from).toHaveLength(1);
    expect(from[0]!.getArgumentsContent()).toMatch(/^node:24(\.\d+)*-alpine/);
    const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe('node24');
  });

  it('copies only the bundle and package.json (for "type": "module"), and every source exists', () => {
    const sources = named('COPY').map((c) => c.getArguments().slice(0, -1).map((a) => a.getValue()));
    expect(sources.flat().sort()).toEqual(['dist/', 'package.json']);
    for (const s of sources.flat()) expect(existsSync(join(repoRoot, s))).toBe(true);
    expect(named('ADD')).toHaveLength(0);
    for (const run of named('RUN')) expect(run.getArgumentsContent()).not.toMatch(/npm (ci|install)/);
  });

  it('runs the bundle by absolute path, so the clone directory can be the working directory', () => {
    const entrypoint = named('ENTRYPOINT');
    expect(entrypoint).toHaveLength(1);
    expect(JSON.parse(entrypoint[0]!.getArgumentsContent()!)).toEqual(['node', '/opt/pr-insights/dist/index.js']);
    expect(named('WORKDIR')).toHaveLength(0);
    expect(named('USER')).toHaveLength(0);
  });

  it('puts package.json beside dist/ so Node reads the bundle as an ES module', () => {
    const destination = (source: string) =>
      named('COPY').find((c) => c.getArguments()[0]!.getValue() === source)!.getArguments().at(-1)!.getValue();
    const entry = (JSON.parse(named('ENTRYPOINT')[0]!.getArgumentsContent()!) as string[])[1]!;
    expect(entry.startsWith(destination('dist/'))).toBe(true);
    expect(destination('package.json')).toBe(`${destination('dist/').replace(/dist\/$/, '')}package.json`);
  });
});
