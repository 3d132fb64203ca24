/**
 * The one check that a run shows no secret. `::add-mask::` lines are how a secret is handed to the
 * Actions runner, which consumes them and shows none, so every such line is left out (all of them,
 * not the first: a run masks several secrets, and each in several forms).
 */
import { expect } from '@jest/globals';

export function withoutMaskCommands(text: string): string {
  return text.replace(/^::add-mask::.*$/gm, '');
}

/** None of `secrets` in any of `texts` (stdout, stderr, output and summary files…). */
export function expectNoSecret(texts: readonly string[], ...secrets: string[]): void {
  const shown = texts.map(withoutMaskCommands).join('\n');
  for (const secret of secrets) expect(shown).not.toContain(secret);
}
