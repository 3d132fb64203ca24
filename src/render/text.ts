/** Small wording helpers shared by the plain-text and Markdown renderers. */
import { numberFormat } from '../core/number-format.js';

export interface Noun {
  one: string;
  other: string;
}

export const nouns = {
  condition: { one: 'condition', other: 'conditions' },
  model: { one: 'model', other: 'models' },
  issue: { one: 'issue', other: 'issues' },
} satisfies Record<string, Noun>;

/** "1 condition", "3 conditions" (numbers grouped en-US). */
export function count(n: number, noun: Noun): string {
  return `${numberFormat().format(n)} ${n === 1 ? noun.one : noun.other}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
