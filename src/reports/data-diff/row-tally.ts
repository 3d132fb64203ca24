/**
 * Counts data-diff row output by key. data-diff prints an updated row as a `-` line and a `+` line
 * with the same key, so a key seen with both signs is changed, only `-` removed, only `+` added.
 * Only keys are kept — one small number per key — so a row dump can be fed line by line.
 */

export type RowSign = '-' | '+';

const REMOVED = 1;
const ADDED = 2;

export class RowTally {
  private readonly seen = new Map<string, number>();

  /** `key` is the row's key value as data-diff printed it (usually a string). */
  add(sign: RowSign, key: unknown): void {
    // JSON text keeps "1" and 1 apart, and null as a key of its own.
    const id = JSON.stringify(key) ?? 'undefined';
    this.seen.set(id, (this.seen.get(id) ?? 0) | (sign === '-' ? REMOVED : ADDED));
  }

  counts(): { added: number; removed: number; changed: number } {
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const signs of this.seen.values()) {
      if (signs === (REMOVED | ADDED)) counts.changed += 1;
      else if (signs === REMOVED) counts.removed += 1;
      else counts.added += 1;
    }
    return counts;
  }
}
