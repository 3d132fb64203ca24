import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../support/paths.js';
import * as catalog from '../../src/schemas.js';

const src = join(repoRoot, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The module a caller's schema identifier comes from: its own file, or the file it imports it from. */
function definingModule(file: string, text: string, name: string): string {
  const imported = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(text)?.[1];
  return imported ? resolve(dirname(file), imported.replace(/\.js$/, '.ts')) : file;
}

describe('the schema catalog the build precompiles (src/schemas.ts)', () => {
  it('holds every schema the program validates with, so the bundle never meets one it cannot check', async () => {
    const callers = tsFiles(src).filter((f) => !f.includes(`${join('src', 'validation')}`));
    const uses: { file: string; name: string }[] = [];
    for (const file of callers) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:validateOrThrow|compile)(?:<[^>(]*(?:<[^>]*>[^>(]*)*>)?\(\s*(\w+)/g)) uses.push({ file, name: m[1]! });
    }
    expect(uses.length).toBeGreaterThanOrEqual(Object.keys(catalog).length);
    const inCatalog = new Set<object>(Object.values(catalog));
    for (const { file, name } of uses) {
      const module = (await import(definingModule(file, readFileSync(file, 'utf8'), name))) as Record<string, unknown>;
      const schema = module[name];
      expect({ at: relative(repoRoot, file), name, exported: typeof schema === 'object' }).toEqual({ at: relative(repoRoot, file), name, exported: true });
      expect({ at: relative(repoRoot, file), name, inCatalog: inCatalog.has(schema as object) }).toEqual({ at: relative(repoRoot, file), name, inCatalog: true });
    }
  });
});
