/**
 * action.yml, pipe.yml and the README's settings block must equal what the renderers
 * produce from the settings table. `UPDATE_GENERATED=1` rewrites them instead of failing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { renderActionYml, renderPipeYml, withSettingsTable } from '../../src/settings/generated.js';
import { repoRoot } from '../support/paths.js';

const update = process.env['UPDATE_GENERATED'] === '1';

const files: [string, (current: string | undefined) => string][] = [
  ['action.yml', () => renderActionYml()],
  ['pipe.yml', () => renderPipeYml()],
  // Only the block between the settings markers is ours; the rest of the README is kept as it is.
  ['README.md', (current) => withSettingsTable(current)],
];

describe('generated files', () => {
  it.each(files)('%s is up to date with src/settings/definitions.ts', (name, render) => {
    const path = join(repoRoot, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const expected = render(current);
    if (update && current !== expected) writeFileSync(path, expected);
    else expect(current).toBe(expected);
  });
});

describe('withSettingsTable', () => {
  it('replaces only the text between the markers', () => {
    const readme = '# pr-insights\n\nIntro.\n\n<!-- settings:start -->\nold table\n<!-- settings:end -->\n\n## More\n';
    const updated = withSettingsTable(readme);
    expect(updated.startsWith('# pr-insights\n\nIntro.\n\n<!-- settings:start -->\n')).toBe(true);
    expect(updated.endsWith('<!-- settings:end -->\n\n## More\n')).toBe(true);
    expect(updated).not.toContain('old table');
    expect(withSettingsTable(updated)).toBe(updated);
  });

  it('creates a README with a heading and the block when there is none', () => {
    expect(withSettingsTable(undefined)).toMatch(/^# pr-insights\n\n<!-- settings:start -->\n[\s\S]*<!-- settings:end -->\n$/);
  });
});
