/** `--help`, generated from the definitions table so it lists every setting as it really is. */
import { CONFIG_FILE_NAME } from './config-file-location.js';
import { defaultAsText, plainText, SETTINGS, type SettingDefinition } from './definitions.js';
import { ENV_PREFIX } from './environment.js';

const WIDTH = 80;
const INDENT = '      ';

const COMMANDS: readonly [string, string][] = [
  ['-h, --help', 'Show this help.'],
  ['-v, --version', 'Print the version.'],
  ['--example', 'Dry run on a built-in SonarQube example: no report or credentials needed.'],
];

const EXAMPLES: readonly [string, string][] = [
  ['What it posts, on a built-in example: no server, no token', 'pr-insights --example'],
  ['Render your own report, send nothing', 'pr-insights --dry-run gate.json'],
  ['Publish to a Data Center pull request (TOKEN from the environment)', 'pr-insights --report gate.json --repository https://git.example.com/projects/SHOP/repos/web'],
];

/** The exit codes as DESIGN.md and the README state them. */
const EXIT_CODES: readonly [number, string][] = [
  [0, 'published (or rendered in a dry run), and the report passes under FAIL_ON'],
  [1, 'published, and the report fails under FAIL_ON'],
  [2, 'bad settings or bad input: nothing was sent'],
  [3, 'a server failed: the message says what was and was not published'],
];

export function renderHelp(): string {
  const lines = [
    'Usage: pr-insights [options] [report]',
    '',
    ...wrap('Posts quality-gate (SonarQube) and data-diff (data-diff, Datafold) results to pull requests on Bitbucket Cloud, Bitbucket Data Center and GitHub: a comment, a Code Insights report, a build status.', ''),
    '',
    ...wrap(
      `Every setting comes from the first of: a flag, an Action input, an environment or pipe variable (${ENV_PREFIX}<NAME> before <NAME>), ${CONFIG_FILE_NAME} (keys are the input names), the CI's own variables, the default. Boolean flags also take --no-<flag> and --<flag>=false.`,
      '',
    ),
    '',
    'Settings:',
    ...SETTINGS.flatMap(settingLines),
    '',
    'Commands:',
    ...COMMANDS.map(([flag, text]) => `  ${flag.padEnd(14)}${text}`),
    '',
    'Examples:',
    ...EXAMPLES.flatMap(([text, command]) => [`  # ${text}`, `  ${command}`]),
    '',
    'Exit codes:',
    ...EXIT_CODES.map(([code, text]) => `  ${code}  ${text}`),
    '',
  ];
  return lines.join('\n');
}

function settingLines(definition: SettingDefinition): string[] {
  const flag = definition.flag
    ? `--${definition.flag}${definition.placeholder ? ` ${definition.placeholder}` : ''}${definition.positional ? `, or as the argument` : ''}`
    : '(no flag: environment or Action input only, so it stays out of process lists and shell history)';
  const names = [
    definition.variable ? [definition.variable, ...(definition.variableAliases ?? [])].join(' or ') : undefined,
    definition.input ? `input ${definition.input}` : undefined,
    definition.flag && !definition.variable && !definition.input ? 'flag only' : undefined,
  ].filter(Boolean);
  const byDefault = defaultAsText(definition) ?? definition.defaultText;
  return [
    `  ${flag}`,
    `${INDENT}${names.join(' | ')}`,
    ...wrap(plainText(definition.description), INDENT),
    ...(byDefault ? wrap(`Default: ${plainText(byDefault)}.`, INDENT) : []),
  ];
}


function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

