import { describe, expect, it } from '@jest/globals';
import { deletions, keptToken, runToken, setsByToken, withToken } from '../../../src/platforms/bitbucket-data-center/annotation-sets.js';

describe("telling runs' annotation sets apart", () => {
  const a = runToken();
  const b = runToken();

  it('groups a GET …/annotations answer by run token; ids without one (an older version) form the least set', () => {
    const body = { annotations: [{ externalId: withToken('x-1', a) }, { externalId: withToken('x~1', b) }, { externalId: 'legacy' }, { externalId: withToken('x-2', a) }, { message: 'no id' }] };
    const sets = setsByToken(body);
    expect(Object.fromEntries(sets)).toEqual({ [a]: [withToken('x-1', a), withToken('x-2', a)], [b]: [withToken('x~1', b)], '': ['legacy'] });
    expect(keptToken(sets)).toBe(a > b ? a : b);
    expect(keptToken(new Map())).toBeUndefined();
    expect(setsByToken('not json')).toEqual(new Map());
  });

  it('deletes every set but the kept one, in requests whose query stays short, and never sends an empty group (that would delete all)', () => {
    const long = (i: number) => withToken(`${'p'.repeat(180)}-${i}`, b);
    const sets = new Map([
      [a, [withToken('keep', a)]],
      [b, Array.from({ length: 100 }, (_, i) => long(i))],
    ]);
    const groups = deletions(sets, a);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.flat()).toEqual(sets.get(b));
    for (const group of groups) {
      expect(group.length).toBeGreaterThan(0);
      expect(new URLSearchParams(group.map((id): [string, string] => ['externalId', id])).toString().length).toBeLessThanOrEqual(6000);
    }
    expect(deletions(new Map([[a, [withToken('keep', a)]]]), a)).toEqual([]);
  });
});
