// Bundles src/index.ts into dist/. esbuild: ~0.2 s, deterministic output, and `tsc --noEmit` stays
// the type gate (a bundler that type-checks would only duplicate it). Code splitting keeps
// @actions/core and undici (our proxy/CA agent) in chunks that only load when the Action front
// end, or a proxy or CA file, needs them.
//
// Size and start-up (issue 11): minified, with names kept so stack traces still name functions;
// @actions/http-client's own undici 6 is resolved to our undici 7 (it only uses ProxyAgent, which
// both have), so the bundle carries one undici; and the JSON Schemas are precompiled by ajv's
// standalone code generation, so no run compiles a schema or loads ajv's compiler. Only the
// settings validator (every run needs it) is in the bundle; each report format's is a CommonJS file
// in chunks/ that is required, synchronously, the first time its schema is used, so a run reads
// only the validators of the format it reads (together they are ~160 KB). Our own imports of Node
// built-ins are taken with process.getBuiltinModule (see builtinsByGetBuiltinModule), and what
// talks to servers is one lazy chunk (src/online.ts), so a start loads 5 files, none of node:tls.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogPath = join(root, 'src/schemas.ts');
const validatorsPath = join(root, 'src/validation/validators.ts');
const formatsPath = join(root, 'src/validation/formats.ts');

export async function bundle(outdir) {
  const { module: validators, lazy } = await standaloneValidators();
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { index: join(root, 'src/index.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    keepNames: true,
    legalComments: 'external',
    sourcemap: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'pr-insights',
        setup(b) {
          b.onResolve({ filter: /^undici$/ }, (args) =>
            args.resolveDir.startsWith(root) && !args.resolveDir.startsWith(join(root, 'node_modules/undici'))
              ? b.resolve('undici', { kind: args.kind, resolveDir: root, pluginData: 'root' })
              : undefined,
          );
          b.onLoad({ filter: /[\\/]src[\\/]validation[\\/]validators\.ts$/ }, (args) =>
            args.path === validatorsPath ? { contents: validators, loader: 'js', resolveDir: dirname(validatorsPath) } : undefined,
          );
        },
      },
      builtinsByGetBuiltinModule(await builtinImports()),
    ],
    // Bundled CommonJS dependencies call require(); ESM output has none unless we make one. Made on
    // first use: createRequire costs ~0.2 ms a chunk, and most chunks never call it.
    banner: {
      js: "let __prInsightsRequire; function require(id) { return (__prInsightsRequire ??= process.getBuiltinModule('node:module').createRequire(import.meta.url))(id); }",
    },
  });
  for (const [name, code] of Object.entries(lazy)) {
    await build({
      stdin: { contents: code, resolveDir: root, sourcefile: `${name}.mjs` },
      outfile: join(outdir, 'chunks', lazyValidatorFile(name)),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify: true,
      keepNames: true,
      legalComments: 'external',
      logLevel: 'warning',
    });
  }
  return result;
}

/**
 * A static ESM import of a Node built-in makes Node build an ESM facade of the whole module: ~16 M
 * instructions for the four the start-up imports on Node 24 (callgrind; ~15 % of a bare start).
 * process.getBuiltinModule (Node 20.16+) hands over the module itself, so in our sources each
 * built-in becomes a module of the names imported from it, read from that. Dependencies keep their
 * imports (they load lazily, and some import built-ins whole).
 */
function builtinsByGetBuiltinModule(imported) {
  const src = join(root, 'src');
  return {
    name: 'builtins',
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'import-statement' && args.importer.startsWith(src) ? { path: args.path, namespace: 'builtin' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({
        contents: [
          `const m = process.getBuiltinModule(${JSON.stringify(path)});`,
          'export default m;',
          ...[...(imported.get(path) ?? [])].sort().map((n) => `export const ${n} = m.${n};`),
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/**
 * The names src/ imports from each built-in, from its import statements: they depend on the
 * sources alone, not on the Node that builds, and so does the minified output. A namespace
 * import (`import * as`) fails the build, as its names would be the building Node's.
 */
async function builtinImports() {
  const imported = new Map();
  for (const file of (await readdir(join(root, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts')).sort()) {
    const text = await readFile(join(root, 'src', file), 'utf8');
    for (const [, clause, id] of text.matchAll(/^import\s+(?!type\s)([^;]*?)\s+from\s+'(node:[^']+)';/gms)) {
      if (clause.includes('*')) throw new Error(`src/${file}: import * as … from '${id}'; import its names, or its default export`);
      const names = imported.get(id) ?? new Set();
      for (const [, type, name] of (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').matchAll(/(type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+[\w$]+)?/g)) if (!type) names.add(name);
      imported.set(id, names);
    }
  }
  return imported;
}

function lazyValidatorFile(name) {
  return `validate-${name}.cjs`;
}

/** The schemas every run validates with, so their code is in the entry chunk rather than required later. */
const EAGER = ['settingsSchema'];

/**
 * ajv's standalone code for every schema in src/schemas.ts, as the module that takes
 * the place of src/validation/validators.ts in the bundle: same `validatorFor(schema)`, looked up
 * by the schema object itself (lazily: the catalog imports modules that import this one).
 */
async function standaloneValidators() {
  // Inside the project so the external packages resolve from node_modules; one per process, as
  // the dist/ test builds while a person may be building too.
  const tmp = join(root, `node_modules/.cache/pr-insights-build-${process.pid}`);
  await mkdir(tmp, { recursive: true });
  try {
    await build({ entryPoints: [catalogPath, validatorsPath, formatsPath], outdir: tmp, outbase: join(root, 'src'), outExtension: { '.js': '.mjs' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'warning' });
    const catalog = await import(pathToFileURL(join(tmp, 'schemas.mjs')).href);
    const { AJV_OPTIONS } = await import(pathToFileURL(join(tmp, 'validation/validators.mjs')).href);
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
    const { FORMATS } = await import(pathToFileURL(join(tmp, 'validation/formats.mjs')).href);
    const { _ } = await import('ajv');
    // The generated code requires the formats from the source, which the bundle then carries.
    const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, formats: _`require(${formatsPath}).FORMATS` } });
    for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check);
    const names = Object.keys(catalog).sort();
    for (const name of names) ajv.addSchema(catalog[name], name);
    const code = (only) => standaloneCode(ajv, Object.fromEntries(only.map((n) => [n, n])));
    const lazy = Object.fromEntries(names.filter((n) => !EAGER.includes(n)).map((n) => [n, code([n])]));
    const module = `${code(EAGER)}
const { createRequire } = process.getBuiltinModule('node:module');
import * as catalog from '../schemas.ts';
const byName = { ${EAGER.join(', ')} };
const lazy = ${JSON.stringify(Object.fromEntries(Object.keys(lazy).map((n) => [n, lazyValidatorFile(n)])))};
// This module lands in index.js or in a file in chunks/; the lazy validators are in chunks/.
const inChunks = new URL('.', import.meta.url).pathname.endsWith('/chunks/');
// Made on first use: --help and --version never read a report.
let requireChunk;
let bySchema;
export function validatorFor(schema) {
  bySchema ??= new Map(Object.entries(catalog).map(([name, s]) => [s, name]));
  const name = bySchema.get(schema);
  if (!name) throw new Error('a JSON Schema missing from src/schemas.ts, so not precompiled by the build');
  requireChunk ??= createRequire(new URL(inChunks ? './' : './chunks/', import.meta.url));
  byName[name] ??= requireChunk('./' + lazy[name])[name];
  return byName[name];
}
`;
    return { module, lazy };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  await bundle(out);
}
