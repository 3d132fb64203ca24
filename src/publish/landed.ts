/**
 * Whether a failed write may have taken effect: the HTTP client marks a write that failed after it
 * was sent (a reset, a gateway's 502; src/http/errors.ts), and adapters wrap that error keeping it
 * as the cause. The outermost verdict counts: an adapter that read back and found the write missing
 * says it did not land.
 */
import { isRecord } from '../core/records.js';

export function mayHaveLanded(error: unknown): boolean {
  for (let e = error, depth = 0; isRecord(e) && depth < 10; e = e['cause'], depth++) {
    if (typeof e['mayHaveLanded'] === 'boolean') return e['mayHaveLanded'];
  }
  return false;
}
