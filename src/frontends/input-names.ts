/**
 * Messages name settings by their variable (`set TOKEN to …`), which is right for a pipe or a CLI;
 * an Action user sets inputs, so the Action says `input \`token\`` instead.
 */
import { SETTINGS } from '../settings/definitions.js';

const INPUTS = new Map(SETTINGS.filter((d) => d.variable && d.input).map((d) => [d.variable!, d.input!]));
// Whole names only: TOKEN inside GITHUB_TOKEN or SONAR_TOKEN is not the TOKEN setting.
const NAMES = new RegExp(`\`?\\b(${[...INPUTS.keys()].join('|')})\\b\`?`, 'g');

export function withInputNames(message: string): string {
  return message.replace(NAMES, (_, variable: string) => `input \`${INPUTS.get(variable)}\``);
}
