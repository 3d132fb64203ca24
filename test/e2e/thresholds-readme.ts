/**
 * What end-to-end tests of data diffs share: the README's examples as a new user would copy them,
 * and the variables Bitbucket Pipelines sets for a pull-request pipeline.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';

export interface ReadmeExamples {
  dbtStep: string;
  dbtConfig: string;
  datafoldConfig: string;
  datafoldStep: string;
}

/** The four YAML blocks of the README's "Data diffs" section, in the order they appear. */
export function readmeExamples(): ReadmeExamples {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('## Data diffs: thresholds and Datafold');
  const end = readme.indexOf('\n## ', start + 1);
  const blocks = [...readme.slice(start, end).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  if (blocks.length !== 4) throw new Error(`expected 4 YAML examples in the README's data-diff section, found ${blocks.length}`);
  const [dbtStep, dbtConfig, datafoldConfig, datafoldStep] = blocks as [string, string, string, string];
  return { dbtStep, dbtConfig, datafoldConfig, datafoldStep };
}

/** The pipe's `variables:` of a README step, `$NAME` replaced from `secured` (the repository variables). */
export function pipeVariables(step: string, secured: Record<string, string>): Record<string, string> {
  const [parsed] = parse(step) as [{ step: { script: unknown[] } }];
  const pipe = parsed.step.script.find((line): line is { pipe: string; variables: Record<string, string> } => typeof line === 'object' && line !== null && 'pipe' in line);
  if (!pipe) throw new Error('the README step has no pipe');
  return Object.fromEntries(
    Object.entries(pipe.variables).map(([name, value]) => {
      const reference = /^\$(\w+)$/.exec(value)?.[1];
      if (reference !== undefined && secured[reference] === undefined) throw new Error(`the test sets no repository variable ${reference}`);
      return [name, reference === undefined ? value : secured[reference]!];
    }),
  );
}

export const PR_HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const REPO = 'acme/analytics';

/** A clone directory with the given files, and the variables Bitbucket sets in a pull-request pipeline. */
export function pipelinesClone(files: Record<string, string>): { clone: string; env: Record<string, string> } {
  const clone = mkdtempSync(join(tmpdir(), 'clone-'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(clone, path), text);
  return {
    clone,
    env: {
      CI: 'true',
      BITBUCKET_BUILD_NUMBER: '7',
      BITBUCKET_PIPELINE_UUID: '{00000000-0000-4000-8000-000000000007}',
      BITBUCKET_COMMIT: PR_HEAD,
      BITBUCKET_CLONE_DIR: clone,
      BITBUCKET_WORKSPACE: 'acme',
      BITBUCKET_REPO_SLUG: 'analytics',
      BITBUCKET_REPO_FULL_NAME: REPO,
      BITBUCKET_BRANCH: 'feature/orders',
      BITBUCKET_PR_ID: '42',
      BITBUCKET_GIT_HTTP_ORIGIN: 'http://bitbucket.org/acme/analytics',
      BITBUCKET_PIPE_STORAGE_DIR: join(clone, '.pipe'),
    },
  };
}
