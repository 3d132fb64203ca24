import type { Environment } from '../ci/context.js';
import { actionFrontEnd } from './action.js';
import { cliFrontEnd } from './cli.js';
import type { FrontEnd } from './front-end.js';
import { pipeFrontEnd } from './pipe.js';

/** First match wins; the CLI matches everything. */
const FRONT_ENDS = [actionFrontEnd, pipeFrontEnd, cliFrontEnd];

export async function chooseFrontEnd(env: Environment): Promise<FrontEnd> {
  const factory = FRONT_ENDS.find((f) => f.matches(env)) ?? cliFrontEnd;
  return factory.create(env);
}
