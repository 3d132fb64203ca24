/** Which CI runs us: the first system that recognises the environment, generic last. */
import { bamboo } from './bamboo.js';
import { bitbucketPipelines } from './bitbucket-pipelines.js';
import type { CiContext, CiSystem, Environment } from './context.js';
import { generic } from './generic.js';
import { githubActions } from './github-actions.js';
import { jenkins } from './jenkins.js';

export const CI_SYSTEMS: readonly CiSystem[] = [bitbucketPipelines, githubActions, jenkins, bamboo, generic];

/** The CI's context; its workspace defaults to `cwd`, where relative paths and `.pr-insights.yml` are found. */
export function detectCi(env: Environment, cwd: string, systems: readonly CiSystem[] = CI_SYSTEMS): CiContext {
  const system = systems.find((s) => s.detect(env)) ?? generic;
  const context = system.context(env);
  return { ...context, workspaceDir: context.workspaceDir ?? cwd };
}
