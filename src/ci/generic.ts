/**
 * Anything else (TeamCity, a laptop): the CI says nothing, so repository, commit and pull request
 * come from settings or git. detectCi fills in the working directory.
 */
import type { CiSystem } from './context.js';

export const generic: CiSystem = {
  name: 'generic',
  detect: () => true,
  context: () => ({ system: 'generic' }),
};
