/**
 * action.yml, pipe.yml and the README's settings table, rendered from the definitions table.
 * test/settings/generated-files.test.ts fails when the files on disk differ and rewrites them
 * with UPDATE_GENERATED=1. `pipe.yml` is the name Bitbucket reads for `pipe: workspace/repo:tag`
 * (ecosystem.md §2.1).
 *
 * action.yml declares no input defaults on purpose: the runner turns every declared default into
 * an `INPUT_*` variable, and an Action input outranks the environment and `.pr-insights.yml`, so a
 * declared `fail-on: failure` would silently beat a config file's `fail-on: warning`. The
 * defaults are applied by the program and stated in each description instead. The one exception
 * is ACTION_INPUT_DEFAULTS.
 */
import { Document } from 'yaml';
import { VERSION } from '../version.js';
import { ACTION_OUTPUTS } from './action-outputs.js';
import { CONFIG_FILE_NAME } from './config-file-location.js';
import { defaultAsText, plainText, SETTINGS, type SettingDefinition } from './definitions.js';
import { ENV_PREFIX } from './environment.js';

/** Publishing identity; the image tag follows src/version.ts. */
export const PROJECT = {
  name: 'pr-insights',
  description: 'Post SonarQube quality gates and data diffs to pull requests: a comment, a Code Insights report, a build status.',
  author: 'pr-insights',
  image: `prinsights/pr-insights:${VERSION}`,
  repository: 'https://bitbucket.org/prinsights/pr-insights',
  maintainer: { name: 'pr-insights', website: 'https://bitbucket.org/prinsights/pr-insights' },
  category: 'Code quality',
  tags: ['pr-insights', 'sonarqube', 'data-diff', 'datafold', 'code-insights', 'pull-requests', 'bitbucket-pipelines', 'pipes'],
} as const;

/**
 * `token` defaults to the workflow's own token, the convention of GitHub's actions: a workflow
 * needs no `with: token:` line. Only an expression can name it, so only action.yml can default it;
 * another token is given as the `token` input.
 */
export const ACTION_INPUT_DEFAULTS: Readonly<Record<string, { value: string; words: string }>> = {
  token: { value: '${{ github.token }}', words: "the workflow's GITHUB_TOKEN (github.token)" },
};

export const README_BLOCK_START = '<!-- settings:start -->';
export const README_BLOCK_END = '<!-- settings:end -->';

const HEADER = [
  ' Generated from src/settings/definitions.ts: edit the table there, then run',
  ' UPDATE_GENERATED=1 npm test -- test/settings/generated-files.test.ts',
].join('\n');

export function renderActionYml(): string {
  const doc = new Document({
    name: PROJECT.name,
    description: PROJECT.description,
    author: PROJECT.author,
    branding: { icon: 'check-circle', color: 'blue' },
    inputs: Object.fromEntries(
      SETTINGS.filter((d) => d.input).map((d) => {
        const preset = ACTION_INPUT_DEFAULTS[d.input!];
        const description = preset ? `${plainText(d.description)} Default: ${preset.words}.` : withDefault(d, plainText(d.description));
        return [d.input!, { description, required: false, ...(preset ? { default: preset.value } : {}) }];
      }),
    ),
    outputs: Object.fromEntries(ACTION_OUTPUTS.map((o) => [o.name, { description: plainText(o.description) }])),
    runs: { using: 'node24', main: 'dist/index.js' },
  });
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}

export function renderPipeYml(): string {
  const doc = new Document({
    name: PROJECT.name,
    image: PROJECT.image,
    category: PROJECT.category,
    description: PROJECT.description,
    repository: PROJECT.repository,
    maintainer: PROJECT.maintainer,
    tags: [...PROJECT.tags],
    variables: SETTINGS.filter((d) => d.variable).map((d) => {
      const byDefault = defaultAsText(d);
      const description = d.secret ? `${plainText(d.description)} Pass it from a secured variable.` : plainText(d.description);
      return { name: d.variable!, ...(byDefault !== undefined ? { default: byDefault } : {}), description: byDefault !== undefined ? description : withDefault(d, description) };
    }),
  });
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}

export function renderReadmeSettingsTable(): string {
  const rows = SETTINGS.map((d) =>
    [
      d.variable ? [d.variable, ...(d.variableAliases ?? [])].map(code).join(' or ') : '—',
      d.input ? code(d.input) : '—',
      d.flag ? `${code(`--${d.flag}`)}${d.positional ? ' (or the argument)' : ''}` : 'env or input only',
      d.description,
      defaultAsText(d) !== undefined ? code(defaultAsText(d)!) : (d.defaultText ?? '—'),
    ].map(cell),
  );
  return [
    `Each setting comes from the first of: CLI flag, Action input, environment or pipe variable, \`${CONFIG_FILE_NAME}\` (or the file \`CONFIG\` names; its keys are the Action input names), the CI's own variables, the default. Environment variables may also be spelled \`${ENV_PREFIX}<NAME>\`, which wins over \`<NAME>\`.`,
    '',
    '| Variable | Action input | CLI flag | Meaning | Default |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The README with its settings block replaced (or, for a README without one, appended). */
export function withSettingsTable(readme: string | undefined): string {
  const block = `${README_BLOCK_START}\n${renderReadmeSettingsTable()}${README_BLOCK_END}`;
  if (readme === undefined) return `# pr-insights\n\n${block}\n`;
  const start = readme.indexOf(README_BLOCK_START);
  const end = readme.indexOf(README_BLOCK_END, start);
  if (start === -1 || end === -1) return `${readme.replace(/\n*$/, '\n\n')}${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + README_BLOCK_END.length);
}

function withDefault(definition: SettingDefinition, description: string): string {
  const byDefault = defaultAsText(definition) ?? (definition.defaultText ? plainText(definition.defaultText) : undefined);
  return byDefault ? `${description} Default: ${byDefault}.` : description;
}


function code(text: string): string {
  return `\`${text}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
