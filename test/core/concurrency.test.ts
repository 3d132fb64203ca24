import { describe, expect, it } from '@jest/globals';
import { mapLimit } from '../../src/http/index.js';

/** A promise the test settles by hand, so ordering is controlled without timers. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('mapLimit', () => {
  it('keeps input order whatever order the work finishes in, and never exceeds the limit', async () => {
    const gates = Array.from({ length: 6 }, () => deferred<void>());
    let active = 0;
    let peak = 0;
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n, i) => {
      active++;
      peak = Math.max(peak, active);
      await gates[n]?.promise;
      active--;
      return `item ${n} at ${i}`;
    });
    for (const n of [1, 0, 3, 2, 5, 4]) {
      await tick();
      gates[n]?.resolve();
    }
    expect(await run).toEqual([0, 1, 2, 3, 4, 5].map((n) => `item ${n} at ${n}`));
    expect(peak).toBe(2);
  });

  it('rejects with the first error only after in-flight work settles, and starts nothing new', async () => {
    const gates = Array.from({ length: 5 }, () => deferred<void>());
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      await gates[n]?.promise;
      if (n === 0) throw new Error('first failure');
      finished.push(n);
      return n;
    });
    let settled = false;
    void run.catch(() => undefined).finally(() => (settled = true));
    await tick();
    gates[0]?.reject(new Error('first failure'));
    await tick();
    expect(settled).toBe(false); // item 1 is still running
    gates[1]?.resolve();
    await expect(run).rejects.toThrow('first failure');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });

  it('handles an empty list and refuses a bad limit', async () => {
    expect(await mapLimit([], 3, async () => 1)).toEqual([]);
    await expect(mapLimit([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });

  it('runs everything at once when the limit exceeds the list', async () => {
    let active = 0;
    let peak = 0;
    await mapLimit([1, 2, 3], 10, async () => {
      active++;
      peak = Math.max(peak, active);
      await tick();
      active--;
    });
    expect(peak).toBe(3);
  });
});
